import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { ConventionDocument } from '../document/convention-document';
import { isLang, LANGS } from '../domain';
import { GRAMMAR } from '../i18n/grammar';
import type { WordState } from './use-word-state';
import { WordDiagnostic } from './word-diagnostic';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Réglages in Word: the pane's language, kept with the convention, and the diagnostic. */
export default function SettingsScreen({ state, convention }: { readonly state: WordState; readonly convention: ConventionDocument }) {
  const styles = useStyles();
  const { t, lang, settings } = state;
  return (
    <section className={styles.screen} aria-label={t('tabSettings')}>
      <Field label={t('settingsLanguage')}>
        <RadioGroup value={lang} layout="horizontal" onChange={(_, data) => void state.updateSettings({ ...settings, lang: isLang(data.value) ? data.value : 'fr' })}>
          {LANGS.map((each) => (
            <Radio key={each} value={each} label={GRAMMAR[each].name} />
          ))}
        </RadioGroup>
      </Field>
      <WordDiagnostic state={state} convention={convention} />
    </section>
  );
}
