import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { ConventionDocument } from '../document/convention-document';
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
        <RadioGroup value={lang} layout="horizontal" onChange={(_, data) => void state.updateSettings({ ...settings, lang: data.value === 'en' ? 'en' : 'fr' })}>
          <Radio value="fr" label="Français" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <WordDiagnostic state={state} convention={convention} />
    </section>
  );
}
