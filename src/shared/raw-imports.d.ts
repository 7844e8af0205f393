/** Files the build imports as text (`?raw`, a Vite feature). */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
