import type { ConventionDocument } from '../document/convention-document';
import { runDocumentSelfTest } from '../document/self-test';
import type { WordTextKey } from '../i18n/word-text';
import { SelfTestPanel, selfTestTexts } from '../taskpane/self-test-panel';
import type { WordState } from './use-word-state';

/**
 * Réglages › Diagnostic in Word: runs the self-test against the Word the pane is in, shows each
 * step, and puts the report on the clipboard for the person to send.
 */
export function WordDiagnostic({ state, convention }: { readonly state: WordState; readonly convention: ConventionDocument }) {
  const { t, lang } = state;
  if (convention.diagnostics === undefined) return null;
  return <SelfTestPanel lang={lang} run={() => state.attempt(() => runDocumentSelfTest(convention))} texts={selfTestTexts((key, params) => t(key as WordTextKey, params))} />;
}
