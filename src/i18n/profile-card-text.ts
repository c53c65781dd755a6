import { catalogue } from './catalogue';
import { PROFILE_CARD_EN } from './en/profile-card';
import { PROFILE_CARD_FR } from './fr/profile-card';

/**
 * The few words about a convention profile that the pane shows at start (cards, settings, the
 * clause's envelope): apart from profile-text.ts, whose reader and review texts load with the
 * review screen, so that the pane's first load stays small.
 */
export const profileCardText = catalogue({ fr: PROFILE_CARD_FR, en: PROFILE_CARD_EN });
