import { outsideQuotes, rewriteOutsideQuotes } from '../workbook/formula-pieces';
import { FRENCH_BOOLEAN_FUNCTIONS } from './boolean-names';

/**
 * Formulas as a French officer types them, written as the file keeps them: French Excel shows
 * "=SOMME(D4:D9;1,5)" where the file holds "SUM(D4:D9,1.5)". The names officers use in budgets are
 * translated; a name not listed is kept (the engine then says it cannot compute it).
 */
const FRENCH_FUNCTIONS: Readonly<Record<string, string>> = {
  SOMME: 'SUM',
  'SOMME.SI': 'SUMIF',
  'SOMME.SI.ENS': 'SUMIFS',
  SOMMEPROD: 'SUMPRODUCT',
  'SOUS.TOTAL': 'SUBTOTAL',
  MOYENNE: 'AVERAGE',
  NB: 'COUNT',
  NBVAL: 'COUNTA',
  'NB.SI': 'COUNTIF',
  'NB.VIDE': 'COUNTBLANK',
  SI: 'IF',
  SIERREUR: 'IFERROR',
  ET: 'AND',
  OU: 'OR',
  NON: 'NOT',
  ARRONDI: 'ROUND',
  'ARRONDI.INF': 'ROUNDDOWN',
  'ARRONDI.SUP': 'ROUNDUP',
  ENT: 'INT',
  RECHERCHEV: 'VLOOKUP',
  RECHERCHEH: 'HLOOKUP',
  INDEX: 'INDEX',
  EQUIV: 'MATCH',
  CONCATENER: 'CONCATENATE',
  GAUCHE: 'LEFT',
  DROITE: 'RIGHT',
  STXT: 'MID',
  NBCAR: 'LEN',
  TEXTE: 'TEXT',
  CNUM: 'VALUE',
  AUJOURDHUI: 'TODAY',
  ANNEE: 'YEAR',
  MOIS: 'MONTH',
  JOUR: 'DAY',
  ...FRENCH_BOOLEAN_FUNCTIONS,
};

/** Names and separators are translated outside string literals and quoted sheet names. */
export function formulaOfTyped(typed: string): string {
  const french = outsideQuotes(typed).some((piece) => piece.includes(';'));
  return rewriteOutsideQuotes(typed, (piece) => {
    let out = piece.replace(
      /([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9.]*)(?=\s*\()/g,
      (name: string) =>
        FRENCH_FUNCTIONS[
          name
            .toUpperCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
        ] ?? name,
    );
    // With ";" between arguments, a comma between digits is a decimal comma.
    if (french) out = out.replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ',');
    return out;
  });
}
