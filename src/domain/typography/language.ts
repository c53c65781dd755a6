/** The languages of the product: French first, English second. */
export type Lang = 'fr' | 'en';

/** A sentence in each language of the product, French first. */
export type Bilingual = Readonly<Record<Lang, string>>;
