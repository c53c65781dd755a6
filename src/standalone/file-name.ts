/** Tags we add to a downloaded file's name, in both languages: a file checked twice is tagged once. */
const TAG = / \((?:vérifié|checked)\)$/;

/**
 * The name of the file "Télécharger" gives back: the officer's own name, tagged ("budget.xlsx" →
 * "budget (vérifié).xlsx"), so that it never overwrites the original in the downloads folder
 * unnoticed. A macro-enabled workbook keeps its extension: its macros are kept.
 */
export function checkedFileName(name: string, tag: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  const base = (dot > 0 ? name.slice(0, dot) : name).replace(TAG, '');
  const kept = /^\.xls[xm]$/i.test(extension) ? extension : '.xlsx';
  return `${base} (${tag})${kept}`;
}
