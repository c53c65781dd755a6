import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_PROFILE, capOf, checkWorkbook, clauseOf, comparePercent, type ConventionProfile, parseProfileJson, percentOf, profileToJson, readProfile, resolveProfile } from '../../src/domain';
import { profileJsonErrorSentence } from '../../src/i18n/profile-text';
import { nordWorkbook, plainSheet, workbookOf } from '../helpers/workbooks';
import { PROFILE_80_30, PROFILE_BUDGET_ROWS } from '../helpers/profile-budget';
import { findingText } from '../../src/i18n/finding-text';
import { profileSummary } from '../../src/i18n/convention-sentences';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');
const SEED = fixture('seed/convention-bassin-minier-2022-deliberation.txt');

function profile80(): ConventionProfile {
  const parsed = parseProfileJson(PROFILE_80_30);
  if (!('profile' in parsed)) throw new Error(JSON.stringify(parsed.error));
  return parsed.profile;
}

describe('the seed read into a profile', () => {
  const reading = readProfile(SEED);

  test('equals the built-in profile, value for value', () => {
    expect(reading.conflicts).toEqual([]);
    expect(profileToJson(reading.profile)).toEqual(profileToJson(BUILT_IN_PROFILE));
  });

  test('each value comes from the sentence of the convention that gives it', () => {
    const sentence = (key: keyof typeof reading.sources) => reading.sources[key]?.sentence;
    expect(sentence('stateCapPercent')).toBe('4.3 Les contributions figurant aux 4.1, interviennent en cofinancement à hauteur de 50 % maximum de chacune des actions rattachées.');
    expect(sentence('matchingRatio')).toBe(
      'Les Départements s’engagent à consacrer aux actions décrites à l’art 2.1 des financements au moins équivalents dans leurs montants à ceux qui leur sont accordés pour ces actions par l’État au titre de la présente convention.',
    );
    expect(sentence('envelopes')).toBe(
      'Au titre de l’année 2022, le soutien financier de l’État s’élève à un montant de 1 000 000 € réparti à part égale entre le Département du Pas-de-Calais (500 000 €) et le Département du Nord (500 000 €).',
    );
    const heading = '4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :';
    expect(sentence('envelope')).toBe(heading);
    expect(sentence('year')).toBe(heading);
    expect(sentence('listArticle')).toBe(heading);
    expect(sentence('costArticle')).toMatch(/^3\.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1 745 883 EUR, conformément/);
    expect(sentence('name')).toBe('CONVENTION BASSIN MINIER DU NORD ET DU PAS-DE-CALAIS,');
  });

  test('places point into the text: the line holds the start of the sentence', () => {
    const source = reading.sources.stateCapPercent!;
    expect(SEED.split('\n')[source.line - 1]).toContain('4.3 Les contributions figurant aux 4.1');
    expect(SEED.slice(source.offset, source.offset + 20)).toBe('4.3 Les contribution');
  });

  test('what the seed does not say keeps the default, and is said', () => {
    expect(reading.missing).toEqual(['matchingScope']);
    expect(reading.profile.matching.scope).toBe('action');
  });

  test('under the profile read from the seed, the clause is the seed’s word for word', () => {
    const [budget] = checkWorkbook(nordWorkbook()).budgets;
    const read = clauseOf(budget!, { year: 2022, profile: reading.profile });
    const builtIn = clauseOf(budget!, { year: 2022, envelope: 50_000_000 });
    expect(read.text).toBe(builtIn.text);
    expect(read.heading).toBe('4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500\u202f000\u00a0€, pour les actions suivantes\u00a0:');
    expect(read.costText).toBe('3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1\u202f745\u202f883\u00a0€.');
  });
});

