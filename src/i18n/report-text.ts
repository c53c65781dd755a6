import { catalogue } from './catalogue';
import { REPORT_EN } from './en/report';
import { REPORT_FR } from './fr/report';

/** What the command line prints, French first, English second. */
export const reportText = catalogue({ fr: REPORT_FR, en: REPORT_EN });
