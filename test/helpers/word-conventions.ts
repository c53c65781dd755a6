import type { ParagraphInit } from './fake-word';

/**
 * The seed's Pas-de-Calais financial convention (shared/seeds/convention-bassin-minier-2022-deliberation.txt)
 * as Word holds it once the PDF's line breaks are gone: one paragraph per sentence, the items typed
 * with "- " and a blank paragraph between them, the amounts written as the seed writes them
 * ("500.000 EUR", "54 460 €"). A table of commitments (label | value) as officers add one.
 */
export const SEED_CONVENTION: readonly ParagraphInit[] = [
  { text: 'CONVENTION FINANCIÈRE 2022 — Département du Pas-de-Calais', style: 'Title' },
  { text: 'ARTICLE 2 – Durée de la convention', style: 'Heading 1' },
  { text: 'La convention est conclue pour l’année 2022, elle se termine le 31 décembre.' },
  { text: 'ARTICLE 3 – Conditions de détermination du coût du projet', style: 'Heading 1' },
  { text: '3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1 745 883 EUR, conformément aux annexes 1 et 2 de la convention citée à l’article 1.' },
  { text: '3.2 Les coûts à prendre en considération comprennent tous les coûts occasionnés par la mise en œuvre de l’action.' },
  { text: 'ARTICLE 4 – Conditions de détermination de la contribution financière', style: 'Heading 1' },
  { text: '4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :' },
  { text: '' },
  { text: '- Action 1 (axe 2) : Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage pour un montant de 45 139 €' },
  { text: '' },
  { text: '- Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 70 854 €' },
  { text: '' },
  { text: '- Action 3 (axe 2) : Développer la mobilisation des internats scolaires comme outil de prévention pour un montant de 42 181 €' },
  { text: '' },
  { text: '- Action 4 (axe 1) : Renforcer les clauses sociales d’insertion au service de l’ERBM pour un montant de 54 460 €' },
  { text: '' },
  { text: '- Action 5 (axe 1) : Développer une plate-forme « Mobilité inclusive » pour un montant de 60 000 €' },
  { text: '' },
  { text: '- Action 6 (axe 2) : Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations complexes d’enfants de l’ASE pour un montant de 227 366 €' },
  { text: '' },
  { text: '4.2 Les contributions figurant aux 4.1, ne peuvent se substituer aux dépenses existantes du Conseil Départemental.' },
  { text: '4.3 Les contributions figurant aux 4.1, interviennent en cofinancement à hauteur de 50 % maximum de chacune des actions rattachées.' },
  { text: 'Engagements financiers', style: 'Heading 2' },
  { text: 'Taux maximal de participation de l’État', cell: { table: 1, row: 0, cell: 0 } },
  { text: '50 % du coût de chaque action', cell: { table: 1, row: 0, cell: 1 } },
  { text: 'Contribution de l’État pour 2022', cell: { table: 1, row: 1, cell: 0 } },
  { text: '500 000 €', cell: { table: 1, row: 1, cell: 1 } },
  { text: 'Fait à Arras, le 3 octobre 2022' },
];

/** Positions of the seed convention's paragraphs the tests name. */
export const SEED_AT = { cost: 4, heading: 7, action1: 9, action2: 11, action4: 15, action6: 19, after: 21 } as const;
