import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckResult, Lang } from '../domain';
import type { BudgetWorkbook } from '../workbook/budget-workbook';
import { type CheckState, LiveChecker } from '../workbook/live-check';
import { checkOptionsOf, DEFAULT_SETTINGS, parseSettings, type WorkbookSettings } from '../workbook/settings';
import { defaultLanguage, type PaneEnvironment } from './environment';
import { textFor, type Translate } from './text';
import { useAttempt } from './use-attempt';

export interface PaneState {
  readonly lang: Lang;
  readonly t: Translate;
  readonly settings: WorkbookSettings;
  readonly settingsUnreadable: boolean;
  readonly check: CheckState;
  /** The newest result, kept on screen while the next check runs. */
  readonly result: CheckResult | null;
  /** A failure of the last operation (a check, a copy to Excel, a settings save). */
  readonly failure: unknown;
  /** Checks now: the officer's "Vérifier" (one step of Excel's undo where it allows). */
  readonly checkNow: () => void;
  /** Runs work with live checking held, then checks again (the self-test). */
  readonly exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  readonly updateSettings: (next: WorkbookSettings) => Promise<void>;
  /** Runs an operation on the workbook, turning a failure into `failure` instead of a blank pane. */
  readonly attempt: <T>(operation: () => Promise<T>) => Promise<T | undefined>;
}

/** The pane's state: the workbook's settings, and a live check that follows the officer's edits. */
export function usePaneState(workbook: BudgetWorkbook, environment: PaneEnvironment): PaneState {
  const [settings, setSettings] = useState<WorkbookSettings>(DEFAULT_SETTINGS);
  const [settingsUnreadable, setSettingsUnreadable] = useState(false);
  const [check, setCheck] = useState<CheckState>({ status: 'idle' });
  const { failure, attempt } = useAttempt();
  const settingsRef = useRef(settings);
  const checkerRef = useRef<LiveChecker | null>(null);

  useEffect(() => {
    let live = true;
    const checker = new LiveChecker(
      workbook,
      () => checkOptionsOf(settingsRef.current),
      (state) => {
        if (live) setCheck(state);
      },
    );
    checkerRef.current = checker;
    void (async () => {
      const stored = await attempt(() => workbook.readSettings());
      const parsed = parseSettings(stored);
      if (!live) return;
      settingsRef.current = parsed.settings;
      setSettings(parsed.settings);
      setSettingsUnreadable(parsed.unreadable);
      await attempt(() => checker.start());
    })();
    return () => {
      live = false;
      checkerRef.current = null;
      void checker.stop();
    };
  }, [workbook, attempt]);

  const checkNow = useCallback(() => {
    void checkerRef.current?.checkNow(true);
  }, []);

  const exclusive = useCallback(async <T>(work: () => Promise<T>): Promise<T> => {
    const checker = checkerRef.current;
    return checker === null ? work() : checker.exclusive(work);
  }, []);

  const updateSettings = useCallback(
    async (next: WorkbookSettings) => {
      settingsRef.current = next;
      setSettings(next);
      setSettingsUnreadable(false);
      await attempt(() => workbook.writeSettings(next));
      await checkerRef.current?.checkNow();
    },
    [workbook, attempt],
  );

  const lang = settings.lang ?? defaultLanguage(environment.displayLanguage);
  const t = useMemo(() => textFor(lang), [lang]);
  const result = check.status === 'done' ? check.result : check.status === 'idle' ? null : check.previous;
  const shownFailure = check.status === 'failed' ? check.error : failure;
  return { lang, t, settings, settingsUnreadable, check, result, failure: shownFailure, checkNow, exclusive, updateSettings, attempt };
}
