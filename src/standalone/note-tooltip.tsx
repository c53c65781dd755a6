import { makeStyles, tokens } from '@fluentui/react-components';
import { type MouseEvent, type RefObject, useState } from 'react';
import type { Lang } from '../domain';
import type { MemorySheet } from '../memory/memory-sheet';
import type { MemoryWorkbook } from '../memory/memory-workbook';
import { findingText } from '../i18n/finding-text';

const useStyles = makeStyles({
  tooltip: {
    position: 'absolute',
    zIndex: 6,
    maxWidth: '320px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: '#FFFFE1',
    color: '#000000',
    border: '1px solid #767676',
    boxShadow: tokens.shadow8,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    pointerEvents: 'none',
    '@media print': { display: 'none' },
  },
});

/** The cell under the pointer that has a note, and where its note goes (in the grid's frame). */
export interface Hovered {
  readonly address: string;
  readonly left: number;
  readonly top: number;
}

export interface NoteHover {
  readonly hovered: Hovered | null;
  /** On the grid's table: the note of the cell under the pointer, shown beside it. */
  readonly onPointerOverCell: (event: MouseEvent) => void;
  readonly hide: () => void;
}

/**
 * The officer's note beside its cell while the pointer is on it, as Excel shows a note (on a move:
 * a scroll hides it, and the pointer may then rest on the cell without entering it again).
 */
export function useNoteHover(root: RefObject<HTMLDivElement | null>): NoteHover {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const onPointerOverCell = (event: MouseEvent) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-note]');
    const address = cell?.getAttribute('data-cell') ?? null;
    if (cell === null || address === null) {
      if (hovered !== null) setHovered(null);
      return;
    }
    if (hovered?.address === address) return;
    const frame = root.current?.getBoundingClientRect();
    const rect = cell.getBoundingClientRect();
    if (frame === undefined) return;
    // Beside the cell when there is room (Excel's place), else below it.
    const beside = rect.right - frame.left + 4 + 240 <= frame.width;
    setHovered({
      address,
      left: beside ? rect.right - frame.left + 4 : Math.max(4, Math.min(rect.left - frame.left, frame.width - 244)),
      top: beside ? rect.top - frame.top : rect.bottom - frame.top + 2,
    });
  };
  return { hovered, onPointerOverCell, hide: () => setHovered(null) };
}

/** The note of the hovered cell, with our flag's messages below it. */
export function NoteTooltip({ hovered, workbook, sheet, lang }: { readonly hovered: Hovered | null; readonly workbook: MemoryWorkbook; readonly sheet: MemorySheet; readonly lang: Lang }) {
  const styles = useStyles();
  const note = hovered === null ? undefined : sheet.look.notes.get(hovered.address);
  if (hovered === null || note === undefined) return null;
  const flag = workbook.flagAt(sheet.name, hovered.address);
  return (
    <div role="tooltip" className={styles.tooltip} style={{ left: hovered.left, top: hovered.top }}>
      {note}
      {flag && `\n\n${flag.findings.map((finding) => findingText(finding, lang)).join('\n')}`}
    </div>
  );
}
