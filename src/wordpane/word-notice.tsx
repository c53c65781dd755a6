import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import type { PaneEnvironment } from '../taskpane/environment';
import { defaultLanguage } from '../taskpane/environment';
import { wordTextFor } from './word-text-for';

/** One sentence for a Word below WordApi 1.3: what it lacks, and what to use meanwhile. Never a blank pane. */
export function WordTooOld({ environment }: { readonly environment: PaneEnvironment }) {
  const t = wordTextFor(defaultLanguage(environment.displayLanguage));
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('tooOldTitle')}</MessageBarTitle>
            {t('tooOldBody')}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
