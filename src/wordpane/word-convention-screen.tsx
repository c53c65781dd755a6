import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { ConventionDocument } from '../document/convention-document';
import { profileSummary } from '../i18n/convention-sentences';
import { documentText } from '../document/document-text';
import { withScreenText } from '../taskpane/screen-text-for';
import type { WordState } from './use-word-state';

// The same review screen as in Excel (the reader and its sentences), loaded when first opened.
const ConventionReview = lazy(() => import(/* webpackChunkName: "convention" */ '../taskpane/convention-review'));

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Convention: the rules read from the open document's text (paragraphs, and tables row by row)
 * through the same reader and review as in Excel; the accepted profile is kept in the convention.
 */
export default function ConventionScreen({ state, convention }: { readonly state: WordState; readonly convention: ConventionDocument }) {
  const styles = useStyles();
  const { t, lang, settings, profile } = state;
  const screen = withScreenText(lang);
  const [text, setText] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);

  const read = async () => {
    setSaved(null);
    setEmpty(false);
    setReading(true);
    const paragraphs = await state.attempt(() => convention.read());
    setReading(false);
    if (paragraphs === undefined) return;
    const whole = documentText(paragraphs).text;
    if (whole.trim() === '') setEmpty(true);
    else setText(whole);
  };

  return (
    <section className={styles.screen} aria-label={t('tabConvention')}>
      <Text>{screen('conventionInUse', { summary: profileSummary(profile, lang) })}</Text>
      <Text size={200}>{settings.profile === undefined ? screen('conventionBuiltInNote') : t('conventionChosenNote')}</Text>
      {saved !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('conventionSaved', { name: saved })}</MessageBarBody>
        </MessageBar>
      )}
      {text !== null ? (
        <Suspense fallback={<Text role="status">{t('conventionReadingDocument')}</Text>}>
          <ConventionReview
            state={state}
            text={text}
            onClose={(name) => {
              setText(null);
              setSaved(name);
            }}
          />
        </Suspense>
      ) : (
        <>
          <Text size={200}>{t('conventionHint')}</Text>
          <div className={styles.row}>
            <Button appearance="primary" disabled={reading} onClick={() => void read()}>
              {reading ? t('conventionReadingDocument') : t('conventionReadDocument')}
            </Button>
            {settings.profile !== undefined && (
              <Button
                onClick={() => {
                  const { profile: _dropped, ...rest } = settings;
                  setSaved(null);
                  void state.updateSettings(rest);
                }}
              >
                {screen('conventionBackToBuiltIn')}
              </Button>
            )}
          </div>
          {empty && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('conventionEmptyDocument')}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
