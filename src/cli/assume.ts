import { type Bilingual, french, PARAMETER_OF, type Parameter, PARAMETERS, type ProfileKey } from '../domain';

/** A mistake in --assume: said with the usage, exit status 2 (main.ts prints it as a UsageError). */
export class AssumeError extends Error {
  constructor(readonly sentence: Bilingual) {
    super(sentence.en);
    this.name = 'AssumeError';
  }
}

/** Short names officers may type beside the keys of `profile --json`. */
const ALIASES: Readonly<Record<string, Parameter>> = { cap: 'stateCapPercent', matching: 'matchingRatio', scope: 'matchingScope', annee: 'year', année: 'year' };

/** `--assume stateCapPercent,envelope`: the parameters whose built-in (2022) value the officer confirms. */
export function assumedParameters(text: string): Parameter[] {
  const found = new Set<Parameter>();
  for (const word of text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const parameter = (PARAMETERS as readonly string[]).includes(word) ? (word as Parameter) : (PARAMETER_OF[word as ProfileKey] ?? ALIASES[word.toLowerCase()]);
    if (parameter === undefined || parameter === null) {
      throw new AssumeError({
        fr: french`--assume : « ${word} » n’est pas un paramètre (écrivez l’un de : ${PARAMETERS.join(', ')})`,
        en: `--assume: "${word}" is not a parameter (write one of: ${PARAMETERS.join(', ')})`,
      });
    }
    found.add(parameter);
  }
  return [...found];
}
