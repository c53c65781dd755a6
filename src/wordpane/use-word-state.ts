import { useCallback, useEffect, useMemo, useState } from 'react';
import { BUILT_IN_PROFILE, type ConventionProfile, type Lang, parseProfileJson } from '../domain';
import type { ConventionDocument } from '../document/convention-document';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings, parseDocumentSettings } from '../document/document-settings';
import { defaultLanguage, type PaneEnvironment } from '../taskpane/environment';
import { useAttempt } from '../taskpane/use-attempt';
import { type WordTranslate, wordTextFor } from './word-text-for';

export interface WordState {
  readonly lang: Lang;
  readonly t: WordTranslate;
  readonly settings: DocumentSettings;
  readonly settingsUnreadable: boolean;
  /** The convention profile the officer accepted for this convention, else the built-in one. */
  readonly profile: ConventionProfile;
  /** A failure of the last operation, said in a sentence until the next one succeeds. */
  readonly failure: unknown;
  readonly updateSettings: (next: DocumentSettings) => Promise<void>;
  /** Runs an operation on the convention, turning a failure into `failure` instead of a blank pane. */
  readonly attempt: <T>(operation: () => Promise<T>) => Promise<T | undefined>;
}

/** The Word pane's state: the document's settings (language, profile, last budget) and the last failure. */
export function useWordState(convention: ConventionDocument, environment: PaneEnvironment): WordState {
  const [settings, setSettings] = useState<DocumentSettings>(DEFAULT_DOCUMENT_SETTINGS);
  const [settingsUnreadable, setSettingsUnreadable] = useState(false);
  const { failure, attempt } = useAttempt();

  useEffect(() => {
    let live = true;
    void attempt(() => convention.readSettings()).then((stored) => {
      if (!live) return;
      const parsed = parseDocumentSettings(stored);
      setSettings(parsed.settings);
      setSettingsUnreadable(parsed.unreadable);
    });
    return () => {
      live = false;
    };
  }, [convention, attempt]);

  const updateSettings = useCallback(
    async (next: DocumentSettings) => {
      setSettings(next);
      setSettingsUnreadable(false);
      await attempt(() => convention.writeSettings(next));
    },
    [convention, attempt],
  );

  const lang = settings.lang ?? defaultLanguage(environment.displayLanguage);
  const t = useMemo(() => wordTextFor(lang), [lang]);
  const profile = useMemo(() => {
    // A stored profile that no longer parses (edited by hand) falls back to the built-in one.
    const parsed = settings.profile === undefined ? undefined : parseProfileJson(settings.profile);
    return parsed !== undefined && 'profile' in parsed ? parsed.profile : BUILT_IN_PROFILE;
  }, [settings.profile]);
  return { lang, t, settings, settingsUnreadable, profile, failure, updateSettings, attempt };
}
