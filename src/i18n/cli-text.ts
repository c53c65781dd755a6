import { catalogue } from './catalogue';
import { CLI_EN } from './en/cli';
import { CLI_FR } from './fr/cli';

/** What the command line says on stderr, French first, English second: never our internals. */
export const cliText = catalogue({ fr: CLI_FR, en: CLI_EN });
