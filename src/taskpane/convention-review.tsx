import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Switch, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { parseAmountText, parseProfileJson, PROFILE_KEYS, type ProfileJson, type ProfileKey, type ProfileReading, profileToJson, readProfile } from '../domain';
import { PROFILE_LABELS, profileJsonErrorSentence, profileText, shownValue } from '../i18n/profile-text';
import { translate } from '../i18n/translate';
import { textOfConventionFile } from './convention-file';
import { withScreenText } from './screen-text-for';
import type { PaneState } from './use-pane-state';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  label: { fontWeight: tokens.fontWeightSemibold },
  sentence: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** The parameters the officer may change by hand, as text fields. */
const EDITABLE = ['name', 'year', 'stateCapPercent', 'matchingRatio', 'departmentMinPercent', 'envelope', 'listArticle', 'costArticle'] as const;
type Editable = (typeof EDITABLE)[number];
type Draft = Record<Editable, string> & { stateCapEqualAllowed: boolean; matchingScope: 'action' | 'total' };

function draftOf(json: Required<ProfileJson>, lang: 'fr' | 'en'): Draft {
  const number = (value: number | null) => (value === null ? '' : lang === 'fr' ? String(value).replace('.', ',') : String(value));
  return {
    name: json.name,
    year: json.year === null ? '' : String(json.year),
    stateCapPercent: number(json.stateCapPercent),
    matchingRatio: number(json.matchingRatio),
    departmentMinPercent: number(json.departmentMinPercent),
    envelope: json.envelope === null ? '' : number(json.envelope),
    listArticle: json.listArticle,
    costArticle: json.costArticle,
    stateCapEqualAllowed: json.stateCapEqualAllowed,
    matchingScope: json.matchingScope,
  };
}

/** The draft as a profile's JSON: numbers read as the officer writes them ("33,33", "500 000"). */
function jsonOfDraft(draft: Draft, base: Required<ProfileJson>): unknown {
  const number = (text: string): number | null | string => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    const value = Number(trimmed.replace(',', '.'));
    return Number.isFinite(value) ? value : trimmed;
  };
  const amount = (text: string): number | null | string => {
    if (text.trim() === '') return null;
    const read = parseAmountText(text.trim());
    return read === null || read.negative || read.cents === null ? text : read.cents / 100;
  };
  return {
    ...base,
    name: draft.name.trim(),
    year: number(draft.year),
    stateCapPercent: number(draft.stateCapPercent),
    stateCapEqualAllowed: draft.stateCapEqualAllowed,
    matchingRatio: number(draft.matchingRatio),
    departmentMinPercent: number(draft.departmentMinPercent),
    matchingScope: draft.matchingScope,
    envelope: amount(draft.envelope),
    listArticle: draft.listArticle.trim(),
    costArticle: draft.costArticle.trim(),
  };
}

/** What the review needs of the pane it is in: Excel's, or Word's (whose settings are the document's). */
export type ReviewState = Pick<PaneState, 'lang' | 'settings' | 'updateSettings'>;

/**
 * Réglages › Convention › Lire une convention: the text pasted or opened (or, in Word, the open
 * document's, given as `text`), each parameter read with its sentence, and the officer's Accept or
 * Modify. Nothing is applied before Accept, and a contradiction blocks Accept until the officer
 * chooses a value.
 */
