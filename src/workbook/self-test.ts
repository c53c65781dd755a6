import { checkWorkbook, type CheckResult } from '../domain';
import { type BudgetWorkbook, isScratchSheet, SCRATCH_SHEET } from './budget-workbook';
import type { Diagnostics, DiagnosticsPort } from './workbook-diagnostics';

/**
 * The self-test a person with Excel runs from Réglages › Diagnostic: the adapter against the host
 * it is in, on a scratch sheet it creates and deletes. Each step says what it proved and how long
 * it took; the report is the text a person sends back (docs/excel-acceptance.md). Only the scratch
 * sheet is flagged and cleared, and only its writes are counted; a scratch sheet an interrupted run
 * left behind (the pane closed mid-test) is removed first, and never read as a budget otherwise.
 */

export type SelfTestStepId = 'host' | 'scratch' | 'read' | 'flag' | 'readBack' | 'editNoFlag' | 'editOneFlag' | 'clear' | 'longestFormula' | 'cleanUp';

export interface SelfTestStep {
  readonly id: SelfTestStepId;
  readonly ok: boolean;
  readonly ms: number;
  /** What was found, for the report: numbers and names, no sentence (the pane writes those). */
  readonly detail: Readonly<Record<string, string | number>>;
  readonly error?: string;
}

export interface SelfTestReport {
  readonly startedAt: Date;
  readonly host: Readonly<Record<string, string>>;
  readonly steps: readonly SelfTestStep[];
  readonly ok: boolean;
}

export { SCRATCH_SHEET } from './budget-workbook';

/** A small budget with known mistakes: the cap and the matching broken on row 3, no axis on row 4, row 5 under-funded. */
export const SCRATCH_ROWS: ReadonlyArray<ReadonlyArray<string | number | null>> = [
  ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
  [1, 1, 'Essai conforme', 100000, 40000, 60000],
  [2, 1, 'Essai plafond dépassé', 100000, 60000, 40000],
  [3, null, 'Essai sans axe', 100000, 40000, 60000],
  [4, 2, 'Essai sous-financé', 100000, 40000, 50000],
];

/** The findings the scratch budget must give, as rule@cell. */
export const SCRATCH_FINDINGS: readonly string[] = ['state-cap@E3', 'matching@F3', 'missing-axis@B4', 'under-funding@D5'];

const MATCHING = 'action';

function findingsOn(result: CheckResult, sheet: string): string[] {
  return result.findings.filter((finding) => finding.sheet === sheet && finding.cell !== null).map((finding) => `${finding.rule}@${finding.cell}`);
}

