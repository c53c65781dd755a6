import { writeFileSync } from 'node:fs';
import { type CheckResult, centsToEuros, countBySeverity, type Lang, LOCALES, plainNumber, readingGaps, sharesOf } from '../domain';
import { batchText } from '../i18n/batch-text';
import { GRAMMAR } from '../i18n/grammar';
import { translate } from '../i18n/translate';
import { type TableCell, type TableColumn, writeTableWorkbook } from '../xlsx/table-workbook';

/**
 * `check --summary FILE.csv|.xlsx`: one row per budget of every workbook checked — what a regional
 * or national service reads to follow a campaign's budgets — and one row for each workbook that
 * gave none (unreadable, or no budget found), so that no file drops out of the count.
 */
export interface SummaryRow {
  readonly file: string;
  readonly sheet: string | null;
  readonly range: string | null;
  readonly beneficiary: string | null;
  readonly actions: number | null;
  /** Euros. */
  readonly cost: number | null;
  readonly state: number | null;
  readonly department: number | null;
  /** Fractions (0.286). */
  readonly stateShare: number | null;
  readonly departmentShare: number | null;
  readonly errors: number | null;
  readonly warnings: number | null;
  /** Parts of the workbook not read (tables, amounts outside every budget): the workbook's, on each of its rows. */
  readonly unread: number | null;
  readonly remark: string;
}

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['Classeur', 'Feuille', 'Cellules', 'Bénéficiaire', 'Actions', 'Coût total', 'État', 'Département', 'Part État', 'Part Département', 'Erreurs', 'Avertissements', 'Parties non lues', 'Remarque'],
  en: ['Workbook', 'Sheet', 'Cells', 'Beneficiary', 'Actions', 'Total cost', 'State', 'Department', 'State share', 'Department share', 'Errors', 'Warnings', 'Parts not read', 'Remark'],
};
const KINDS: readonly TableColumn['kind'][] = ['text', 'text', 'text', 'text', 'count', 'amount', 'amount', 'amount', 'share', 'share', 'count', 'count', 'count', 'text'];
const WIDTHS = [28, 18, 10, 28, 9, 16, 16, 16, 11, 11, 9, 9, 9, 48];

const REMARKS = {
  conform: { fr: 'conforme', en: 'compliant' },
  toCorrect: { fr: 'à corriger', en: 'to correct' },
} as const;

/** The rows of one checked workbook. */
export function summaryRows(file: string, result: CheckResult, lang: Lang): SummaryRow[] {
  const gaps = readingGaps(result);
  return result.budgets.map((budget) => {
    const { errors, warnings } = countBySeverity(result.findings.filter((finding) => finding.budgetId === budget.id));
    const shares = sharesOf(budget.totals);
    return {
      file,
      sheet: budget.sheet,
      range: budget.range,
      beneficiary: budget.beneficiary ?? budget.label,
      actions: budget.totals.actionCount,
      cost: centsToEuros(budget.totals.cost),
      state: centsToEuros(budget.totals.state),
      department: centsToEuros(budget.totals.department),
      stateShare: shares.state,
      departmentShare: shares.department,
      errors,
      warnings,
      unread: gaps,
      remark: (errors > 0 || gaps > 0 ? REMARKS.toCorrect : REMARKS.conform)[lang],
    };
  });
}

/** The row of a workbook that gave no budget: why, in a sentence. */
export function summaryRowWithout(file: string, remark: string, unread: number | null = null): SummaryRow {
  return {
    file,
    sheet: null,
    range: null,
    beneficiary: null,
    actions: null,
    cost: null,
    state: null,
    department: null,
    stateShare: null,
    departmentShare: null,
    errors: null,
    warnings: null,
    unread,
    remark,
  };
}

function cells(row: SummaryRow): TableCell[] {
  return [row.file, row.sheet, row.range, row.beneficiary, row.actions, row.cost, row.state, row.department, row.stateShare, row.departmentShare, row.errors, row.warnings, row.unread, row.remark];
}

// Fixed decimals without grouping, as Excel reads them back from a CSV in the language: "1234,50".
const csvFormats = new Map<string, Intl.NumberFormat>();

function csvNumber(value: number, decimals: number, lang: Lang): string {
  const key = `${lang} ${decimals}`;
  let format = csvFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[lang], { useGrouping: false, minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'negative' });
    csvFormats.set(key, format);
  }
  return format.format(value);
}

/** A CSV field: French Excel reads ";" and the decimal comma, English Excel "," and the point. */
function csvField(value: TableCell, kind: TableColumn['kind'], lang: Lang): string {
  if (value === null) return '';
  let text: string;
  if (typeof value === 'number') {
    text = kind === 'share' ? GRAMMAR[lang].csvPercent(csvNumber(value * 100, 1, lang)) : kind === 'amount' ? csvNumber(value, 2, lang) : plainNumber(value, lang);
  } else text = value;
  // A text that Excel would take for a formula is quoted as text (CSV injection).
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return text.includes(GRAMMAR[lang].csvSeparator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function summaryCsv(rows: readonly SummaryRow[], lang: Lang): string {
  const separator = GRAMMAR[lang].csvSeparator;
  const lines = [HEADERS[lang].map((header) => csvField(header, 'text', lang)).join(separator)];
  for (const row of rows)
    lines.push(
      cells(row)
        .map((value, index) => csvField(value, KINDS[index] ?? 'text', lang))
        .join(separator),
    );
  // The byte order mark tells Excel the file is UTF-8 (accents), CRLF is what it writes.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function summaryXlsx(rows: readonly SummaryRow[], lang: Lang): Uint8Array {
  const columns = HEADERS[lang].map((header, index) => ({ header, kind: KINDS[index] ?? 'text', width: WIDTHS[index] ?? 12 }));
  return writeTableWorkbook(translate(batchText.summarySheet, lang), translate(batchText.summaryTable, lang), columns, rows.map(cells));
}

/** Writes the summary as its name says (.csv or .xlsx) and says so on stderr; the exit status it adds (2 when it cannot be written). */
export function writeSummary(path: string, rows: readonly SummaryRow[], lang: Lang, err: (text: string) => void): number {
  try {
    writeFileSync(path, /\.xlsx$/i.test(path) ? summaryXlsx(rows, lang) : summaryCsv(rows, lang));
  } catch (error) {
    const code = (error as { code?: string }).code ?? translate(batchText.systemError, lang);
    err(`convention-budget: ${translate(batchText.cannotWriteSummary, lang, { file: path, reason: translate(batchText.cannotWrite, lang, { code }) })}\n`);
    return 2;
  }
  err(`${translate(batchText.summaryWritten, lang, { file: path, rows: rows.length })}\n`);
  return 0;
}
