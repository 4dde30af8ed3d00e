/** Starts a download of a data: or blob: URL under the given file name, through a temporary link. */
export function downloadUrl(fileName: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Starts a download of text (JSON, CSV) as a file of the given type. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(fileName, url);
  // the click has handed the blob to the download by the next task
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