function sameFlags(expected: ReadonlyArray<{ areas: string; formula: string }>, found: ReadonlyArray<{ areas: string; formula: string }>): boolean {
  const key = (flag: { areas: string; formula: string }) => `${flag.areas}\u0000${flag.formula}`;
  const a = expected.map(key).sort();
  const b = found.map(key).sort();
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Runs the self-test: the workbook read and flagged as the pane does, the scratch sheet made and taken away through its port. */
export async function runSelfTest(workbook: BudgetWorkbook, port: DiagnosticsPort, clock: () => number = () => performance.now()): Promise<SelfTestReport> {
  const diagnostics: Diagnostics = await port.diagnostics();
  const steps: SelfTestStep[] = [];
  const startedAt = new Date();
  let host: Readonly<Record<string, string>> = {};
  let sheet = SCRATCH_SHEET;

  const step = async (id: SelfTestStepId, work: () => Promise<{ ok: boolean; detail?: Record<string, string | number> }>): Promise<boolean> => {
    const start = clock();
    try {
      const { ok, detail = {} } = await work();
      steps.push({ id, ok, ms: Math.round(clock() - start), detail });
      return ok;
    } catch (error) {
      steps.push({ id, ok: false, ms: Math.round(clock() - start), detail: {}, error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
  const checkAgain = async () => checkWorkbook(await workbook.read({ withScratch: true }), { matching: MATCHING });
  const only = () => ({ sheets: [sheet] });

  await step('host', async () => {
    host = await diagnostics.hostInfo();
    return { ok: true };
  });
  const created = await step('scratch', async () => {
    const before = (await workbook.read({ withScratch: true })).sheets.map((candidate) => candidate.name);
    // A scratch sheet an interrupted run left behind goes first.
    const leftovers = before.filter(isScratchSheet);
    for (const leftover of leftovers) await diagnostics.deleteScratchSheet(leftover);
    const names = new Set((await workbook.read({ withScratch: true })).sheets.map((candidate) => candidate.name));
    for (let index = 2; names.has(sheet); index++) sheet = `${SCRATCH_SHEET} ${index}`;
    await diagnostics.createScratchSheet(sheet, SCRATCH_ROWS);
    return { ok: true, detail: { sheet, leftovers: leftovers.length } };
  });
  if (created) {
    let result: CheckResult | null = null;
    await step('read', async () => {
      result = await checkAgain();
      const found = findingsOn(result, sheet).sort();
      const expected = [...SCRATCH_FINDINGS].sort();
      return { ok: found.join() === expected.join(), detail: { expected: expected.join(' '), found: found.join(' ') } };
    });
    if (result !== null) {
      const first: CheckResult = result;
      await step('flag', async () => {
        const report = await workbook.showFlags(first, MATCHING, only());
        return { ok: report.failedSheets.length === 0, detail: { added: report.added, deleted: report.deleted } };
      });
      await step('readBack', async () => {
        const expected = diagnostics.expectedFlags(first, MATCHING, sheet);
        const found = await diagnostics.readOurFlags(sheet);
        return { ok: sameFlags(expected, found), detail: { expected: expected.length, found: found.length } };
      });
      await step('editNoFlag', async () => {
        await diagnostics.setScratchCell(sheet, 'C2', 'Essai conforme (intitulé modifié)');
        const report = await workbook.showFlags(await checkAgain(), MATCHING, only());
        return { ok: report.added + report.deleted === 0, detail: { written: report.added + report.deleted } };
      });
      let last: CheckResult = first;
      await step('editOneFlag', async () => {
        // An amount typed as text (the apostrophe keeps it text, as in Excel): a finding of its own,
        // which Excel's formulas cannot see.
        await diagnostics.setScratchCell(sheet, 'E2', "'40 000 €");
        last = await checkAgain();
        const report = await workbook.showFlags(last, MATCHING, only());
        return { ok: report.added === 1 && report.deleted === 0, detail: { added: report.added, deleted: report.deleted } };
      });
      await step('longestFormula', async () => {
        const sheets = [...new Set(last.sources.map((source) => source.sheet))];
        const formulas = sheets.flatMap((name) => diagnostics.expectedFlags(last, MATCHING, name).map((flag) => flag.formula));
        const longest = formulas.reduce((best, formula) => (formula.length > best.length ? formula : best), '');
        if (longest === '') return { ok: true, detail: { length: 0 } };
        return { ok: await diagnostics.acceptsFormula(sheet, longest), detail: { length: longest.length } };
      });
      await step('clear', async () => {
        await diagnostics.addForeignFormat(sheet, 'A2:A5');
        const report = await workbook.clearFlags(only());
        const left = await diagnostics.readOurFlags(sheet);
        const foreign = await diagnostics.countForeignFormats(sheet);
        return { ok: report.left === 0 && left.length === 0 && foreign === 1 && report.removed > 0, detail: { removed: report.removed, left: report.left + left.length, foreign } };
      });
    }
    await step('cleanUp', async () => {
      await diagnostics.deleteScratchSheet(sheet);
      const names = (await workbook.read({ withScratch: true })).sheets.map((candidate) => candidate.name);
      return { ok: !names.includes(sheet) };
    });
  }
  return { startedAt, host, steps, ok: steps.every((entry) => entry.ok) };
}
