import { conventionTextOfHtml } from '../domain/convention/convention-html';
/**
 * The text of a convention file opened in the pane: a .txt as UTF-8 (or Windows-1252), a .docx
 * through mammoth, loaded only when a .docx is opened (it is heavier than the pane itself).
 */
export async function textOfConventionFile(file: File): Promise<string | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.docx$/i.test(file.name)) {
    try {
      const mammoth = await import(/* webpackChunkName: "mammoth" */ 'mammoth');
      // HTML rather than raw text: a table's label and value stay on one row. Empty paragraphs are kept, so that "ligne N" is paragraph N.
      return conventionTextOfHtml((await mammoth.convertToHtml({ arrayBuffer: bytes.buffer }, { ignoreEmptyParagraphs: false })).value);
    } catch {
      return null;
    }
  }
  if (!/\.txt$/i.test(file.name)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
