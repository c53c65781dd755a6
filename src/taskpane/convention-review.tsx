import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Switch, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  type MatchingScope,
  type Parameter,
  PARAMETER_OF,
  plainNumber,
  PROFILE_KEYS,
  type ProfileConflict,
  type ProfileKey,
  type ProfileReading,
  profileToJson,
  readProfile,
  resolveProfile,
} from '../domain';
import { PARAMETER_LABELS, PROFILE_LABELS, profileJsonErrorSentence, reviewText, shownValue } from '../i18n/profile-text';
import { translate } from '../i18n/translate';
import { ConventionSource } from './convention-source';
import { decisionsOf, NO_CHOICES, pendingParameters, type ReviewChoices, TYPED_FIELDS, type TypedField, unsettled } from './review-decisions';
import { builtInValue, FIELDS_OF, fieldText } from './review-fields';
import { useReviewStyles } from './review-styles';
import { withScreenText } from './screen-text-for';
import type { PaneState } from './use-pane-state';

/** What the review needs of the pane it is in: Excel's, or Word's (whose settings are the document's). */
export type ReviewState = Pick<PaneState, 'lang' | 'settings' | 'updateSettings'>;

/**
 * Réglages › Convention › Lire une convention: the text pasted or opened (or, in Word, the open
 * document's, given as `text`), each parameter read with its sentence, and first the ones the text
 * does not give (or gives twice differently): each is typed, chosen between the sentences, or its
 * 2022 value confirmed, explicitly. Accept stays disabled until none is left; Modify's values are
 * what is applied.
 */
