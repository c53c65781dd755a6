import { type Bilingual, type Lang, LANGS } from '../domain';

/** One language's half of a catalogue, held to another half's keys: a key missing or one too many does not compile. */
export type Sentences<Keys> = { readonly [K in keyof Keys]: string };

/**
 * A catalogue as the call sites read it (`translate(paneText.key, lang)`), zipped from one object per
 * language (src/i18n/<lang>/<name>.ts). French gives the keys; every language of LANGS must be given.
 */
export function catalogue<French extends Readonly<Record<string, string>>>(
  languages: { readonly fr: French } & { readonly [L in Lang]: Sentences<French> },
): { readonly [K in keyof French]: Bilingual } {
  const zipped: Record<string, Bilingual> = {};
  for (const key of Object.keys(languages.fr)) {
    zipped[key] = Object.fromEntries(LANGS.map((lang) => [lang, languages[lang][key]])) as Record<Lang, string>;
  }
  return zipped as { readonly [K in keyof French]: Bilingual };
}
