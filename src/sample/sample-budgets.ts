import type { CellValue } from '../domain';

/**
 * The built-in sample: the 2022 "Bassin minier" convention's two beneficiaries. The Nord sheet is
 * DOMAIN.md's illustrative table (the seed's six actions and State amounts, made-up costs); the
 * Pas-de-Calais sheet holds the six Pas-de-Calais actions of the seed with made-up amounts. Both obey
 * every rule, and each one's State column adds up to its 500 000 € envelope.
 */

export const SAMPLE_YEAR = 2022;
export const SAMPLE_ENVELOPE_CENTS = 50_000_000;

export interface SampleSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
}

export const NORD_SHEET: SampleSheet = {
  name: 'Nord',
  rows: [
    ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
    [1, 2, 'Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage', 160000, 45139, 114861],
    [2, 2, 'Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146],
    [3, 2, 'Développer la mobilisation des internats scolaires comme outil de prévention', 95000, 42181, 52819],
    [4, 1, 'Renforcer les clauses sociales d’insertion au service de l’ERBM', 130000, 54460, 75540],
    [5, 1, 'Développer une plate-forme « Mobilité inclusive »', 120000, 60000, 60000],
    [6, 2, 'Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations complexes d’enfants de l’ASE', 1060883, 227366, 833517],
  ],
};

export const PAS_DE_CALAIS_SHEET: SampleSheet = {
  name: 'Pas-de-Calais',
  rows: [
    ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département', 'Autres financements'],
    [1, 1, 'Mobiliser la clause d’insertion au service de l’ERBM', 200000, 80000, 120000, null],
    [2, 1, 'Développer des actions d’insertion spécifiques périmètre ERBM', 190000, 95000, 95000, null],
    [3, 2, 'Prévenir les sorties sèches ASE – mise en place du « Pack Inclusion »', 260000, 110000, 150000, null],
    [4, 2, 'Soutien à la parentalité (crèche AVIP)', 100000, 45000, 55000, null],
    [5, 2, 'Accompagnement autonome au logement des jeunes en difficultés', 150000, 70000, 80000, null],
    [6, 2, 'Solution logement pour les jeunes majeurs ayant eu un parcours institutionnel ASE', 240000, 100000, 110000, 30000],
  ],
};

export const SAMPLE_SHEETS: readonly SampleSheet[] = [NORD_SHEET, PAS_DE_CALAIS_SHEET];