export default function ConventionReview({ state, onClose, text: given }: { readonly state: ReviewState; readonly onClose: (savedName: string | null) => void; readonly text?: string }) {
  const styles = useReviewStyles();
  const { lang, settings } = state;
  const t = withScreenText(lang);
  const say = (entry: { fr: string; en: string }, params?: Record<string, string | number>) => translate(entry, lang, params);
  const [first] = useState(() => (given === undefined ? null : readProfile(given)));
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState<ProfileReading | null>(first);
  const [choices, setChoices] = useState<ReviewChoices>(NO_CHOICES);
  const [editing, setEditing] = useState(false);

  const read = (next: ProfileReading) => {
    setReading(next);
    setChoices(NO_CHOICES);
    setEditing(false);
    setProblem(null);
  };

  const pending = useMemo(() => (reading === null ? [] : pendingParameters(reading)), [reading]);
  const { decisions, errors } = useMemo(() => decisionsOf(choices), [choices]);
  const waiting = unsettled(pending, decisions);

  if (reading === null) return <ConventionSource lang={lang} onRead={read} onCancel={() => onClose(null)} />;

  const conflicts = new Map<ProfileKey, ProfileConflict>(reading.conflicts.map((conflict) => [conflict.key, conflict]));
  const change = (next: Partial<ReviewChoices>) => setChoices({ ...choices, ...next });
  const typeField = (field: TypedField, value: string) => change({ typed: { ...choices.typed, [field]: value } });
  const withoutChoice = (parameter: Parameter): ReviewChoices => {
    const typed = { ...choices.typed };
    for (const field of FIELDS_OF[parameter] ?? []) delete typed[field];
    const picked = { ...choices.picked };
    for (const key of PROFILE_KEYS) if (PARAMETER_OF[key] === parameter) delete picked[key];
    const none = new Set(choices.none);
    none.delete(parameter as 'year' | 'envelope');
    const confirmed = new Set(choices.confirmed);
    confirmed.delete(parameter);
    return { ...choices, typed, picked, none, confirmed, scope: parameter === 'matchingScope' ? undefined : choices.scope };
  };

  const accept = () => {
    if (Object.keys(errors).length > 0) {
      setProblem(
        Object.values(errors)
          .map((error) => error?.[lang])
          .join(' '),
      );
      return;
    }
    const resolved = resolveProfile(reading, decisions);
    if ('error' in resolved) {
      setProblem(profileJsonErrorSentence(resolved.error)[lang]);
      return;
    }
    const json = profileToJson(resolved.profile);
    // The profile's matching scope replaces a choice made before it: the switch still overrides it afterwards.
    const { matching: _previous, ...rest } = settings;
    void state.updateSettings({ ...rest, profile: json }).then(() => onClose(json.name ?? null));
  };

  const field = (name: TypedField) => {
    const value = choices.typed[name] ?? fieldText(name, reading, lang);
    const error = errors[name];
    return (
      <Field key={name} label={PROFILE_LABELS[name][lang]} validationState={error === undefined ? 'none' : 'error'} validationMessage={error?.[lang]}>
        <Input value={value} onChange={(_, data) => typeField(name, data.value)} />
      </Field>
    );
  };

  const scopeChoice = (
    <RadioGroup aria-label={PROFILE_LABELS.matchingScope[lang]} value={choices.scope ?? ''} onChange={(_, data) => change({ scope: data.value as MatchingScope })}>
      <Radio value="action" label={say(reviewText.scopeAction)} />
      <Radio value="total" label={say(reviewText.scopeTotal)} />
    </RadioGroup>
  );

  /** What settles a parameter, as said under it: typed, confirmed, none. */
  const settledAs = (parameter: Parameter): string | null => {
    if (choices.confirmed.has(parameter)) return say(reviewText.confirmed, { value: builtInValue(parameter, lang) });
    if (choices.none.has(parameter as 'year' | 'envelope')) return say(parameter === 'envelope' ? reviewText.noEnvelope : reviewText.noYear);
    return null;
  };

  const pendingItem = (parameter: Parameter) => {
    const conflict = PROFILE_KEYS.filter((key) => PARAMETER_OF[key] === parameter)
      .map((key) => conflicts.get(key))
      .find((found) => found !== undefined);
    const settled = settledAs(parameter);
    const open = waiting.includes(parameter);
    return (
      <li key={parameter} className={`${styles.item} ${styles.pending}`} data-parameter={parameter} data-settled={open ? 'no' : 'yes'}>
        <Text className={styles.label}>{PROFILE_LABELS[parameter][lang]}</Text>
        {conflict !== undefined ? (
          <>
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('conventionConflict')}</MessageBarBody>
            </MessageBar>
            {conflict.candidates.map((candidate) => (
              <div key={`${candidate.offset}-${candidate.shown}`} className={styles.item}>
                <Text className={styles.sentence}>{t('conventionLine', { line: candidate.line, sentence: candidate.sentence })}</Text>
                <div>
                  <Button
                    size="small"
                    appearance={JSON.stringify(choices.picked[conflict.key]) === JSON.stringify(candidate.json) ? 'primary' : 'secondary'}
                    onClick={() => pick(conflict.key, candidate.json)}
                  >
                    {t('conventionPick', { value: candidate.shown })}
                  </Button>
                </div>
              </div>
            ))}
          </>
        ) : (
          <Text className={styles.sentence}>{settled ?? say(parameter === 'sentences' ? reviewText.sentencesHint : reviewText.notInText)}</Text>
        )}
        {settled === null && (FIELDS_OF[parameter] ?? []).map(field)}
        {settled === null && parameter === 'matchingScope' && scopeChoice}
        <div className={styles.row}>
          {settled === null && conflict === undefined && (
            <Button size="small" onClick={() => setChoices({ ...withoutChoice(parameter), confirmed: new Set([...choices.confirmed, parameter]) })}>
              {say(reviewText.confirm, { value: builtInValue(parameter, lang) })}
            </Button>
          )}
          {settled === null && (parameter === 'envelope' || parameter === 'year') && (
            <Button size="small" onClick={() => setChoices({ ...withoutChoice(parameter), none: new Set([...choices.none, parameter]) })}>
              {say(reviewText.noneChosen)}
            </Button>
          )}
          {settled !== null && (
            <Button size="small" appearance="subtle" onClick={() => setChoices(withoutChoice(parameter))}>
              {say(reviewText.undo)}
            </Button>
          )}
        </div>
      </li>
    );
  };

  const pick = (key: ProfileKey, json: unknown) => {
    const parameter = PARAMETER_OF[key];
    if (parameter === null) return;
    const picked: Record<string, unknown> = { ...withoutChoice(parameter).picked, [key]: json };
    // A value chosen for one form of a parameter fills its field, so that Modify shows what is applied.
    const typed = { ...choices.typed };
    const shown = (value: unknown) => (typeof value === 'number' ? plainNumber(value, lang) : String(value));
    if ((TYPED_FIELDS as readonly string[]).includes(key) && typeof json !== 'object') typed[key as TypedField] = shown(json);
    setChoices({ ...choices, picked, typed });
  };

  const readKeys = PROFILE_KEYS.filter((key) => reading.status[key] === 'read' && !(PARAMETER_OF[key] !== null && pending.includes(PARAMETER_OF[key])));

  return (
    <section className={styles.screen} aria-label={t('conventionReviewHeading')}>
      <h3 className={styles.heading}>{t('conventionReviewHeading')}</h3>
      {pending.length > 0 && (
        <>
          <h4 className={styles.heading}>{say(reviewText.pendingHeading)}</h4>
          <Text size={200}>{say(reviewText.pendingIntro)}</Text>
          <ul className={styles.list}>{pending.map(pendingItem)}</ul>
          <h4 className={styles.heading}>{say(reviewText.readHeading)}</h4>
        </>
      )}
      <ul className={styles.list}>
        {readKeys.map((key) => {
          const source = reading.sources[key];
          return (
            <li key={key} className={styles.item} data-parameter={key}>
              <Text className={styles.label}>{t('labelled', { label: translate(PROFILE_LABELS[key], lang), value: shownValue(key, reading.profile, lang) })}</Text>
              {source !== undefined && <Text className={styles.sentence}>{t('conventionLine', { line: source.line, sentence: source.sentence })}</Text>}
            </li>
          );
        })}
      </ul>
      {editing && (
        <div className={styles.screen}>
          <Text size={200}>{t('conventionEditHint')}</Text>
          {TYPED_FIELDS.filter((name) => name === 'name' || !pending.includes(PARAMETER_OF[name] as Parameter)).map(field)}
          {!pending.includes('stateCapPercent') && (
            <Switch checked={choices.equalAllowed ?? reading.profile.stateCap.equalAllowed} label={t('conventionEqualAllowed')} onChange={(_, data) => change({ equalAllowed: data.checked })} />
          )}
          {!pending.includes('matchingScope') && (
            <Switch
              checked={(choices.scope ?? reading.profile.matching.scope) === 'action'}
              label={t('conventionScopeAction')}
              onChange={(_, data) => change({ scope: data.checked ? 'action' : 'total' })}
            />
          )}
        </div>
      )}
      {problem !== null && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {waiting.length > 0 && <Text role="status">{say(reviewText.acceptWaits, { keys: waiting.map((parameter) => PARAMETER_LABELS[parameter][lang]).join(', ') })}</Text>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={waiting.length > 0} onClick={accept}>
          {t('conventionAccept')}
        </Button>
        {!editing && <Button onClick={() => setEditing(true)}>{t('conventionModify')}</Button>}
        <Button onClick={() => onClose(null)}>{t('conventionCancel')}</Button>
      </div>
    </section>
  );
}
