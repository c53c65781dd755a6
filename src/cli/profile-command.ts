import { basename, extname } from 'node:path';
import { type Bilingual, type ConventionProfile, type Lang, parseProfileJson, PROFILE_KEYS, type ProfileReading, profileToJson, readProfile } from '../domain';
import { PROFILE_LABELS, profileJsonErrorSentence, profileText, shownValue } from '../i18n/profile-text';
import { translate } from '../i18n/translate';
import type { ProfileSource } from './args';

/** A convention or profile file that cannot serve: one sentence, exit status 2. */
export class ProfileFileError extends Error {
  constructor(readonly sentence: Bilingual) {
    super(sentence.en);
    this.name = 'ProfileFileError';
  }
}

function sentence(entry: Bilingual, params: Record<string, string | number>): Bilingual {
  return { fr: translate(entry, 'fr', params), en: translate(entry, 'en', params) };
}

/** The text of a convention: a .txt as UTF-8 (or Windows-1252, as older Word exports write), a .docx through mammoth. */
export async function conventionText(file: string, bytes: Uint8Array): Promise<string> {
  const extension = extname(file).toLowerCase();
  if (extension === '.docx') {
    try {
      const mammoth = await import('mammoth');
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      // mammoth ends each paragraph with a blank line: one line per paragraph, so that "ligne N" is its paragraph N.
      return value.replace(/\n\n/g, '\n');
    } catch {
      throw new ProfileFileError(sentence(profileText.notDocx, { file: basename(file) }));
    }
  }
  if (extension !== '.txt' && extension !== '') throw new ProfileFileError(sentence(profileText.notText, { file: basename(file) }));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The profile a check or a clause uses: from JSON, validated, or read from the convention and refused while it contradicts itself. */
export async function loadProfile(source: ProfileSource, read: (file: string) => Uint8Array): Promise<ConventionProfile | undefined> {
  if (source === undefined) return undefined;
  const bytes = read(source.file);
  const file = basename(source.file);
  if (source.kind === 'json') {
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new ProfileFileError(sentence(profileText.notJson, { file }));
    }
    // The output of `profile --json` holds the profile under "profile"; a hand-written one may be bare.
    const body = raw !== null && typeof raw === 'object' && 'profile' in raw ? (raw as { profile: unknown }).profile : raw;
    const parsed = parseProfileJson(body);
    if ('error' in parsed) {
      const reason = profileJsonErrorSentence(parsed.error);
      throw new ProfileFileError({ fr: translate(profileText.badProfile, 'fr', { file, reason: reason.fr }), en: translate(profileText.badProfile, 'en', { file, reason: reason.en }) });
    }
    return parsed.profile;
  }
  const reading = readProfile(await conventionText(source.file, bytes));
  if (reading.conflicts.length > 0) {
    const keys = (lang: Lang) => reading.conflicts.map((conflict) => PROFILE_LABELS[conflict.key][lang]).join(', ');
    throw new ProfileFileError({ fr: translate(profileText.conflicted, 'fr', { file, keys: keys('fr') }), en: translate(profileText.conflicted, 'en', { file, keys: keys('en') }) });
  }
  return reading.profile;
}

/** `profile --json`: the profile, and for each key the sentence it was read from or null. */
export function profileJson(reading: ProfileReading): unknown {
  const sources: Record<string, string | null> = {};
  const places: Record<string, { line: number; offset: number } | null> = {};
  for (const key of PROFILE_KEYS) {
    const source = reading.sources[key];
    sources[key] = source?.sentence ?? null;
    places[key] = source === undefined ? null : { line: source.line, offset: source.offset };
  }
  const profile = profileToJson(reading.profile);
  // A parameter two sentences disagree on is applied by no one: null, with both sentences under "conflicts".
  for (const conflict of reading.conflicts) (profile as Record<string, unknown>)[conflict.key] = null;
  return {
    profile,
    sources,
    places,
    missing: reading.missing,
    conflicts: reading.conflicts.map((conflict) => ({ key: conflict.key, candidates: conflict.candidates.map(({ shown, sentence: text, line, offset }) => ({ value: shown, sentence: text, line, offset })) })),
  };
}

/** `profile` as text: each parameter, its value and its sentence with its line. */
export function profileReport(file: string, reading: ProfileReading, lang: Lang): string {
  const lines = [translate(profileText.heading, lang, { file, count: Object.keys(reading.sources).length, missing: reading.missing.length, conflicts: reading.conflicts.length }), ''];
  const conflicts = new Map(reading.conflicts.map((conflict) => [conflict.key, conflict]));
  for (const key of PROFILE_KEYS) {
    const label = translate(PROFILE_LABELS[key], lang);
    const conflict = conflicts.get(key);
    if (conflict !== undefined) {
      lines.push(`■ ${label} — ${translate(profileText.conflict, lang)}`);
      for (const candidate of conflict.candidates) lines.push(`    ${candidate.shown} — ${translate(profileText.sentenceAt, lang, { line: candidate.line, sentence: candidate.sentence })}`);
      continue;
    }
    lines.push(`■ ${translate(profileText.labelled, lang, { label, value: shownValue(key, reading.profile, lang) })}`);
    const source = reading.sources[key];
    if (source === undefined) lines.push(`    (${translate(profileText.notFound, lang)})`);
    else lines.push(`    ${translate(profileText.sentenceAt, lang, { line: source.line, sentence: source.sentence })}`);
  }
  return `${lines.join('\n')}\n`;
}
