import type { jsonReport } from '../../src/cli/json-report';
import type { Parameter, readingToJson } from '../../src/domain';

/** The sentence the command line gives for a workbook it could not check (no budget read, a file it cannot open). */
export interface ReportError {
  readonly code: string;
  readonly message: string;
}

/**
 * `check FILE --json`: the report of json-report.ts, with what main.ts adds to it (the no-budget
 * error, and where the profile came from when one was given).
 */
export type CheckReport = ReturnType<typeof jsonReport> & {
  readonly error?: ReportError;
  readonly profileFrom?: { readonly kind: string; readonly file: string };
  readonly profileUnresolved?: Parameter[];
  readonly profileNotes?: string[];
};

/** One line of `check FILE FILE… --json`: the file, its exit status, and its report unless it could not be read. */
export type BatchLine = Partial<ReturnType<typeof jsonReport>> & {
  readonly file: string;
  readonly status: 0 | 1 | 2;
  readonly error?: ReportError;
};

/** `profile FILE --json`. */
export type ProfileReport = ReturnType<typeof readingToJson>;

// The command line prints these shapes itself (the tests read back what it printed): typed, not validated.
export const parseCheckReport = (text: string): CheckReport => JSON.parse(text) as CheckReport;
export const parseBatchLines = (text: string): BatchLine[] =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as BatchLine);
export const parseProfileReport = (text: string): ProfileReport => JSON.parse(text) as ProfileReport;
