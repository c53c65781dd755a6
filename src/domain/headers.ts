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

const SYNONYMS: Record<Field, readonly string[]> = {
  action: ['Action', 'N°', 'N° action', 'Numéro', 'Numéro action', 'Num', 'Num action', '#', 'No', 'N°/Action'],
  axis: ['Axe', 'Axe stratégique', 'Axis', 'Strategic axis'],
  title: ['Intitulé', 'Libellé', 'Titre', 'Action (intitulé)', 'Description', 'Title', 'Intitulé action', 'Libellé action', 'Action title'],
  cost: ['Coût total', 'Coût total éligible', 'Coût éligible', 'Budget total', 'Montant total', 'Total cost', 'Eligible cost', 'Total eligible cost'],
  state: ['État', 'Part État', 'Contribution État', 'Crédits État', 'Financement État', 'State', 'State share', 'State contribution', 'State funding'],
  department: ['Département', 'Part Département', 'Contribution Département', 'CD', 'Part CD', 'Financement Département', 'Crédits Département', 'Department', 'Department share', 'Department contribution', 'Department funding'],
  other: ['Autres', 'Autres financements', 'Autre financement', 'Autres financeurs', 'Other', 'Other funding', 'Other financing'],
  beneficiary: ['Bénéficiaire', 'Collectivité', 'Territoire', 'Beneficiary'],
};

// A unit at the end of a header says nothing of the field: "Coût total (€)", "Part État en euros",
// "Montant total TTC". Thousands ("k€") are not stripped: those amounts would be misread.
const UNIT_SUFFIX = /(?:\s*[([]?\s*(?:en\s+)?(?:€|eur|euros?|ht|ttc)\s*[)\]]?\s*)+$/;
// Articles carry no meaning here ("Part de l'État", "Contribution du Département").
const ARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'l', 'd', 'of', 'the']);

/**
 * A header reduced to what identifies it: no case, accents, punctuation, unit suffix or article.
 * "#" survives, being a header of its own.
 */
export function normalizeHeader(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’'`´]/g, ' ')
    .trim()
    .replace(UNIT_SUFFIX, '');
  return folded
    .split(/[^a-z0-9#]+/)
    .filter((word) => word !== '' && !ARTICLES.has(word))
    .join(' ');
}

const FIELD_BY_HEADER: ReadonlyMap<string, Field> = new Map(
  FIELDS.flatMap((field) => SYNONYMS[field].map((header) => [normalizeHeader(header), field] as const)),
);

/** The field a header names by DOMAIN.md's synonyms, or null. */
export function fieldOfHeader(header: CellValue): Field | null {
  return FIELD_BY_HEADER.get(normalizeHeader(cellText(header))) ?? null;
}

export interface DetectedColumns {
  readonly columns: ColumnMap;
  /** Columns whose header names a field that an earlier column already took. */
  readonly duplicates: ReadonlyArray<{ readonly field: Field; readonly column: number }>;
}

/**
 * Finds each field's column in a header row: a hand mapping first, then the synonyms. The first
 * column that names a field takes it; a later one is reported as a duplicate and ignored.
 */
export function detectColumns(headers: readonly CellValue[], mapping: ColumnMapping = {}): DetectedColumns {
  const columns: ColumnMap = {};
  const duplicates: Array<{ field: Field; column: number }> = [];
  const taken = new Set<number>();
  // A field mapped by hand is settled: to its column, or to none. A mapped header that is no
  // longer in the table (renamed since) falls back to detection rather than losing the column.
  const settled = new Set<Field>();
  const normalized = headers.map((header) => normalizeHeader(cellText(header)));

  for (const field of FIELDS) {
    const wanted = mapping[field];
    if (wanted === undefined) continue;
    if (wanted === null) {
      settled.add(field);
      continue;
    }
    const column = normalized.indexOf(normalizeHeader(wanted));
    if (column >= 0 && !taken.has(column)) {
      columns[field] = column;
      taken.add(column);
      settled.add(field);
    }
  }

  normalized.forEach((header, column) => {
    if (taken.has(column)) return;
    const field = FIELD_BY_HEADER.get(header);
    if (field === undefined || settled.has(field)) return;
    if (columns[field] === undefined) columns[field] = column;
    else duplicates.push({ field, column });
  });
  return { columns, duplicates };
}

/** A budget table has at least a total-cost and a State column (DOMAIN.md). */
export function isBudgetHeader(columns: ColumnMap): boolean {
  return columns.cost !== undefined && columns.state !== undefined;
}
