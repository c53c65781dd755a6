/**
 * The languages of the product, French first, English second: the one list a third language is added
 * to. Each then needs its folder in src/i18n/<lang>/, and the compiler lists every place that lacks it.
 */
export const LANGS = ['fr', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** The locale each language writes numbers, amounts and dates with (Intl). */
export const LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-GB' };

/** A sentence in each language of the product, French first. */
export type Bilingual = Readonly<Record<Lang, string>>;

/** Whether a value (a command-line argument, a saved setting, a radio's value) names a language of the product. */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
