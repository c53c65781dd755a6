import { Button, Field, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { type ProfileReading, readProfile } from '../domain';
import { profileText } from '../i18n/profile-text';
import { translate } from '../i18n/translate';
import { textOfConventionFile } from './convention-file';
import { useReviewStyles } from './review-styles';
import { withScreenText } from './screen-text-for';

/** The review's first step: the convention's text pasted or opened from a file, then read. */
export function ConventionSource({ lang, onRead, onCancel }: { readonly lang: 'fr' | 'en'; readonly onRead: (reading: ProfileReading) => void; readonly onCancel: () => void }) {
  const styles = useReviewStyles();
  const t = withScreenText(lang);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const read = (source: string) => {
    if (source.trim() === '') {
      setProblem(t('conventionEmpty'));
      return;
    }
    onRead(readProfile(source));
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

  return (
    <section className={styles.screen} aria-label={t('conventionRead')}>
      <Field label={t('conventionPasteLabel')}>
        <Textarea value={text} resize="vertical" rows={6} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Field label={t('conventionFileLabel')}>
        <input
          type="file"
          aria-label={t('conventionFileLabel')}
          accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(event) => void openFile(event.target.files?.[0])}
        />
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
        <Button onClick={onCancel}>{t('conventionCancel')}</Button>
      </div>
    </section>
  );
}
