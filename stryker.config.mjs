// @ts-check
// `npm run mutation`: StrykerJS over the core (src/domain) and the .xlsx reader and patcher (src/xlsx),
// outside `npm test` and CI. `npm run mutation -- --mutate src/domain/percent.ts` measures one file.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** @type {{ projects: Array<Record<string, unknown>> }} */
const jestConfig = require('./jest.config.js');
const unit = jestConfig.projects.find((project) => project.displayName === 'unit');
if (unit === undefined) throw new Error('jest.config.js has no "unit" project');

// MUTATION_TESTS=test/domain narrows the tests run to one folder: on a shared machine the .xlsx tests
// (a million-row file, the command line on real files) cost most of each domain mutant's time and kill
// few of them. The score of a run so narrowed is a floor, said so in docs/mutation.md.
// MUTATION_NAME=rules names a run's files (reports/mutation/rules.json, rules-incremental.json): runs
// over different folders each keep their own incremental results instead of overwriting one file.
const runName = process.env.MUTATION_NAME ?? 'mutation';

const testRoots = (process.env.MUTATION_TESTS ?? 'test/domain,test/xlsx').split(',').map((folder) => `<rootDir>/${folder.trim()}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/domain/**/*.ts', 'src/xlsx/**/*.ts', '!**/index.ts'],
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    // The unit project's transform and setup, over the two folders' own tests only: the pane's,
    // the page's and Chromium's tests would multiply the time for little the core's tests miss.
    // `projects: undefined` leaves jest.config.js's two projects out of the merged configuration.
    config: {
      ...unit,
      projects: undefined,
      displayName: undefined,
      // src/ is a root too: jest's --findRelatedTests follows imports through the files it indexes, and
      // with the test folders alone it found the tests of 3 files of test/domain out of 18.
      roots: ['<rootDir>/src', ...testRoots],
      setupFiles: [.../** @type {string[]} */ (unit.setupFiles ?? []), '<rootDir>/test/setup/mutation.ts'],
      // A caught mutant stops at its first failing test, the quickest files first. Stryker wraps the
      // environment for its coverage and loads it by this path, not through jest's <rootDir>.
      testEnvironment: fileURLToPath(new URL('./test/setup/mutation-environment.cjs', import.meta.url)),
      testSequencer: '<rootDir>/test/setup/mutation-sequencer.cjs',
    },
    enableFindRelatedTests: true,
  },
  // Each mutant runs only the tests that reached it in the first run.
  coverageAnalysis: 'perTest',
  // A mutant of a module's top level (a constant, a table, a pattern) runs while modules load, before
  // any test, so every test file that imports it is run for it: on money/, 63 such mutants out of
  // 260 took two thirds of the time, half a minute each. They are left out and counted as such in
  // docs/mutation.md; `npm run mutation -- --ignoreStatic false` runs them.
  ignoreStatic: true,
  // The command line's program (src/cli and what it imports, domain and xlsx among them), without
  // React or the tests: a mutant that no longer type-checks there is never run.
  checkers: ['typescript'],
  // MUTATION_TSCONFIG=tsconfig.domain.json checks the core's mutants against the core alone, a smaller
  // program that type-checks each mutant faster: the core imports nothing of the rest.
  tsconfigFile: process.env.MUTATION_TSCONFIG ?? 'tsconfig.cli.json',
  // Three on two cores: Stryker gives half its workers to the checker until every mutant is checked,
  // and with two a single test runner did all the work while the checker idled half the time.
  concurrency: 3,
  // Only mutants whose code or tests changed since the last run are run again. The file stays out
  // of git (reports/ is ignored): it is rewritten whole by every run, several MB, and two branches
  // running it would conflict on every merge; it is kept in the work tree between runs.
  incremental: true,
  incrementalFile: `reports/mutation/${runName}-incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${runName}.html` },
  jsonReporter: { fileName: `reports/mutation/${runName}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  // The sandbox copies the project but not what the tests never read (docs/ they do: the rules' table).
  ignorePatterns: ['dist', 'test-results', 'coverage', 'reports'],
  tempDirName: '.stryker-tmp',
};
