/**
 * Puts plain text and HTML on the clipboard from inside a click. navigator.clipboard is blocked in
 * Excel on the web, so the copy event of document.execCommand('copy') carries both formats.
 * Returns whether the browser says it copied.
 */
export function copyRich(text: string, html: string, doc: Document = document): boolean {
  let filled = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    filled = true;
  };
  doc.addEventListener('copy', onCopy);
  try {
    return doc.execCommand('copy') && filled;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy);
  }
}
