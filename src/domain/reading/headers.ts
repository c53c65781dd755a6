import { type CellValue, cellText } from './cells';

export const FIELDS = ['action', 'axis', 'title', 'cost', 'state', 'department', 'other', 'beneficiary'] as const;
export type Field = (typeof FIELDS)[number];

export const AMOUNT_FIELDS = ['cost', 'state', 'department', 'other'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** Where each field sits: a column index inside the table (0 is the table's first column). */
export type ColumnMap = Partial<Record<Field, number>>;

/**
 * A mapping chosen by hand: for a field, the header text of its column, or null for "this table has
 * no such column" (to undo a wrong guess). Fields left out keep what detection found.
 */
export type ColumnMapping = Partial<Record<Field, string | null>>;

// A unit at the end of a header says nothing of the field: "Coût total (€)", "Part État en euros",
// "Montant total TTC". Thousands ("k€") are refused below: those amounts would be misread. One unit
// at a time, looked for in the header's last characters only, spaces already folded: a pattern
// repeating optional spaces ran for minutes over a long text with long runs of spaces. A match
// always holds its unit, never empty: each turn of the loop below shortens the text.
const UNIT_AT_END = /(?: ?[([])? ?(?:en )?(?:€|(?<![a-z0-9])(?:eur|euros?|ht|ttc)) ?[)\]]? ?$/;
const UNIT_TAIL = 24;
/** A header is a short text: a longer cell is a title, a note or a paragraph, never read as a header. */
export const MAX_HEADER_LENGTH = 200;
// Articles carry no meaning here ("Part de l'État", "Contribution du Département").
const ARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'of', 'the', 'a', 'au', 'aux', 'et', 'and', 'en', 'par', 'pour', 'dans']);

/**
 * A header reduced to what identifies it: no case, accents, punctuation, unit suffix or article.
 * "#" survives, being a header of its own.
 */