export default function ConventionReview({ state, onClose, text: given }: { readonly state: ReviewState; readonly onClose: (savedName: string | null) => void; readonly text?: string }) {
  const styles = useStyles();
  const { lang, settings } = state;
  const t = withScreenText(lang);
  const [first] = useState(() => (given === undefined ? null : readProfile(given)));
  const [text, setText] = useState(given ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState<ProfileReading | null>(first);
  const [draft, setDraft] = useState<Draft | null>(first === null ? null : draftOf(profileToJson(first.profile), lang));
  const [editing, setEditing] = useState(first !== null && first.conflicts.length > 0);
  const [picked, setPicked] = useState<Partial<Record<ProfileKey, true>>>({});

  const read = (source: string) => {
    if (source.trim() === '') {
      setProblem(t('conventionEmpty'));
      return;
    }
    const result = readProfile(source);
    setReading(result);
    setDraft(draftOf(profileToJson(result.profile), lang));
    setPicked({});
    setEditing(result.conflicts.length > 0);
    setProblem(null);
  };

  const openFile = async (file: File | undefined) => {
    if (file === undefined) return;
    setBusy(true);
    const content = await textOfConventionFile(file);
    setBusy(false);
    if (content === null) {
      setProblem(translate(/\.docx$/i.test(file.name) ? profileText.notDocx : profileText.notText, lang, { file: file.name }));
      return;
    }
    setText(content);
    read(content);
  };

  if (reading === null || draft === null) {
    return (
      <section className={styles.screen} aria-label={t('conventionRead')}>
        <Field label={t('conventionPasteLabel')}>
          <Textarea value={text} resize="vertical" rows={6} onChange={(_, data) => setText(data.value)} />
        </Field>
        <Field label={t('conventionFileLabel')}>
          <input type="file" aria-label={t('conventionFileLabel')} accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(event) => void openFile(event.target.files?.[0])} />
        </Field>
        {busy && <Text role="status">{t('conventionReading')}</Text>}
        {problem !== null && (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => read(text)}>
            {t('conventionReadButton')}
          </Button>
          <Button onClick={() => onClose(null)}>{t('conventionCancel')}</Button>
        </div>
      </section>
    );
  }

  const conflicts = new Map(reading.conflicts.map((conflict) => [conflict.key, conflict]));
  const unsettled = reading.conflicts.some((conflict) => picked[conflict.key] !== true);
  const pick = (key: ProfileKey, json: unknown) => {
    const next = { ...draft };
    if (key === 'stateCapPercent' || key === 'matchingRatio' || key === 'departmentMinPercent' || key === 'envelope' || key === 'year') {
      next[key] = lang === 'fr' ? String(json).replace('.', ',') : String(json);
    } else if (key === 'listArticle' || key === 'costArticle' || key === 'name') next[key] = String(json);
    else if (key === 'matchingScope') next.matchingScope = json === 'total' ? 'total' : 'action';
    setDraft(next);
    setPicked({ ...picked, [key]: true });
  };

  const accept = () => {
    const base = profileToJson(reading.profile);
    const parsed = parseProfileJson(jsonOfDraft(draft, base));
    if ('error' in parsed) {
      setProblem(profileJsonErrorSentence(parsed.error)[lang]);
      return;
    }
    const json = profileToJson(parsed.profile);
    // The profile's matching scope replaces a choice made before it: the switch still overrides it afterwards.
    const { matching: _previous, ...rest } = settings;
    void state.updateSettings({ ...rest, profile: json }).then(() => onClose(json.name));
  };

  const field = (key: Editable) => (
    <Field key={key} label={PROFILE_LABELS[key][lang]}>
      <Input value={draft[key]} onChange={(_, data) => setDraft({ ...draft, [key]: data.value })} />
    </Field>
  );

  return (
    <section className={styles.screen} aria-label={t('conventionReviewHeading')}>
      <h3 className={styles.heading}>{t('conventionReviewHeading')}</h3>
      <ul className={styles.list}>
        {PROFILE_KEYS.map((key) => {
          const conflict = conflicts.get(key);
          const source = reading.sources[key];
          return (
            <li key={key} className={styles.item} data-parameter={key}>
              <Text className={styles.label}>
                {PROFILE_LABELS[key][lang]}
                {conflict === undefined && ` : ${shownValue(key, reading.profile, lang)}`}
              </Text>
              {conflict !== undefined ? (
                <>
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>{t('conventionConflict')}</MessageBarBody>
                  </MessageBar>
                  {conflict.candidates.map((candidate) => (
                    <div key={`${candidate.offset}`} className={styles.item}>
                      <Text className={styles.sentence}>{t('conventionLine', { line: candidate.line, sentence: candidate.sentence })}</Text>
                      <div>
                        <Button size="small" appearance={picked[key] === true && String(candidate.json) === String(draftValue(draft, key, lang)) ? 'primary' : 'secondary'} onClick={() => pick(key, candidate.json)}>
                          {t('conventionPick', { value: candidate.shown })}
                        </Button>
                      </div>
                    </div>
                  ))}
                </>
              ) : source === undefined ? (
                <Text className={styles.sentence}>{t('conventionNotFound')}</Text>
              ) : (
                <Text className={styles.sentence}>{t('conventionLine', { line: source.line, sentence: source.sentence })}</Text>
              )}
            </li>
          );
        })}
      </ul>
      {editing && (
        <div className={styles.screen}>
          <Text size={200}>{t('conventionEditHint')}</Text>
          {EDITABLE.map(field)}
          <Switch checked={draft.stateCapEqualAllowed} label={t('conventionEqualAllowed')} onChange={(_, data) => setDraft({ ...draft, stateCapEqualAllowed: data.checked })} />
          <Switch checked={draft.matchingScope === 'action'} label={t('conventionScopeAction')} onChange={(_, data) => setDraft({ ...draft, matchingScope: data.checked ? 'action' : 'total' })} />
        </div>
      )}
      {problem !== null && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {unsettled && <Text role="status">{t('conventionAcceptBlocked')}</Text>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={unsettled} onClick={accept}>
          {t('conventionAccept')}
        </Button>
        {!editing && <Button onClick={() => setEditing(true)}>{t('conventionModify')}</Button>}
        <Button onClick={() => onClose(null)}>{t('conventionCancel')}</Button>
      </div>
    </section>
  );
}

function draftValue(draft: Draft, key: ProfileKey, lang: 'fr' | 'en'): string {
  const value = (draft as unknown as Record<string, unknown>)[key];
  return lang === 'fr' ? String(value).replace(',', '.') : String(value);
}
