import { makeStyles, tokens } from '@fluentui/react-components';
import { type Lang, parseA1 } from '../domain';
import { standaloneTextFor } from '../i18n/standalone-text';
import type { CellFlag } from '../memory/cell-flags';
import type { MemorySheet } from '../memory/memory-sheet';
import type { MemoryWorkbook } from '../memory/memory-workbook';
import { findingText } from '../i18n/finding-text';

const useStyles = makeStyles({
  printOnly: { display: 'none', '@media print': { display: 'block', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 } },
});

export interface PrintedMarksProps {
  readonly workbook: MemoryWorkbook;
  readonly sheet: MemorySheet;
  readonly lang: Lang;
  readonly printing: boolean;
}

interface PrintedMarksState {
  readonly title: string;
  readonly marks: ReadonlyArray<{ readonly cell: string; readonly text: string }>;
  readonly className: string;
}

/** The sheet's marks in reading order, each cell with its messages: sorted when printing, not at every edit of a 10 000-row sheet. */
export function usePrintedMarks({ workbook, sheet, lang, printing }: PrintedMarksProps): PrintedMarksState {
  const styles = useStyles();
  const marks = printing
    ? [...(workbook.flags.get(sheet.name) ?? new Map<string, CellFlag>())]
        .map(([cell, flag]) => ({ cell, flag, at: parseA1(cell) ?? { row: 0, column: 0 } }))
        .sort((x, y) => x.at.row - y.at.row || x.at.column - y.at.column)
        .map(({ cell, flag }) => ({ cell, text: `${cell} — ${flag.findings.map((finding) => findingText(finding, lang)).join(' ')}` }))
    : [];
  return { title: standaloneTextFor(lang)('printMarks', { sheet: sheet.name }), marks, className: styles.printOnly };
}

export function renderPrintedMarks(state: PrintedMarksState) {
  if (state.marks.length === 0) return null;
  return (
    <section className={state.className} aria-hidden="true">
      <h2>{state.title}</h2>
      <ul>
        {state.marks.map(({ cell, text }) => (
          <li key={cell}>{text}</li>
        ))}
      </ul>
    </section>
  );
}

/** On paper only, after the sheet: the list of its marks and what each says. */
export function PrintedMarks(props: PrintedMarksProps) {
  return renderPrintedMarks(usePrintedMarks(props));
}
