import type { ArticleTag, ArticleWrite } from '../document/convention-document';

/** A write as an operation on one paragraph's position, as read. */
export interface Located {
  /** Position in body.paragraphs, as read. */
  readonly at: number;
  readonly op: 'keep' | 'change' | 'delete' | 'insert-after' | 'insert-start';
  readonly texts: readonly string[];
  readonly was?: string;
  readonly tag: ArticleTag;
  /** The paragraph is its article's last: an insertion after it goes inside the article's control, at its end. */
  readonly lastOfArticle: boolean;
}

export function existing(write: ArticleWrite): number[] {
  return write.changes.flatMap((change) => (change.kind === 'insert' ? [] : [change.at]));
}

/**
 * The writes as operations on positions, in document order: changes and deletions where they are,
 * and runs of new paragraphs after the paragraph before them (or at the article's start).
 */
export function locate(writes: readonly ArticleWrite[]): Located[] {
  const out: Located[] = [];
  for (const write of writes) {
    const positions = existing(write);
    const last = Math.max(...positions);
    let anchor: number | null = null;
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      if (anchor === null) {
        const first = Math.min(...positions);
        out.push({ at: first, op: 'insert-start', texts: pending, tag: write.tag, lastOfArticle: false });
      } else out.push({ at: anchor, op: 'insert-after', texts: pending, tag: write.tag, lastOfArticle: anchor === last });
      pending = [];
    };
    for (const change of write.changes) {
      if (change.kind === 'insert') {
        pending.push(change.text);
        continue;
      }
      flush();
      anchor = change.at;
      if (change.kind === 'change') out.push({ at: change.at, op: 'change', texts: [change.text], was: change.was, tag: write.tag, lastOfArticle: change.at === last });
      else if (change.kind === 'delete') out.push({ at: change.at, op: 'delete', texts: [], was: change.was, tag: write.tag, lastOfArticle: change.at === last });
      else out.push({ at: change.at, op: 'keep', texts: [], was: change.was, tag: write.tag, lastOfArticle: change.at === last });
    }
    flush();
  }
  // Document order; at one position, what goes after a paragraph comes after the paragraph's own change.
  const rank = { 'insert-start': 0, keep: 1, change: 1, delete: 1, 'insert-after': 2 } as const;
  return out.sort((a, b) => a.at - b.at || rank[a.op] - rank[b.op]);
}
