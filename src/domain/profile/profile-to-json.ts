import { centsToEuros } from '../money/money';
import { WHOLE } from '../money/percent';
import type { ConventionProfile, Parameter } from './profile';
import type { ProfileJson } from './profile-json';

/** The profile as JSON; a parameter left unresolved is null, and `origins` says how each came when the profile knows. */
export function profileToJson(profile: ConventionProfile): Required<Omit<ProfileJson, 'origins'>> & Pick<ProfileJson, 'origins'> {
  const envelopes: Record<string, number> = {};
  for (const [name, cents] of Object.entries(profile.envelopes)) envelopes[name] = centsToEuros(cents);
  const known = (parameter: Parameter) => profile.origins?.[parameter] !== 'unresolved';
  return {
    name: profile.name,
    year: known('year') ? profile.year : null,
    stateCapPercent: known('stateCapPercent') ? profile.stateCap.percent / 100 : null,
    stateCapEqualAllowed: known('stateCapPercent') ? profile.stateCap.equalAllowed : null,
    matchingRatio: known('matchingRatio') && profile.matching.ratio !== null ? profile.matching.ratio / WHOLE : null,
    departmentMinPercent: known('matchingRatio') && profile.matching.minPercentOfCost !== null ? profile.matching.minPercentOfCost / 100 : null,
    matchingScope: known('matchingScope') ? profile.matching.scope : null,
    envelope: known('envelope') && profile.envelope !== null ? centsToEuros(profile.envelope) : null,
    envelopes: known('envelope') ? envelopes : null,
    listArticle: known('listArticle') && profile.listArticle !== '' ? profile.listArticle : null,
    costArticle: known('costArticle') && profile.costArticle !== '' ? profile.costArticle : null,
    sentences: known('sentences') ? { ...profile.sentences } : null,
    ...(profile.origins === undefined ? {} : { origins: { ...profile.origins } }),
  };
}
