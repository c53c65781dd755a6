import type { Bilingual } from '../domain';

/** What the command line prints, French first, English second. */
export const reportText = {
  rules: { fr: 'Règles : {profile}', en: 'Rules: {profile}' },
  heading: { fr: 'Vérification de « {file} » : {budgets}, {errors}, {warnings}', en: 'Check of “{file}”: {budgets}, {errors}, {warnings}' },
  budgetOne: { fr: '{count} budget', en: '{count} budget' },
  budgetMany: { fr: '{count} budgets', en: '{count} budgets' },
  errorOne: { fr: '{count} erreur', en: '{count} error' },
  errorMany: { fr: '{count} erreurs', en: '{count} errors' },
  warningOne: { fr: '{count} avertissement', en: '{count} warning' },
  warningMany: { fr: '{count} avertissements', en: '{count} warnings' },
  actionOne: { fr: '{count} action', en: '{count} action' },
  actionMany: { fr: '{count} actions', en: '{count} actions' },
  budgetPlace: { fr: 'feuille « {sheet} », cellules {range}', en: 'sheet “{sheet}”, cells {range}' },
  budgetTable: { fr: 'tableau {table}', en: 'table {table}' },
  costLine: { fr: '{actions} · coût total {cost}', en: '{actions} · total cost {cost}' },
  sharesLine: {
    fr: 'État {state} ({stateShare}) · Département {department} ({departmentShare}) · autres financements {other} ({otherShare})',
    en: 'State {state} ({stateShare}) · Department {department} ({departmentShare}) · other funding {other} ({otherShare})',
  },
  excludedOne: { fr: '{count} ligne exclue des totaux et de l’article {article} : un montant y est illisible ou manquant.', en: '{count} row left out of the totals and of article {article}: an amount in it cannot be read or is missing.' },
  excludedMany: { fr: '{count} lignes exclues des totaux et de l’article {article} : un montant y est illisible ou manquant.', en: '{count} rows left out of the totals and of article {article}: an amount in them cannot be read or is missing.' },
  hiddenOne: { fr: '{count} ligne masquée (ou filtrée) est comptée.', en: '{count} hidden (or filtered) row is counted.' },
  hiddenMany: { fr: '{count} lignes masquées (ou filtrées) sont comptées.', en: '{count} hidden (or filtered) rows are counted.' },
  missingColumns: { fr: 'Colonnes absentes : {columns}.', en: 'Missing columns: {columns}.' },
  conform: { fr: 'Conforme : aucune anomalie.', en: 'Compliant: nothing to correct.' },
  findingsHeading: { fr: 'Constats :', en: 'Findings:' },
  error: { fr: 'ERREUR', en: 'ERROR' },
  warning: { fr: 'ALERTE', en: 'WARNING' },
  wholeBudget: { fr: 'budget', en: 'budget' },
  noBudget: {
    fr: 'Aucun budget lu : il faut une ligne d’en-tête avec au moins une colonne « Coût total » et une colonne « Part État ». Rien n’est vérifié.',
    en: 'No budget read: a header row needs at least a “Total cost” and a “State” column. Nothing is checked.',
  },
  notRead: { fr: 'Non lu — à regarder :', en: 'Not read — to look at:' },
} satisfies Record<string, Bilingual>;
