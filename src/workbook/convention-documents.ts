import type { Bilingual, Budget, ConventionCheck, ConventionCheckRequest } from '../domain';

/**
 * Word conventions (.docx) the pane can compare with a budget and write into, where its host can
 * open and save files: the standalone page does, through its .docx adapter loaded on first use; in
 * Excel the pane has none (the Word add-in works on the open document instead).
 */
export interface ConventionFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ConventionFileResult =
  /** Not a .docx we can read: one sentence saying what it is and what to do. */
  | { readonly kind: 'unreadable'; readonly reason: Bilingual }
  /** Read; `check.comparison` is null when article 4.1 is not found. */
  | {
      readonly kind: 'checked';
      readonly check: ConventionCheck;
      /** The copy written (« … (budget AAAA).docx »), when asked and something differed. */
      readonly written: ConventionFile | null;
      readonly notes: readonly Bilingual[];
    };

export interface ConventionDocuments {
  compare(file: ConventionFile, budget: Budget, request: ConventionCheckRequest): Promise<ConventionFileResult>;
  /** Writes the budget's articles into a copy, as tracked changes; the copy is named after the convention and the year. */
  write(file: ConventionFile, budget: Budget, request: ConventionCheckRequest & { readonly fileYear: number }): Promise<ConventionFileResult>;
  /** Hands a file to the officer (a download). */
  save(file: ConventionFile): void;
}

/** « convention Nord.docx » → « convention Nord (budget 2023).docx ». */
export function writtenConventionName(name: string, year: number): string {
  const base = name.replace(/\.docx$/i, '').replace(/ \(budget \d{4}\)$/, '');
  return `${base} (budget ${year}).docx`;
}
