// Lint rules: typescript-eslint's strict type-aware set over every TypeScript file.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'feed/', 'node_modules/', 'public/dataset/', 'coverage/'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  // AssemblyScript (its own types and tsconfig): syntax rules only.
  { files: ['src/shared/matcher/wasm/**'], extends: [tseslint.configs.disableTypeChecked] },
);
