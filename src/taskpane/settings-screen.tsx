import { Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Switch, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { BUILT_IN_PROFILE, type ColumnMap, type ColumnMapping, type Field as BudgetField, FIELDS, isLang, LANGS, mappingConflict } from '../domain';
import { profileSummary } from '../i18n/convention-sentences';
import { fieldLabels } from '../i18n/field-labels';
import { GRAMMAR } from '../i18n/grammar';
import { withMapping } from '../workbook/settings';
import type { BudgetWorkbook } from '../workbook/budget-workbook';
import type { DiagnosticsPort } from '../workbook/workbook-diagnostics';
import { DiagnosticSection } from './diagnostic-section';
import { confirmedSentence } from './confirmed-sentence';
import { withScreenText } from './screen-text-for';
import type { PaneState } from './use-pane-state';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface MappableTable {
  readonly key: string;
  readonly label: string;
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
}

const NONE = '';

// The convention reader and its review screen load when the officer opens them.
const ConventionReview = lazy(() => import(/* webpackChunkName: "convention" */ './convention-review'));

export default function SettingsScreen({ state, workbook, diagnostics }: { readonly state: PaneState; readonly workbook: BudgetWorkbook; readonly diagnostics?: DiagnosticsPort | undefined }) {
  const styles = useStyles();
  const { lang, settings, result } = state;
  const t = withScreenText(lang);
  const tables = useMemo<MappableTable[]>(() => {
    const quoted = (sheet: string) => withScreenText(lang)('quoted', { text: sheet });
    const placeOf = (sheet: string, table: string | null, range: string) => (table === null ? `${quoted(sheet)} ${range}` : `${table} (${quoted(sheet)})`);
    return [
      ...(result?.unread ?? []).map((table) => ({ key: table.key, label: placeOf(table.sheet, table.table, table.range), headers: table.headers, columns: table.columns })),
      ...(result?.sources ?? []).map((source) => ({ key: source.key, label: placeOf(source.sheet, source.table, source.range), headers: source.headers, columns: source.columns })),
    ];
  }, [result, lang]);
  const [tableKey, setTableKey] = useState<string | undefined>(undefined);
  const table = tables.find((candidate) => candidate.key === tableKey) ?? tables[0];
  const [choice, setChoice] = useState<Partial<Record<BudgetField, string>>>({});
  const [saved, setSaved] = useState(false);

  // The choice starts from the saved mapping, else from what detection found.
  useEffect(() => {
    if (!table) return;
    const mapping = settings.mappings?.[table.key] ?? {};
    const start: Partial<Record<BudgetField, string>> = {};
    for (const field of FIELDS) {
      const column = table.columns[field];
      start[field] = mapping[field] === null ? NONE : (mapping[field] ?? (column === undefined ? NONE : (table.headers[column] ?? NONE)));
    }
    setChoice(start);
    setSaved(false);
    // A new check gives a new table object: the choice resets only when the table itself changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [table?.key, table?.headers.join('\u0000'), JSON.stringify(table?.columns), settings.mappings]);

  const [conflict, setConflict] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [profileSaved, setProfileSaved] = useState<string | null>(null);
  const profile = result?.profile ?? BUILT_IN_PROFILE;
  const saveMapping = () => {
    if (!table) return;
    const mapping: ColumnMapping = {};
    for (const field of FIELDS) mapping[field] = choice[field] ? choice[field] : null;
    // One column for two fields would read the same cells twice: refused, never half-saved.
    const clash = mappingConflict(mapping);
    if (clash !== null) {
      setSaved(false);
      setConflict(t('mappingConflict', { header: clash.header, fields: clash.fields.map((field) => fieldLabels[field][lang]).join(' / ') }));
      return;
    }
    setConflict(null);
    void state.updateSettings(withMapping(settings, table.key, mapping)).then(() => setSaved(true));
  };

  return (
    <section className={styles.screen} aria-label={t('tabSettings')}>
      <div className={styles.group}>
        <Field label={t('settingsLanguage')}>
          <RadioGroup value={lang} layout="horizontal" onChange={(_, data) => void state.updateSettings({ ...settings, lang: isLang(data.value) ? data.value : 'fr' })}>
            {LANGS.map((each) => (
              <Radio key={each} value={each} label={GRAMMAR[each].name} />
            ))}
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.group} data-testid="convention-settings">
        <h2 className={styles.heading}>{t('settingsConvention')}</h2>
        <Text>{t('conventionInUse', { summary: profileSummary(profile, lang) })}</Text>
        {confirmedSentence(profile, lang) !== null && <Text size={200}>{confirmedSentence(profile, lang)}</Text>}
        <Text size={200}>{t(settings.profile === undefined ? 'conventionBuiltInNote' : 'conventionChosenNote')}</Text>
        {profileSaved !== null && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t('conventionSaved', { name: profileSaved })}</MessageBarBody>
          </MessageBar>
        )}
        {reviewing ? (
          <Suspense fallback={<Text role="status">{t('conventionReading')}</Text>}>
            <ConventionReview
              state={state}
              onClose={(name) => {
                setReviewing(false);
                setProfileSaved(name);
              }}
            />
          </Suspense>
        ) : (
          <div className={styles.row}>
            <Button
              onClick={() => {
                setProfileSaved(null);
                setReviewing(true);
              }}
            >
              {t('conventionRead')}
            </Button>
            {settings.profile !== undefined && (
              <Button
                onClick={() => {
                  const { profile: _dropped, ...rest } = settings;
                  setProfileSaved(null);
                  void state.updateSettings(rest);
                }}
              >
                {t('conventionBackToBuiltIn')}
              </Button>
            )}
          </div>
        )}
      </div>
      <div className={styles.group}>
        <Switch
          checked={(result?.profile.matching.scope ?? settings.matching ?? 'action') === 'action'}
          label={t('settingsMatching')}
          onChange={(_, data) => void state.updateSettings({ ...settings, matching: data.checked ? 'action' : 'total' })}
        />
        <Text size={200}>{t('settingsMatchingHint')}</Text>
      </div>
      <div className={styles.group}>
        <h2 className={styles.heading}>{t('settingsMapping')}</h2>
        <Text size={200}>{t('settingsMappingHint')}</Text>
        {!table ? (
          <Text>{t('noTableToMap')}</Text>
        ) : (
          <>
            <Field label={t('settingsTable')}>
              <Select value={table.key} onChange={(_, data) => setTableKey(data.value)}>
                {tables.map((candidate) => (
                  <option key={candidate.key} value={candidate.key}>
                    {candidate.label}
                  </option>
                ))}
              </Select>
            </Field>
            {FIELDS.map((field) => (
              <Field key={field} label={fieldLabels[field][lang]}>
                <Select value={choice[field] ?? NONE} onChange={(_, data) => setChoice({ ...choice, [field]: data.value })}>
                  <option value={NONE}>{t('noColumn')}</option>
                  {table.headers
                    .filter((header) => header.trim() !== '')
                    .map((header, index) => (
                      <option key={`${header}-${index}`} value={header}>
                        {header}
                      </option>
                    ))}
                </Select>
              </Field>
            ))}
            <div className={styles.row}>
              <Button appearance="primary" onClick={saveMapping}>
                {t('saveMapping')}
              </Button>
              <Button onClick={() => void state.updateSettings(withMapping(settings, table.key, null))}>{t('resetMapping')}</Button>
            </div>
            {conflict !== null && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{conflict}</MessageBarBody>
              </MessageBar>
            )}
            {saved && (
              <MessageBar intent="success">
                <MessageBarBody>{t('mappingSaved')}</MessageBarBody>
              </MessageBar>
            )}
          </>
        )}
      </div>
      {diagnostics !== undefined && <DiagnosticSection state={state} workbook={workbook} diagnostics={diagnostics} />}
    </section>
  );
}
