import { catalogue } from './catalogue';
import { WORD_EN } from './en/word';
import { WORD_FR } from './fr/word';

/**
 * What the pane says in Word, French first, English second. Apart from the other catalogues so that
 * it loads with Word's screens only: Excel's first load does not carry it.
 */
export const wordText = catalogue({ fr: WORD_FR, en: WORD_EN });

export type WordTextKey = keyof typeof wordText;
