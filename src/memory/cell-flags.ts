import type { CheckResult, Finding, Severity } from '../domain';

/**
 * Our flags on the in-memory workbook's cells, drawn beside the cells (never in them), the way
 * Excel shows conditional formats over values: a check result replaces them, and only the cells
 * whose flag changed are redrawn.
 */

/** A flag drawn on a cell: the colour of its worst finding, its rules and its findings (their sentences: i18n's findingText). */
export interface CellFlag {
  readonly severity: Severity;
  readonly rules: readonly string[];
  readonly findings: readonly Finding[];
}

/** What identifies a flag for the diff: the same colour and rules are the same flag. */
export function flagKey(flag: CellFlag): string {
  return `${flag.severity}:${flag.rules.join(',')}`;
}

/**
 * A cell's flag, holding its findings: their sentences are written only when the grid shows them
 * (hover, status line, print), not for every flagged cell of a 10 000-row budget at each edit.
 */
class FindingsFlag implements CellFlag {
  severity: Severity = 'warning';
  readonly rules: string[] = [];
  readonly findings: Finding[] = [];

  add(finding: Finding): void {
    if (finding.severity === 'error') this.severity = 'error';
    this.rules.push(finding.rule);
    this.findings.push(finding);
  }
}

/** What a flag's findings say, without writing their sentences: each one's rule and data. */
function identityOf(flag: CellFlag): string {
  return flag.findings.map((finding) => `${finding.rule}:${JSON.stringify(finding.data)}`).join('|');
}

type Flags = Map<string, Map<string, CellFlag>>;

/** The flags a check result draws, by sheet then cell. */
export function flagsOf(result: CheckResult): Flags {
  const flags = new Map<string, Map<string, FindingsFlag>>();
  for (const finding of result.findings) {
    if (finding.cell === null) continue;
    let sheetFlags = flags.get(finding.sheet);
    if (sheetFlags === undefined) flags.set(finding.sheet, (sheetFlags = new Map<string, FindingsFlag>()));
    let flag = sheetFlags.get(finding.cell);
    if (flag === undefined) sheetFlags.set(finding.cell, (flag = new FindingsFlag()));
    flag.add(finding);
  }
  return flags;
}

/** A cell whose flag changed (its colour or its message): its row is drawn again. */
export type FlagChanged = (sheet: string, cell: string) => void;

/** Our flags, by sheet name then cell address. */
export class CellFlags {
  private byCell: Flags = new Map();

  get all(): ReadonlyMap<string, ReadonlyMap<string, CellFlag>> {
    return this.byCell;
  }

  at(sheet: string, cell: string): CellFlag | undefined {
    return this.byCell.get(sheet)?.get(cell);
  }

  /** A check result's flags in place of the current ones; returns how many were written and taken out, as Excel's formats would be. */
  show(result: CheckResult, changed: FlagChanged): { added: number; deleted: number } {
    const flags = flagsOf(result);
    // Only what differs is redrawn, as in Excel: a flag kept is no write.
    let added = 0;
    let deleted = 0;
    for (const [sheet, cells] of flags) {
      for (const [cell, flag] of cells) {
        const before = this.at(sheet, cell);
        if (before === undefined || flagKey(before) !== flagKey(flag)) added++;
      }
    }
    for (const [sheet, cells] of this.byCell) {
      for (const [cell, flag] of cells) {
        const next = flags.get(sheet)?.get(cell);
        if (next === undefined || flagKey(next) !== flagKey(flag)) deleted++;
      }
    }
    this.replace(flags, changed);
    return { added, deleted };
  }

  /** Every flag taken out; returns how many there were. */
  clear(changed: FlagChanged): number {
    let removed = 0;
    for (const sheetFlags of this.byCell.values()) removed += sheetFlags.size;
    this.replace(new Map(), changed);
    return removed;
  }

  /** A sheet's flags forgotten (the sheet is gone). */
  forgetSheet(sheet: string): void {
    this.byCell.delete(sheet);
  }

  /** The flags as marks to write into a file, each finding's sentence as `text` writes it (in the officer's language). */
  marks(text: (finding: Finding) => string): Array<{ sheet: string; cell: string; severity: Severity; messages: string[] }> {
    return [...this.byCell].flatMap(([sheet, cells]) => [...cells].map(([cell, flag]) => ({ sheet, cell, severity: flag.severity, messages: flag.findings.map((finding) => text(finding)) })));
  }

  /** Cells whose flags (colour or message) differ between the current flags and the next are redrawn. */
  private replace(next: Flags, changed: FlagChanged): void {
    const text = (flag: CellFlag | undefined) => (flag === undefined ? '' : `${flagKey(flag)}|${identityOf(flag)}`);
    for (const [one, other] of [
      [this.byCell, next],
      [next, this.byCell],
    ] as const) {
      for (const [sheet, cells] of one) {
        for (const [cell, flag] of cells) if (text(flag) !== text(other.get(sheet)?.get(cell))) changed(sheet, cell);
      }
    }
    this.byCell = next;
  }
}
