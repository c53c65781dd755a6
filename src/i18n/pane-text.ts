import { catalogue } from './catalogue';
import { PANE_EN } from './en/pane';
import { PANE_FR } from './fr/pane';

/** Everything the task pane says, French first, English second. */
export const paneText = catalogue({ fr: PANE_FR, en: PANE_EN });

export type PaneTextKey = keyof typeof paneText;
