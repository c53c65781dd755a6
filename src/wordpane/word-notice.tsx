import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import type { WordTextKey } from '../i18n/word-text';
import { defaultLanguage } from '../taskpane/environment';
import { wordTextFor } from './word-text-for';

/** One sentence on Word's page where the pane cannot show: Word starting, slow, missing, or too old. Never a blank pane. */
export function WordNotice({
  language,
  title,
  body,
  intent = 'warning',
}: {
  readonly language: string;
  readonly title: WordTextKey;
  readonly body: WordTextKey;
  readonly intent?: 'warning' | 'info';
}) {
  const t = wordTextFor(defaultLanguage(language));
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <MessageBar intent={intent} layout="multiline" role={intent === 'info' ? 'status' : 'alert'}>
          <MessageBarBody>
            <MessageBarTitle>{t(title)}</MessageBarTitle>
            {t(body)}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
