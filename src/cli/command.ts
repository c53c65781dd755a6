import type { Cents, Lang, MatchingMode, Parameter } from '../domain';

/** What the command line was asked, once parsed (args.ts), and where it writes (Io). */

/** The process's output and error streams, as main.ts and the commands write to them. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface CompareCommand {
  readonly name: 'compare';
  readonly file: string;
  readonly convention: string;
  readonly beneficiary: string | undefined;
  readonly year: number | undefined;
  readonly envelope: Cents | undefined;
  readonly json: boolean;
  readonly lang: Lang;
}

/** What the convention side of `clause` asks: write into a copy, or print the amendment. */
export type ConventionClause = { readonly kind: 'into'; readonly convention: string; readonly out: string } | { readonly kind: 'avenant'; readonly convention: string; readonly html: boolean };

/** Where the convention's rules come from: a profile as JSON, or the convention's own text. */
export type ProfileSource = { readonly kind: 'json' | 'convention'; readonly file: string } | undefined;

export type Command =
  | { readonly name: 'help'; readonly lang: Lang }
  | CompareCommand
  | { readonly name: 'profile'; readonly file: string; readonly json: boolean; readonly lang: Lang }
  | {
      readonly name: 'check';
      readonly file: string;
      /** Every workbook or folder given (file is the first): several, or a folder, are checked as a batch. */
      readonly files: readonly string[];
      /** --summary: a .csv or .xlsx file to write one row per budget into. */
      readonly summary: string | undefined;
      readonly envelope: Cents | undefined;
      readonly matching: MatchingMode | undefined;
      readonly profile: ProfileSource;
      /** Parameters whose built-in value the officer confirms (--assume). */
      readonly assume: readonly Parameter[];
      readonly lang: Lang;
      readonly json: boolean;
      readonly annotate: string | undefined;
    }
  | {
      readonly name: 'clause';
      readonly file: string;
      readonly year: number | undefined;
      readonly profile: ProfileSource;
      readonly assume: readonly Parameter[];
      readonly envelope: Cents | undefined;
      readonly beneficiary: string | undefined;
      readonly html: boolean;
      readonly lang: Lang;
      /** Into a copy of a Word convention, or its amendment; undefined for the article as text. */
      readonly convention?: ConventionClause | undefined;
    };
