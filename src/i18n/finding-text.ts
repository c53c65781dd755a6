import type { Finding, FindingData, Lang } from '../domain';
import { FINDINGS_EN } from './en/findings';
import { FINDINGS_FR } from './fr/findings';
import type { FindingSentences } from './sentence-tables';

const FINDINGS: Readonly<Record<Lang, FindingSentences>> = { fr: FINDINGS_FR, en: FINDINGS_EN };

/** The sentence of a finding's data in a language. */
export function findingSentence(data: FindingData, lang: Lang): string {
  // Each kind's sentence takes that kind's data: the table's type pairs them, the call cannot see it.
  const write = FINDINGS[lang][data.kind] as (data: FindingData) => string;
  return write(data);
}

/** What a finding says, in the officer's language: what is wrong and what to change. */
export function findingText(finding: Pick<Finding, 'data'>, lang: Lang): string {
  return findingSentence(finding.data, lang);
}
