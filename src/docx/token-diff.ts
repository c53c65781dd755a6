import { type Unit, unitText } from './docx-text';

/** The words of a paragraph's text, old and new, and the steps from one to the other. */

/**
 * Amounts whole (« 1 745 883 »), words, spaces and single signs: a change of amount reads « 1 745 883
 * EUR » → « 1 645 883 € », not digit group by digit group.
 */
export const TOKEN = /\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?|\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export interface OldToken {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

export function oldTokens(units: readonly Unit[]): OldToken[] {
  const tokens: OldToken[] = [];
  let at = 0;
  while (at < units.length) {
    const unit = units[at] as Unit;
    if (unit.kind === 'mark') {
      // Never equal to anything: joining two paragraphs always deletes the mark between them.
      tokens.push({ text: '\u0000', from: at, to: at + 1 });
      at++;
      continue;
    }
    if (unit.kind === 'field') {
      if (unit.text !== '') tokens.push({ text: unit.text, from: at, to: at + 1 });
      at++;
      continue;
    }
    let end = at;
    let text = '';
    while (end < units.length && (units[end] as Unit).kind === 'char') {
      text += unitText(units[end] as Unit);
      end++;
    }
    for (const match of text.matchAll(TOKEN)) tokens.push({ text: match[0], from: at + match.index, to: at + match.index + match[0].length });
    at = end;
  }
  return tokens;
}

export type Step = { readonly op: 'equal'; readonly a: number } | { readonly op: 'delete'; readonly a: number } | { readonly op: 'insert'; readonly text: string };

/** The longest common subsequence of tokens, as steps; a changed stretch deletes first, then inserts. */
export function diff(a: readonly string[], b: readonly string[]): Step[] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = a[i] === b[j] ? (table[(i + 1) * (m + 1) + j + 1] as number) + 1 : Math.max(table[(i + 1) * (m + 1) + j] as number, table[i * (m + 1) + j + 1] as number);
    }
  }
  const steps: Step[] = [];
  let deletes: Step[] = [];
  let inserts: Step[] = [];
  const flush = () => {
    steps.push(...deletes, ...inserts);
    deletes = [];
    inserts = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      steps.push({ op: 'equal', a: i });
      i++;
      j++;
    } else if (j < m && (i === n || (table[i * (m + 1) + j + 1] as number) >= (table[(i + 1) * (m + 1) + j] as number))) {
      inserts.push({ op: 'insert', text: b[j] as string });
      j++;
    } else {
      deletes.push({ op: 'delete', a: i });
      i++;
    }
  }
  flush();
  return coalesce(steps, a);
}

/** A lone space kept between two changes reads better replaced with them: « 70 854 » → « 75 000 » as one change. */
function coalesce(steps: readonly Step[], a: readonly string[]): Step[] {
  const out: Step[] = [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as Step;
    const previous = steps[index - 1];
    const next = steps[index + 1];
    if (step.op === 'equal' && /^\s+$/.test(a[step.a] as string) && previous !== undefined && previous.op !== 'equal' && next !== undefined && next.op !== 'equal') {
      out.push({ op: 'delete', a: step.a }, { op: 'insert', text: a[step.a] as string });
    } else out.push(step);
  }
  // Regroup each changed stretch: its deletions, then its insertions.
  const grouped: Step[] = [];
  let stretch: Step[] = [];
  const flush = () => {
    grouped.push(...stretch.filter((step) => step.op === 'delete'), ...stretch.filter((step) => step.op === 'insert'));
    stretch = [];
  };
  for (const step of out) {
    if (step.op === 'equal') {
      flush();
      grouped.push(step);
    } else stretch.push(step);
  }
  flush();
  return grouped;
}
