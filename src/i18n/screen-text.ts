import { catalogue } from './catalogue';
import { SCREEN_EN } from './en/screen';
import { SCREEN_FR } from './fr/screen';

/**
 * What the pane's secondary screens say (Article 4.1, Réglages, the diagnostic), French first,
 * English second. Apart from pane-text.ts so that it loads with those screens, not with the pane's
 * first paint.
 */
export const screenText = catalogue({ fr: SCREEN_FR, en: SCREEN_EN });

export type ScreenTextKey = keyof typeof screenText;
