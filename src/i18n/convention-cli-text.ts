import { catalogue } from './catalogue';
import { CONVENTION_CLI_EN } from './en/convention-cli';
import { CONVENTION_CLI_FR } from './fr/convention-cli';

/** What the command line says about the convention (.docx) it compares and writes, French first. */
export const conventionCliText = catalogue({ fr: CONVENTION_CLI_FR, en: CONVENTION_CLI_EN });
