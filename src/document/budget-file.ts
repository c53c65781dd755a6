import type { Bilingual, WorkbookSnapshot } from '../domain';

/** Reads the budget's workbook the officer opens from the Word pane: our own .xlsx reader, given by the add-in's entry. */
export type OpenBudget = (file: File) => Promise<WorkbookSnapshot>;

/** A file that is not a workbook we can read, with the reason in each language. */
export class BudgetFileError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'BudgetFileError';
  }
}
