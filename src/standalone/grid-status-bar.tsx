import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain';
import { standaloneTextFor } from '../i18n/standalone-text';
import type { CellState } from '../memory/edit-history';
import type { MemorySheet } from '../memory/memory-sheet';
import type { MemoryWorkbook } from '../memory/memory-workbook';
import { displayText } from './cell-display';
import { findingText } from '../i18n/finding-text';

const useStyles = makeStyles({
  status: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, minHeight: '3em', '@media print': { display: 'none' } },
  formula: { fontFamily: tokens.fontFamilyMonospace },
});

export interface GridStatusBarProps {
  readonly workbook: MemoryWorkbook;
  readonly sheet: MemorySheet;
  /** The selected cell (A1) and what it holds. */
  readonly cell: string;
  readonly state: CellState;
  readonly lang: Lang;
}

type Translate = ReturnType<typeof standaloneTextFor>;

/** Conditional formats the grid does not draw, by Excel's name of their kind. */
const KIND_NAMES: Readonly<Record<string, Parameters<Translate>[0]>> = {
  dataBar: 'formatKindDataBar',
  colorScale: 'formatKindColorScale',
  iconSet: 'formatKindIconSet',
  top10: 'formatKindTop10',
  aboveAverage: 'formatKindAboveAverage',
  duplicateValues: 'formatKindDuplicateValues',
  uniqueValues: 'formatKindUniqueValues',
};

/** The first cells of a list, and "…" when there are more. */
const someOf = (cells: readonly string[]) => cells.slice(0, 3).join(', ') + (cells.length > 3 ? '…' : '');

/** What the status line says, line by line: the selected cell, then the sheet's and the workbook's. */
interface GridStatusState {
  readonly classes: ReturnType<typeof useStyles>;
  readonly place: string;
  readonly formula: string | null;
  readonly shown: string | null;
  /** About the selected cell: its note, why it is not computed. */
  readonly cellLines: readonly string[];
  /** Our flag's messages on the selected cell, or the keys' hint when it has none. */
  readonly flagLines: readonly string[] | null;
  readonly hint: string;
  /** About the sheet and the workbook: formats not drawn, circular references, formulas not computed. */
  readonly notes: readonly string[];
}

export function useGridStatus({ workbook, sheet, cell, state, lang }: GridStatusBarProps): GridStatusState {
  const classes = useStyles();
  const t = standaloneTextFor(lang);
  const key = `${sheet.name}!${cell}`;
  const note = sheet.look.notes.get(cell);
  const uncomputedHere = workbook.uncomputed.get(key);
  const cellLines = [
    ...(note === undefined ? [] : [t('noteLine', { note })]),
    ...(uncomputedHere === undefined ? [] : [uncomputedHere === '' ? t('uncomputedCell') : t('uncomputedCellFunction', { name: uncomputedHere })]),
    ...(workbook.circular.has(key) ? [t('circularCell')] : []),
  ];
  const flag = workbook.flagAt(sheet.name, cell);
  const unshown = sheet.look.unshown.map(({ kind, areas }) => `${KIND_NAMES[kind] === undefined ? t('formatKindOther', { kind }) : t(KIND_NAMES[kind])} (${areas})`);
  const circular = [...workbook.circular];
  const uncomputed = [...workbook.uncomputed.keys()];
  const notes = [
    ...(unshown.length === 0 ? [] : [t(unshown.length === 1 ? 'formatNotShown' : 'formatsNotShown', { list: unshown.join(', ') })]),
    ...(circular.length === 0 ? [] : [t('circularCells', { cells: someOf(circular) })]),
    ...(uncomputed.length === 0 ? [] : [t(uncomputed.length === 1 ? 'uncomputedOne' : 'uncomputedMany', { count: uncomputed.length, cells: someOf(uncomputed) })]),
  ];
  return {
    classes,
    place: key,
    formula: state.formula,
    shown: state.value === null ? null : displayText(state.value, sheet.formats.get(cell), lang),
    cellLines,
    flagLines: flag === undefined ? null : flag.findings.map((finding) => t('flagLine', { severity: t(flag.severity === 'error' ? 'error' : 'warning'), message: findingText(finding, lang) })),
    hint: t('editHint'),
    notes,
  };
}

export function renderGridStatus(state: GridStatusState) {
  const { classes } = state;
  return (
    <div className={classes.status} role="status" aria-live="polite" data-testid="status">
      <Text weight="semibold">{state.place}</Text>
      {state.formula !== null && <Text className={classes.formula}>{` · =${state.formula}`}</Text>}
      {state.shown !== null && <Text>{` · ${state.shown}`}</Text>}
      {state.cellLines.map((line, index) => (
        <Text key={`cell-${index}`} block>
          {line}
        </Text>
      ))}
      {state.flagLines === null ? (
        <Text block size={200}>
          {state.hint}
        </Text>
      ) : (
        state.flagLines.map((line, index) => (
          <Text key={index} block>
            {line}
          </Text>
        ))
      )}
      {state.notes.map((line, index) => (
        <Text key={`note-${index}`} block size={200}>
          {line}
        </Text>
      ))}
    </div>
  );
}

/** The status line below the grid, as Excel's: the selected cell, its formula and value, what it says, then the sheet's notices. */
export function GridStatusBar(props: GridStatusBarProps) {
  return renderGridStatus(useGridStatus(props));
}
