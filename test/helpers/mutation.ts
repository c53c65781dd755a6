/**
 * What `npm run mutation` changes in the tests it runs (Stryker sets STRYKER_MUTATOR_WORKER in its
 * workers). Each mutant reruns every test that reaches the code it changed, and a mutant no test
 * catches runs them all: the suite's slowest tests would cost most of the run, and a handful of
 * mutants would take the time of hundreds. Both changes can only lower the score, never raise it.
 */
const mutating = process.env.STRYKER_MUTATOR_WORKER !== undefined;

/** A tenth of a property's random cases: a mutant a property catches usually fails its first ones. */
export function propertyRuns(runs: number): number {
  return mutating ? Math.max(50, Math.ceil(runs / 10)) : runs;
}

/**
 * A test of size or cost (a million rows, a megabyte string, a password's 100 000 hash rounds),
 * seconds long, skipped under Stryker: the smaller tests of the same code stay.
 */
export const slowTest: typeof test = mutating ? test.skip : test;

/**
 * A test of the built executable (`bin/`, over dist/): it runs in a process of its own, which reads
 * the compiled code and never a mutant, and Stryker's sandbox holds no dist/. Skipped under Stryker.
 */
export const builtTest: typeof test = mutating ? test.skip : test;
