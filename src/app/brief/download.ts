/**
 * Saves text as a file made in the browser (Blob and a download link): nothing is sent, and
 * nothing is written to the site's storage. The file name is neutral.
 */
export function downloadFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; let them finish before releasing it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
