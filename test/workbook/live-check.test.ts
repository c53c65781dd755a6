import type { WorkbookSnapshot } from '../../src/domain';
import { MemoryWorkbook } from '../../src/memory/memory-workbook';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { type CheckState, LiveChecker } from '../../src/workbook/live-check';

/** A workbook whose reads can be held back, to let edits arrive while a check runs. */
class SlowWorkbook extends MemoryWorkbook {
  reads = 0;
  hold: Promise<void> | null = null;

  override async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    const snapshot = await super.read();
    if (this.hold) await this.hold;
    return snapshot;
  }
}

function stateOf(states: CheckState[]): number | undefined {
  const last = [...states].reverse().find((state): state is Extract<CheckState, { status: 'done' }> => state.status === 'done');
  return last?.result.budgets[0]?.totals.state;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the live check', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  test('a burst of edits is read once, 300 ms after the last', async () => {
    const workbook = new SlowWorkbook([{ name: 'Nord', rows: NORD_SHEET.rows }]);
    const states: CheckState[] = [];
    const checker = new LiveChecker(
      workbook,
      () => ({}),
      (state) => states.push(state),
      300,
    );
    await checker.start();
    expect(workbook.reads).toBe(1);
    for (const value of [90001, 90002, 90003]) {
      workbook.setCell('Nord', 'E3', value);
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(workbook.reads).toBe(1);
    await jest.advanceTimersByTimeAsync(300);
    expect(workbook.reads).toBe(2);
    expect(stateOf(states)).toBe(50_000_000 + 1_914_900);
    await checker.stop();
  });

  test('a result overtaken by a newer edit is dropped: the newest edit wins, in the totals and the flags', async () => {
    jest.useRealTimers();
    const workbook = new SlowWorkbook([{ name: 'Nord', rows: NORD_SHEET.rows }]);
    const states: CheckState[] = [];
    const checker = new LiveChecker(
      workbook,
      () => ({}),
      (state) => states.push(state),
      5,
    );
    await checker.start();

    let release = () => undefined as void;
    workbook.hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    workbook.setCell('Nord', 'E3', 90001);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(workbook.reads).toBe(2);
    // While that read is held, the officer types again.
    workbook.setCell('Nord', 'E3', 70854);
    workbook.hold = null;
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tick();

    const done = states.filter((state) => state.status === 'done');
    expect(done).toHaveLength(2);
    expect(stateOf(states)).toBe(50_000_000);
    expect(workbook.flagAt('Nord', 'E3')).toBeUndefined();
    await checker.stop();
  });

  test('a co-author’s edit is checked and shown, but not flagged: their own pane flags it', async () => {
    jest.useRealTimers();
    const workbook = new SlowWorkbook([{ name: 'Nord', rows: NORD_SHEET.rows }]);
    const states: CheckState[] = [];
    let flagged = 0;
    const showFlags = workbook.showFlags.bind(workbook);
    workbook.showFlags = async (...args) => {
      flagged++;
      return showFlags(...args);
    };
    const checker = new LiveChecker(
      workbook,
      () => ({}),
      (state) => states.push(state),
      5,
    );
    await checker.start();
    expect(flagged).toBe(1);
    workbook.sheet('Nord')!.cells.set('E3', 90001);
    checker.noteEdit({ remote: true });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(stateOf(states)).toBe(50_000_000 + 1_914_700);
    expect(flagged).toBe(1);
    expect(workbook.flagAt('Nord', 'E3')).toBeUndefined();
    // The officer's own edit in the same burst as a co-author's is flagged.
    checker.noteEdit({ remote: true });
    checker.noteEdit({ remote: false });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(flagged).toBe(2);
    expect(workbook.flagAt('Nord', 'E3')?.severity).toBe('error');
    await checker.stop();
  });
});