export function normalizeHeader(text: string): string {
  let folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’'`´]/g, ' ')
    .replace(/\s+/g, ' ');
  for (let unit = UNIT_AT_END.exec(folded.slice(-UNIT_TAIL)); unit !== null; unit = UNIT_AT_END.exec(folded.slice(-UNIT_TAIL))) {
    folded = folded.slice(0, folded.length - unit[0].length);
  }
  return folded
    .split(/[^a-z0-9#]+/)
    .filter((word) => word !== '' && !ARTICLES.has(word))
    .join(' ');
}

/*
 * The words that name each field, as officers write their headers: "Financement CD", "Part du
 * Conseil départemental", "Cofinancement CD 59", "Subvention État", "Participation État (BOP 304)",
 * "Dépenses éligibles", "Coût prévisionnel", "Libellé de l'action", "N° fiche". A header is read by
 * these words; when it holds words of two fields it is named unclear, never guessed.
 */
const STATE_WORDS = new Set(['etat', 'state', 'bop', 'fnlp', 'prefecture', 'prefet', 'ddets', 'dreets', 'ddcs', 'drjscs', 'dgcs', 'gouvernement', 'government']);
const DEPARTMENT_WORDS = new Set(['departement', 'departements', 'departemental', 'departementale', 'departementaux', 'department', 'cd', 'cg']);
const COST_WORDS = new Set(['cout', 'couts', 'budget', 'budgets', 'depense', 'depenses', 'cost', 'costs', 'expenditure', 'expenses']);
const COST_PAIRS = [
  ['montant', 'total'],
  ['montant', 'eligible'],
  ['total', 'eligible'],
  ['montant', 'previsionnel'],
] as const;
const OTHER_WORDS = new Set(['autre', 'autres', 'other', 'others']);
const AXIS_WORDS = new Set(['axe', 'axes', 'axis']);
const BENEFICIARY_WORDS = new Set(['beneficiaire', 'beneficiaires', 'collectivite', 'collectivites', 'territoire', 'territoires', 'beneficiary']);
const NUMBER_WORDS = new Set(['n', 'no', 'num', 'numero', 'number', 'nr', '#', 'ref', 'reference', 'code', 'id']);
const ACTION_WORDS = new Set(['action', 'actions', 'fiche', 'fiches']);
const TITLE_WORDS = new Set(['intitule', 'intitules', 'libelle', 'libelles', 'titre', 'description', 'title', 'objet', 'designation']);
const PROJECT_WORDS = new Set(['projet', 'projets', 'operation', 'operations', 'project']);
/** Words of funding that point at no financer: "Part", "Financement", "Subvention"… */
const FUNDING_WORDS = new Set([
  'part',
  'parts',
  'contribution',
  'financement',
  'financements',
  'cofinancement',
  'credits',
  'subvention',
  'participation',
  'montant',
  'apport',
  'share',
  'funding',
  'dotation',
]);
/** A percentage, not an amount ("% État", "Taux de participation État"). */
const PERCENT = /%|\b(?:taux|pourcentage|ratio|rate|percent|percentage)\b/i;
/** Amounts in thousands would be misread a thousandfold. */
const THOUSANDS = /k\s*€|\bk\s*eur\b|\bkeur\b|milliers/i;
/** "hors État", "sauf Département", "excluding State": the next word is excluded, not named. */
const NEGATIONS = new Set(['hors', 'sauf', 'excluding', 'except']);

/** What a header names: a field, fields it could name at once (unclear), or nothing. */
export type HeaderReading = { readonly field: Field } | { readonly unclear: readonly Field[] } | null;

/** A cell's text if it may be a header: a short text (spaces folded), never the whole of a long one. */
function headerCandidate(header: CellValue): string | null {
  const raw = cellText(header);
  return raw.length > MAX_HEADER_LENGTH && raw.trim().length > MAX_HEADER_LENGTH ? null : raw;
}

/**
 * A mapped header is found by its normalized words; a header of none ("€", "%") by its own text,
 * or it would be taken for the first blank header.
 */
function mappingKey(header: string): string {
  return normalizeHeader(header) || header.trim();
}

/** "cd59", "bop304": a prefix glued to a number; Corsica's Departments are numbered 2A and 2B. */
function isCode(word: string, prefix: string): boolean {
  // The prefix alone leaves an empty rest, which the pattern refuses.
  return word.startsWith(prefix) && /^(?:\d+|2[ab])$/.test(word.slice(prefix.length));
}

/**
 * Readings of the texts met, by text: every row of a sheet is looked at as a possible header, and a
 * sheet repeats its texts (55 745 rows of 350 shared strings took 0.8 s to read word by word).
 * Bounded: emptied when full.
 */
const readings = new Map<string, HeaderReading>();
const MAX_READINGS = 4_096;

/** Reads a header by its words (DOMAIN.md "Column headers officers actually write"). */
export function readHeader(header: CellValue): HeaderReading {
  // A number, a date, a boolean or an error value names no field: only words do.
  if (typeof header !== 'string') return null;
  const known = readings.get(header);
  if (known !== undefined) return known;
  const reading = readHeaderText(header);
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(header, reading);
  return reading;
}

function readHeaderText(header: CellValue): HeaderReading {
  const raw = headerCandidate(header);
  if (raw === null) return null;
  // A header of no word ("€", "-") leaves one empty word, which no field's words hold: it names none.
  const normalized = normalizeHeader(raw);
  const words: string[] = [];
  let negated = false;
  for (const word of normalized.split(' ')) {
    if (NEGATIONS.has(word)) negated = true;
    else if (negated) negated = false;
    else words.push(word);
  }
  const has = (set: ReadonlySet<string>) => words.some((word) => set.has(word));
  const amounts = new Set<Field>();
  if (has(COST_WORDS) || COST_PAIRS.some(([a, b]) => words.includes(a) && words.includes(b))) amounts.add('cost');
  if (has(STATE_WORDS) || words.some((word) => isCode(word, 'bop'))) amounts.add('state');
  const conseilGeneral = words.includes('conseil') && words.includes('general');
  if (has(DEPARTMENT_WORDS) || conseilGeneral || words.some((word) => isCode(word, 'cd') || isCode(word, 'cg'))) amounts.add('department');
  if (has(OTHER_WORDS)) {
    // "Autres financements": the others, whoever else is named beside them.
    amounts.clear();
    amounts.add('other');
  }
  const beneficiary = has(BENEFICIARY_WORDS);

  if (amounts.size > 0) {
    if (PERCENT.test(raw) || THOUSANDS.test(raw)) return null;
    // "Département bénéficiaire" names the beneficiary; "Part du Département bénéficiaire" an amount.
    if (beneficiary && amounts.size === 1 && amounts.has('department') && !has(FUNDING_WORDS)) return { field: 'beneficiary' };
    if (beneficiary) return { unclear: ['beneficiary', ...amounts] };
    return amounts.size === 1 ? { field: [...amounts][0] as Field } : { unclear: [...amounts] };
  }
  const title = has(TITLE_WORDS);
  if (has(AXIS_WORDS)) return title ? { unclear: ['axis', 'title'] } : { field: 'axis' };
  if (beneficiary) return { field: 'beneficiary' };
  const number = has(NUMBER_WORDS);
  if (number) return title ? { unclear: ['action', 'title'] } : { field: 'action' };
  if (title) return { field: 'title' };
  if (has(ACTION_WORDS)) return { field: 'action' };
  if (has(PROJECT_WORDS)) return { field: 'title' };
  return null;
}

/** The field a header names, or null when it names none or is unclear. */
export function fieldOfHeader(header: CellValue): Field | null {
  const reading = readHeader(header);
  return reading !== null && 'field' in reading ? reading.field : null;
}

export interface DetectedColumns {
  readonly columns: ColumnMap;
  /** Fields that two or more columns could be: none of them is read until the officer maps one. */
  readonly ambiguous: ReadonlyArray<{ readonly field: Field; readonly columns: readonly number[] }>;
  /** Columns whose header names two fields at once ("Coût État"): not read. */
  readonly unclear: ReadonlyArray<{ readonly column: number; readonly fields: readonly Field[] }>;
}

/**
 * Finds each field's column in a header row: a hand mapping first, then the header's words. A field
 * that two columns could be, and a column that could be two fields, are reported and not read.
 */
export function detectColumns(headers: readonly CellValue[], mapping: ColumnMapping = {}): DetectedColumns {
  const columns: ColumnMap = {};
  const taken = new Set<number>();
  // A field mapped by hand is settled: to its column, or to none. A mapped header that is no
  // longer in the table (renamed since) falls back to detection rather than losing the column.
  const settled = new Set<Field>();
  // Every row of a sheet is looked at as a possible header: headers are normalized for a mapping only.
  let normalized: string[] | null = null;

  for (const field of FIELDS) {
    const wanted = mapping[field];
    if (wanted === undefined) continue;
    if (wanted === null) {
      settled.add(field);
      continue;
    }
    normalized ??= headers.map((header) => {
      const text = headerCandidate(header);
      return text === null ? '' : mappingKey(text);
    });
    const column = normalized.indexOf(mappingKey(wanted));
    if (column >= 0 && !taken.has(column)) {
      columns[field] = column;
      taken.add(column);
      settled.add(field);
    }
  }

  const candidates = new Map<Field, number[]>();
  const unclear: Array<{ column: number; fields: readonly Field[] }> = [];
  headers.forEach((header, column) => {
    if (taken.has(column)) return;
    const reading = readHeader(header);
    if (reading === null) return;
    if ('unclear' in reading) {
      const open = reading.unclear.filter((field) => !settled.has(field));
      if (open.length > 0) unclear.push({ column, fields: open });
      return;
    }
    if (settled.has(reading.field)) return;
    const list = candidates.get(reading.field) ?? [];
    list.push(column);
    candidates.set(reading.field, list);
  });
  const ambiguous: Array<{ field: Field; columns: readonly number[] }> = [];
  for (const field of FIELDS) {
    const found = candidates.get(field);
    if (found === undefined) continue;
    if (found.length === 1) columns[field] = found[0];
    else ambiguous.push({ field, columns: found });
  }
  return { columns, ambiguous, unclear };
}

/** A budget table has at least a total-cost and a State column (DOMAIN.md). */
export function isBudgetHeader(columns: ColumnMap): boolean {
  return columns.cost !== undefined && columns.state !== undefined;
}

/** A mapping that names one column for two fields: the fields in conflict, or null. */
export function mappingConflict(mapping: ColumnMapping): { readonly header: string; readonly fields: readonly Field[] } | null {
  const byHeader = new Map<string, Field[]>();
  for (const field of FIELDS) {
    const header = mapping[field];
    if (header === undefined || header === null || header.trim() === '') continue;
    const key = normalizeHeader(header);
    byHeader.set(key, [...(byHeader.get(key) ?? []), field]);
  }
  for (const [, fields] of byHeader) {
    if (fields.length > 1) return { header: mapping[fields[0] as Field] as string, fields };
  }
  return null;
}
