/**
 * Writes test/fixtures/conventions-docx/*.docx: conventions saved by LibreOffice Writer itself. Each
 * source (HTML for the layouts a person builds with lists and formatting, plain text for a PDF pasted
 * line by line) is opened by LibreOffice and saved as .docx (`soffice --headless --convert-to docx`),
 * so every part of the result is Writer's: its runs, its numbering, its styles, its settings.
 * Needs LibreOffice (Debian: apt-get install libreoffice-writer-nogui); the tests read the committed
 * files. Run: npx tsx scripts/make-convention-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(__dirname, '../test/fixtures/conventions-docx');
const work = mkdtempSync(join(tmpdir(), 'convention-fixtures-'));
mkdirSync(out, { recursive: true });
const NB = '\u00a0';

const page = (body: string) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Convention</title></head><body>${body}</body></html>`;

/** Before the articles: a title, a recital, and a table whose cells' paragraphs come first in the document. */
const OPENING = `
<h1>CONVENTION ATTRIBUTIVE DE SUBVENTION AU CONSEIL DEPARTEMENTAL</h1>
<p>VU la loi 2021-1900 du 30 décembre 2021 de finances pour 2022 ;</p>
<table border="1"><tr><td>Code banque</td><td>Code guichet</td><td>N° de compte</td></tr><tr><td>30001</td><td>00064</td><td>0000A000000</td></tr></table>
<h2>ARTICLE 3 – Conditions de détermination du coût du projet</h2>`;

const NORD_ITEMS = [
  'Action 1 (axe 2) : Mettre en <i>œuv</i>re, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage pour un montant de <b>45 139 €</b>',
  'Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de <b>70 854 €</b>',
  'Action 3 (axe 2) : Développer la mobilisation des internats scolaires comme outil de prévention pour un montant de <b>42 181 €</b>',
  'Action 4 (axe 1) : Renforcer les clauses sociales d’insertion au service de l’ERBM pour un montant de <b>54 460 €</b>',
  `Action 5 (axe 1) : Développer une plate-forme «${NB}Mobilité inclusive${NB}» pour un montant de <b>60 000 €</b>`,
  'Action 6 (axe 2) : Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations complexes d’enfants de l’ASE pour un montant de <b>227 366 €</b>',
];

const CLOSING = `
<p>4.2 Les contributions figurant aux 4.1, ne peuvent se substituer aux dépenses existantes du Conseil Départemental.</p>
<p>4.3 Les contributions figurant aux 4.1, interviennent en cofinancement à hauteur de 50 % maximum de chacune des actions rattachées.</p>
<h2>ARTICLE 5 – Modalités de versement de la contribution financière</h2>
<p>5.1 Sous réserve de l’inscription des crédits de paiement en loi de finances, l’administration procède au paiement de la subvention en un seul versement.</p>
<p>Fait à Arras, le 17 octobre 2022</p>`;

function convention(cost: string, heading: string, list: string): string {
  return page(`${OPENING}
<p>3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à ${cost}, conformément aux annexes 1 et 2 de la convention.</p>
<p>3.2 Les coûts à prendre en considération comprennent tous les coûts occasionnés par la mise en œuvre de l’action.</p>
<h2>ARTICLE 4 – Conditions de détermination de la contribution financière</h2>
<p>4.1 ${heading}</p>
${list}${CLOSING}`);
}

const seed = readFileSync(join(__dirname, '../test/fixtures/seed/convention-bassin-minier-2022-deliberation.txt'), 'utf8');
const financial = seed.slice(seed.indexOf('BOP 304 CONV-ERBM2022'), seed.indexOf('DEPARTEMENT DU PAS-DE-CALAIS\n\nPôle Solidarités'));

const sources: Record<string, string> = {
  // The Nord's financial convention as a person lays it out in Word: the items a bulleted list, the amounts in bold, a word split by italics.
  'convention-nord-2022.html': convention(
    '1 745 883 EUR',
    'Pour l’année 2022, l’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :',
    `<ul>${NORD_ITEMS.map((item) => `<li>${item}</li>`).join('')}</ul>`,
  ),
  // The seed's Pas-de-Calais financial convention as a PDF pasted into Writer, one paragraph per line: it lists the Nord's actions.
  'convention-pas-de-calais-2022.txt': financial,
  // Differences planted in a numbered list (the numbers are Writer's), and spellings that are no difference.
  'convention-ecarts.html': convention(
    '1 700 000 EUR',
    'Pour l’année 2022, l’administration contribue financièrement pour un montant de 490 000 €, pour les actions suivantes :',
    `<ol>${[
      "Action 1 (axe 2) : Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l'apprentissage du  langage. pour un montant de 45.139 EUR",
      'Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 26 000 €',
      'Action 3 (axe 2) : Développer la mobilisation des collèges comme outil de prévention pour un montant de 42 181 €',
      'Action 4 (axe ) : Renforcer les clauses sociales d’insertion au service de l’ERBM pour un montant de 54 460 €',
      'Action 6 (axe 2) : Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations complexes d’enfants de l’ASE pour un montant de 227 366 €',
      'Action 7 (axe 1) : Soutien à la parentalité (crèche AVIP) pour un montant de 45 000 €',
    ]
      .map((item) => `<li>${item}</li>`)
      .join('')}</ol>`,
  ),
};

for (const [name, text] of Object.entries(sources)) writeFileSync(join(work, name), text);
const converted = join(work, 'converted');
mkdirSync(converted);
for (const name of Object.keys(sources)) {
  const filter = name.endsWith('.txt') ? 'docx:MS Word 2007 XML' : 'docx:MS Word 2007 XML';
  const input = name.endsWith('.txt') ? ['--infilter=Text (encoded):UTF8,LF,,,'] : ['--infilter=HTML (StarWriter)'];
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, ...input, '--convert-to', filter, '--outdir', converted, join(work, name)], {
    stdio: 'inherit',
  });
  const docx = name.replace(/\.(html|txt)$/, '.docx');
  copyFileSync(join(converted, docx), join(out, docx));
  console.log(`test/fixtures/conventions-docx/${docx}`);
}
