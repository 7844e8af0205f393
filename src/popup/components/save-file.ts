/** Hands a file made in the popup to the browser's downloads, as a link with `download` would. */

/** Offers `text` as a file named `name` of type `type`. */
export function saveFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has taken the blob by the next task; the URL would otherwise live as long as the popup.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