describe('conventions written in the same style, with other values', () => {
  test.each([
    ['one tab', '\t'],
    ['two tabs, as Word copies a table with an empty column', '\t\t'],
  ])('a table of envelopes per Department and per year (%s): the column of the text’s year is read', (_, tab) => {
    const table = (year: string) =>
      readProfile(
        [
          'Article 4 – Contribution de l’État',
          '',
          `Pour l’année ${year}, l’État contribue financièrement aux actions des Départements.`,
          '',
          ['Bénéficiaire', 'Contribution de l’État 2024', 'Contribution de l’État 2025'].join(tab),
          ['Département du Nord', '450 000 €', '470 000 €'].join(tab),
          ['Département du Pas-de-Calais', '300 000 €', '320 000 €'].join(tab),
        ].join('\n'),
      );
    expect(table('2025').conflicts).toEqual([]);
    expect(profileToJson(table('2025').profile).envelopes).toEqual({ 'Département du Nord': 470000, 'Département du Pas-de-Calais': 320000 });
    expect(profileToJson(table('2024').profile).envelopes).toEqual({ 'Département du Nord': 450000, 'Département du Pas-de-Calais': 300000 });
  });

  test('one indicative row for the next year: the envelope is the text’s year’s, the row another year’s', () => {
    const reading = readProfile(
      [
        'Article 4 – Contribution de l’État',
        '',
        'La présente convention est conclue au titre de l’exercice 2021.',
        '',
        'Le soutien financier de l’État s’élève à 842 000 €.',
        '',
        'Tranche\tContribution prévisionnelle de l’État',
        '2022\t900 000 €',
      ].join('\n'),
    );
    expect(reading.conflicts).toEqual([]);
    expect(profileToJson(reading.profile)).toMatchObject({ year: 2021, envelope: 842000 });
  });

  test('a multi-year table whose rows say « pour 2024 », « pour 2025 »: the year is the text’s, the envelope the row of that year', () => {
    const reading = readProfile(
      [
        'Article 4 – Contribution de l’État',
        '',
        'Pour l’année 2025, l’État contribue financièrement aux actions suivantes, dans la limite de 50 % du coût de chaque action.',
        '',
        'Tranche\tMontant',
        'Contribution de l’État pour 2024\t400 000 €',
        'Contribution de l’État pour 2025\t420 000 €',
      ].join('\n'),
    );
    expect(reading.conflicts).toEqual([]);
    expect(profileToJson(reading.profile)).toMatchObject({ year: 2025, envelope: 420000 });
  });

  test('Somme 2024: 80 % cap, Department 30 % of the cost per action, one envelope, articles 5.1 and 4.2', () => {
    const reading = readProfile(fixture('conventions/convention-somme-2024.txt'));
    expect(reading.conflicts).toEqual([]);
    expect(profileToJson(reading.profile)).toMatchObject({
      name: 'Convention Somme 2024',
      year: 2024,
      stateCapPercent: 80,
      stateCapEqualAllowed: true,
      matchingRatio: null,
      departmentMinPercent: 30,
      matchingScope: 'action',
      envelope: 312500,
      envelopes: {},
      listArticle: '5.1',
      costArticle: '4.2',
    });
    expect(reading.sources.stateCapPercent?.sentence).toBe('La participation de l’État est versée dans la limite de 80 % du coût de chaque action retenue.');
    expect(reading.sources.departmentMinPercent?.sentence).toBe('Le Département apporte un cofinancement au moins égal à 30 % du coût total de chacune des actions.');
    // A recital ("Vu … 2021") is another document's year, not this convention's.
    expect(reading.sources.year?.sentence).toMatch(/^5\.1 Au titre de l’exercice 2024/);
    expect(reading.profile.sentences.listItem).toBe('Fiche {number}[ (axe {axis})] : {title} à hauteur de {amount}');
  });

  test('Bassin minier amendment 2023: "n’excède pas 50 %", matching at half the State’s, in total, an envelope per Department', () => {
    const reading = readProfile(fixture('conventions/avenant-bassin-minier-2023.txt'));
    expect(reading.conflicts).toEqual([]);
    expect(profileToJson(reading.profile)).toMatchObject({
      name: 'Convention Bassin minier 2023',
      year: 2023,
      stateCapPercent: 50,
      matchingRatio: 0.5,
      departmentMinPercent: null,
      matchingScope: 'total',
      envelope: 550000,
      listArticle: '4.1',
      costArticle: '3.1',
      envelopes: { 'Département du Nord': 450000, 'Département du Pas-de-Calais': 550000 },
    });
    expect(reading.missing).toEqual([]);
  });

  test('Aisne 2025: a strict 60 % cap, matching in total, articles 6.2 and 6.1, items without an axis', () => {
    const reading = readProfile(fixture('conventions/convention-aisne-2025.txt'));
    expect(reading.conflicts).toEqual([]);
    expect(profileToJson(reading.profile)).toMatchObject({
      year: 2025,
      stateCapPercent: 60,
      stateCapEqualAllowed: false,
      matchingRatio: 1,
      matchingScope: 'total',
      envelope: 275000,
      listArticle: '6.2',
      costArticle: '6.1',
    });
    expect(reading.sources.stateCapPercent?.sentence).toBe('La part de l’État doit rester inférieure à 60 % du coût de chaque projet ; au-delà, le projet n’est pas éligible.');
    const budget = checkWorkbook(
      workbookOf(
        plainSheet('Aisne', [
          ['N°', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
          ['A1', 'Créer une plateforme de mobilité', 160000, 80000, 80000],
        ]),
      ),
      { profile: reading.profile },
    );
    // 50 % passes a strict cap of 60 %; the State column is under the 275 000 € envelope.
    expect(budget.findings.map((finding) => finding.rule)).toEqual(['envelope']);
    const clause = clauseOf(budget.budgets[0]!, { year: 2025, profile: reading.profile });
    expect(clause.items).toEqual(['Projet A1\u00a0: Créer une plateforme de mobilité pour un montant de 80\u202f000\u00a0€']);
    expect(clause.heading.startsWith('6.2 Pour l’année 2025, l’État contribue financièrement pour un montant de 275\u202f000\u00a0€')).toBe(true);
    expect(clause.costText).toBe('6.1 Le coût total éligible des projets est évalué à 160\u202f000\u00a0€.');
  });

  test('two sentences giving different caps: both shown, neither applied', () => {
    const reading = readProfile(fixture('conventions/convention-contradictoire.txt'));
    expect(reading.conflicts).toHaveLength(1);
    const [conflict] = reading.conflicts;
    expect(conflict?.key).toBe('stateCapPercent');
    expect(conflict?.candidates.map((candidate) => candidate.shown)).toEqual(['50\u00a0%', '80\u00a0%']);
    expect(conflict?.candidates[1]?.sentence).toContain('dans la limite de 80 % du coût de chaque action');
    expect(reading.sources.stateCapPercent).toBeUndefined();
    expect(reading.missing).not.toContain('stateCapPercent');
  });

  test('a text with no financial clause gives nothing, says so, and nothing of 2022 is applied unasked', () => {
    const reading = readProfile('Compte rendu de la réunion du comité de pilotage.');
    expect(reading.missing).toEqual(expect.arrayContaining(['stateCapPercent', 'matchingRatio', 'envelope', 'year', 'listArticle', 'costArticle']));
    const resolved = resolveProfile(reading);
    expect('profile' in resolved && resolved.unresolved).toEqual(['year', 'stateCapPercent', 'matchingRatio', 'matchingScope', 'envelope', 'listArticle', 'costArticle', 'sentences']);
  });
});

describe('rules under a profile', () => {
  const workbook = () => workbookOf(plainSheet('Somme', PROFILE_BUDGET_ROWS));

  test('the budget passes under the seed’s profile and fails under 80 % / 30 % of the cost', () => {
    expect(checkWorkbook(workbook()).findings).toEqual([]);
    const result = checkWorkbook(workbook(), { profile: profile80() });
    expect(result.findings.map((finding) => `${finding.rule}@${finding.cell}`)).toEqual(['matching@F2']);
    expect(findingText(result.findings[0]!, 'fr')).toBe(
      'Action 1\u00a0: la part du Département (25\u202f000\u00a0€) est inférieure à 30\u00a0% du coût total (100\u202f000\u00a0€). Portez-la à 30\u202f000\u00a0€ au moins.',
    );
    expect(result.profile.name).toBe('Convention Somme 2024');
  });

  test('an 80 % cap lets 80 % through and flags one cent more, with the cap in the message', () => {
    const rows = [PROFILE_BUDGET_ROWS[0]!, [1, 1, 'Action', 100000, 80000.01, 30000, 0]];
    const result = checkWorkbook(workbookOf(plainSheet('Somme', rows)), { profile: profile80() });
    const cap = result.findings.find((finding) => finding.rule === 'state-cap');
    expect(findingText(cap!, 'fr')).toContain('dépasse 80\u00a0% du coût total');
    expect(findingText(cap!, 'fr')).toContain('Ramenez-la à 80\u202f000\u00a0€ au plus');
    const exact = checkWorkbook(workbookOf(plainSheet('Somme', [PROFILE_BUDGET_ROWS[0]!, [1, 1, 'Action', 100000, 80000, 30000, 0]])), { profile: profile80() });
    expect(exact.findings.filter((finding) => finding.rule === 'state-cap')).toEqual([]);
  });

  test('the cards say which convention: name and numbers', () => {
    expect(profileSummary(BUILT_IN_PROFILE, 'fr')).toBe('Convention Bassin minier 2022\u00a0: part de l’État ≤\u00a050\u00a0%, Département ≥ État');
    expect(profileSummary(profile80(), 'fr')).toBe('Convention Somme 2024\u00a0: part de l’État ≤\u00a080\u00a0%, Département ≥\u00a030\u00a0% du coût');
  });

  test('percent arithmetic is exact in cents, also past 2^53', () => {
    expect(comparePercent(8_000, 10_000, 8_000)).toBe(0);
    expect(comparePercent(8_001, 10_000, 8_000)).toBeGreaterThan(0);
    expect(capOf(99_999, 5_000, true)).toBe(49_999);
    expect(capOf(100_000, 6_000, false)).toBe(59_999);
    expect(comparePercent(99_999_999_999_999, 100_000_000_000_000, 9_999)).toBeGreaterThan(0);
    expect(comparePercent(33_330, 100_000, 3_333)).toBe(0);
  });

  test('a share of an amount, rounded down or up, is exact: the fast path agrees with BigInt on 200 000 cases near the edges', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    // One expect, after the first case that disagrees: 200 000 expect calls took 48 s of the unit tests.
    const wrong: string[] = [];
    for (let index = 0; index < 100_000 && wrong.length === 0; index++) {
      const percent = Math.floor(random() * 10_001);
      // Amounts just around a multiple of 10 000 / percent, up to where the product stays a safe integer.
      const base = Math.floor(random() * 9e11);
      const amount = Math.max(0, base - (base % 10_000) + Math.floor(random() * 3) - 1);
      for (const rounding of ['down', 'up'] as const) {
        const product = BigInt(amount) * BigInt(percent);
        const quotient = product / 10_000n;
        const expected = Number(rounding === 'up' && quotient * 10_000n !== product ? quotient + 1n : quotient);
        const actual = percentOf(amount, percent, rounding);
        if (actual !== expected) wrong.push(`${amount} × ${percent} ${rounding}: ${actual}, not ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('a chosen profile’s envelope applies to its beneficiary; the built-in one’s does not', () => {
    const avenant = readProfile(fixture('conventions/avenant-bassin-minier-2023.txt')).profile;
    const heading = (name: string) => plainSheet(name, [[`Département du ${name}`], ['Action', 'Intitulé', 'Coût total', 'Part État', 'Part Département'], [1, 'Action', 1_000_000, 450_000, 550_000]]);
    const result = checkWorkbook(workbookOf(heading('Nord'), heading('Pas-de-Calais')), { profile: avenant });
    expect(result.findings.map((finding) => `${finding.sheet}:${finding.rule}:${finding.severity}`)).toEqual(['Pas-de-Calais:envelope:warning']);
    expect(checkWorkbook(workbookOf(heading('Nord'))).findings).toEqual([]);
  });
});

describe('profiles as JSON', () => {
  test('a bad value is one sentence naming its key', () => {
    const bad = parseProfileJson({ stateCapPercent: 150 });
    expect('error' in bad && profileJsonErrorSentence(bad.error).fr).toBe('«\u202fstateCapPercent\u202f» n’a pas une valeur admise (un pourcentage de 0 à 100)');
    const decimals = parseProfileJson({ stateCapPercent: 33.333 });
    expect('error' in decimals && profileJsonErrorSentence(decimals.error).fr).toBe('«\u202fstateCapPercent\u202f»\u00a0: deux décimales au plus');
    const none = parseProfileJson({ matchingRatio: null, departmentMinPercent: null });
    expect('error' in none).toBe(true);
  });

  test('what JSON leaves out keeps the built-in value; the output reads back the same', () => {
    const parsed = parseProfileJson({ stateCapPercent: 33.33 });
    expect('profile' in parsed && parsed.profile.stateCap.percent).toBe(3333);
    const again = parseProfileJson(JSON.parse(JSON.stringify(profileToJson(profile80()))));
    expect('profile' in again && profileToJson(again.profile)).toEqual(profileToJson(profile80()));
  });
});
