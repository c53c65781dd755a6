import { basename, extname } from 'node:path';
import { type Bilingual, type ConventionProfile, conventionTextOfHtml, type Lang, parseProfileJson, PROFILE_KEYS, type ProfileReading, readingToJson, readProfile } from '../domain';
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
      // HTML rather than raw text: a table's label and value stay on one row. Empty paragraphs are kept, so that "ligne N" is paragraph N.
      const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false });
      return conventionTextOfHtml(value);
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

/** `profile --json`: the values read (null where none is), each with its sentence and place, what is missing, what contradicts. */
export function profileJson(reading: ProfileReading): unknown {
  return readingToJson(reading);
}

/** `profile` as text: each parameter, its value and its sentence with its line. */
export function profileReport(file: string, reading: ProfileReading, lang: Lang): string {
  const lines = [translate(profileText.heading, lang, { file, count: Object.keys(reading.sources).length, missing: reading.missing.length, conflicts: reading.conflicts.length }), ''];
  const conflicts = new Map(reading.conflicts.map((conflict) => [conflict.key, conflict]));
  for (const key of PROFILE_KEYS) {
    const label = PROFILE_LABELS[key][lang];
    const conflict = conflicts.get(key);
    if (conflict !== undefined) {
      lines.push(`■ ${label} — ${profileText.conflict[lang]}`);
      for (const candidate of conflict.candidates) lines.push(`    ${candidate.shown} — ${translate(profileText.line, lang, { line: candidate.line })} : « ${candidate.sentence} »`);
      continue;
    }
    lines.push(`■ ${label} : ${shownValue(key, reading.profile, lang)}`);
    const source = reading.sources[key];
    if (source === undefined) lines.push(`    (${profileText.notFound[lang]})`);
    else lines.push(`    ${translate(profileText.line, lang, { line: source.line })} : « ${source.sentence} »`);
  }
  return `${lines.join('\n')}\n`;
}
