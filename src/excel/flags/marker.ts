import type { RuleId, Severity } from '../../domain';

/**
 * Every formula of ours starts with a marker that names its format (a hash of what it is), so that
 * formats read back from Excel are matched with the plan and only differences written:
 * `=N("convention-budget:<rule>:<key>")+(<condition>)`.
 */
export const FLAG_MARKER = 'convention-budget';
/** The strictest limit reported for a conditional format's formula (Excel's rule editor). */
export const MAX_FORMULA_LENGTH = 255;

export interface ConditionalFlag {
  readonly sheet: string;
  /** The cells the format applies to, A1 without the sheet: one area ("E2:E7"), or several. */
  readonly areas: readonly string[];
  /** Excel formula (English function names), relative to the first area's top-left cell. */
  readonly formula: string;
  readonly severity: Severity;
  readonly rule: RuleId;
  /** What the format is (sheet, areas, condition, colour): written in its formula's marker. */
  readonly key: string;
}

const MARKER = new RegExp(`"${FLAG_MARKER}:([a-z-]+):([0-9a-f]{8})"`);

export function isOurFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${FLAG_MARKER}:`);
}

/** The key a formula of ours carries, or null (an older format of ours, or not ours). */
export function keyOfFormula(formula: string | null | undefined): string | null {
  if (typeof formula !== 'string') return null;
  return MARKER.exec(formula)?.[2] ?? null;
}

/** FNV-1a, 32 bits: a short name for what a format is, not a safeguard. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}

export function flagOf(sheet: string, areas: readonly string[], rule: RuleId, severity: Severity, condition: string): ConditionalFlag {
  const key = hash(`${sheet}\u0000${areas.join(',')}\u0000${rule}\u0000${severity}\u0000${condition}`);
  // N("…") is 0: the marker changes nothing of the condition's value, which Excel reads as true when not 0.
  return { sheet, areas, formula: `=N("${FLAG_MARKER}:${rule}:${key}")+(${condition})`, severity, rule, key };
}

/** Room left for a condition once the marker is written: `=N("convention-budget:<rule>:<key>")+`. */
export function roomFor(rule: RuleId): number {
  return MAX_FORMULA_LENGTH - `=N("${FLAG_MARKER}:${rule}:00000000")+()`.length;
}
