import { type Unit, unitsOf } from './docx-text';
import { diff, type OldToken, oldTokens, TOKEN } from './token-diff';
import type { XmlElement } from './xml-tree';

/** What a rewrite changes, unit by unit: what is deleted, what is inserted after or before which unit or at a paragraph's end, which marks go. */
export interface Plan {
  readonly deleted: Set<Unit>;
  readonly after: Map<Unit, string>;
  readonly before: Map<Unit, string>;
  readonly atEnd: Map<XmlElement, string>;
  readonly deleteMark: Set<XmlElement>;
}

export function emptyPlan(): Plan {
  return { deleted: new Set(), after: new Map(), before: new Map(), atEnd: new Map(), deleteMark: new Set() };
}

/**
 * Plans the rewrite of paragraphs read as one into `text`: the marks between them deleted, the words
 * that differ deleted and inserted. An empty text deletes the paragraphs whole, their marks included.
 */
export function planRewrite(xml: string, paragraphs: readonly XmlElement[], text: string, plan: Plan, removeWhole: boolean): void {
  const units: Unit[] = [];
  paragraphs.forEach((paragraph, index) => {
    units.push(...unitsOf(xml, paragraph));
    if (index < paragraphs.length - 1 || removeWhole) {
      plan.deleteMark.add(paragraph);
      if (index < paragraphs.length - 1) units.push({ kind: 'mark', paragraph });
    }
  });
  const tokens = oldTokens(units);
  const steps = diff(
    tokens.map((token) => token.text),
    text.match(TOKEN) ?? [],
  );
  let position = 0;
  const insertions = new Map<number, string>();
  for (const step of steps) {
    if (step.op === 'insert') {
      insertions.set(position, (insertions.get(position) ?? '') + step.text);
      continue;
    }
    const token = tokens[step.a] as OldToken;
    if (step.op === 'delete') for (let at = token.from; at < token.to; at++) plan.deleted.add(units[at] as Unit);
    position = token.to;
  }
  for (const [at, inserted] of insertions) {
    const previous = units[at - 1];
    const next = units[at];
    if (previous !== undefined && previous.kind !== 'mark') plan.after.set(previous, (plan.after.get(previous) ?? '') + inserted);
    else if (next !== undefined && next.kind !== 'mark') plan.before.set(next, inserted + (plan.before.get(next) ?? ''));
    else {
      // No text to lean on: at the end of the paragraph the position falls in.
      const paragraph = previous?.kind === 'mark' ? (paragraphs[paragraphs.indexOf(previous.paragraph) + 1] as XmlElement) : (paragraphs[paragraphs.length - 1] as XmlElement);
      plan.atEnd.set(paragraph, (plan.atEnd.get(paragraph) ?? '') + inserted);
    }
  }
}
