import type { DocumentParagraph } from './convention-document';

/**
 * The document as the convention reader reads a text file: one line per paragraph, and one line
 * per table row with its cells separated by tabs ("Taux maximal de participation de l'État\t60 %
 * du coût de chaque action"), as a table pasted into a .txt reads. A cell's paragraphs join with a
 * space. `lineOf[i]` is the 1-based line paragraph i went to, for showing where a value was read.
 */
export function documentText(paragraphs: readonly DocumentParagraph[]): { readonly text: string; readonly lineOf: readonly number[] } {
  const lines: string[] = [];
  const lineOf: number[] = [];
  let row: string[] | null = null;
  let at: { row: number; cell: number } | null = null;
  const closeRow = () => {
    if (row !== null) lines.push(row.join('\t'));
    row = null;
    at = null;
  };
  for (const paragraph of paragraphs) {
    const { cell } = paragraph;
    if (cell === null) {
      closeRow();
      lines.push(paragraph.text);
      lineOf.push(lines.length);
      continue;
    }
    const previous: { row: number; cell: number } | null = at;
    if (row === null || previous === null || previous.row !== cell.row || cell.cell < previous.cell) {
      // A new row (or a new table right after another: Word keeps a paragraph between tables, so a
      // lower cell index is the only sign of a row of the next one).
      closeRow();
      row = [];
    }
    const cells: string[] = row ?? [];
    if (previous !== null && previous.row === cell.row && previous.cell === cell.cell && cells.length > 0) {
      const last = cells.length - 1;
      cells[last] = [cells[last], paragraph.text].filter((part) => part !== '').join(' ');
    } else {
      cells.push(paragraph.text);
    }
    row = cells;
    at = cell;
    lineOf.push(lines.length + 1);
  }
  closeRow();
  return { text: lines.join('\n'), lineOf };
}
