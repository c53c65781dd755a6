import { findingOf } from './findings';
import { rule } from './rule';

/** Over the envelope, the State's shares must come down; under it, what is left to allocate is said. */
const SEVERITY = { over: 'error', under: 'warning' } as const;

/** When the officer (or the convention) gives the State envelope, the State column adds up to it (art. 2.2 and 4.1 of the seed). */
export const envelope = rule({
  id: 'envelope',
  severity: SEVERITY,
  find(budget, context) {
    const { totals } = budget;
    const { envelope: given } = context;
    if (!totals.exact || given === undefined || totals.state === given) return [];
    const over = totals.state > given;
    return [
      findingOf(
        budget,
        'envelope',
        over ? SEVERITY.over : SEVERITY.under,
        null,
        { state: totals.state, envelope: given },
        over
          ? { kind: 'envelope-exceeded', state: totals.state, envelope: given, over: totals.state - given, excludedRows: totals.excludedRows }
          : { kind: 'envelope-left', state: totals.state, envelope: given, left: given - totals.state, excludedRows: totals.excludedRows },
      ),
    ];
  },
});
