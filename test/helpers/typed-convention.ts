import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed's articles 3.1 and 4.1 as an officer types them in Word: one paragraph per item (the Nord's six actions). */
export const TYPED_CONVENTION: readonly string[] = [
  'ARTICLE 3 – Conditions de détermination du coût du projet',
  '3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1 745 883 EUR, conformément aux annexes 1 et 2.',
  'ARTICLE 4 – Conditions de détermination de la contribution financière',
  '4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :',
  '',
  '- Action 1 (axe 2) : Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage pour un montant de 45 139 €',
  '- Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 70 854 €',
  '- Action 3 (axe 2) : Développer la mobilisation des internats scolaires comme outil de prévention pour un montant de 42 181 €',
  '- Action 4 (axe 1) : Renforcer les clauses sociales d’insertion au service de l’ERBM pour un montant de 54 460 €',
  '- Action 5 (axe 1) : Développer une plate-forme « Mobilité inclusive » pour un montant de 60 000 €',
  '- Action 6 (axe 2) : Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations complexes d’enfants de l’ASE pour un montant de 227 366 €',
  '4.2 Les contributions figurant aux 4.1, ne peuvent se substituer aux dépenses existantes du Conseil Départemental.',
];

/** The seed's financial convention as a PDF opened in Word gives it: a paragraph per line, items broken over lines. */
export function seedPdfParagraphs(): string[] {
  const seed = readFileSync(join(__dirname, '../fixtures/seed/convention-bassin-minier-2022-deliberation.txt'), 'utf8');
  return seed.slice(seed.indexOf('BOP 304 CONV-ERBM2022')).split('\n');
}
