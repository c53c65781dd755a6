// Under `npm run mutation` only, two savings Stryker's jest runner does not make, and one mend.
// - Once a test fails for a mutant, the tests after it are skipped: one failure is enough for Stryker
//   to call the mutant caught, and its runner cannot stop jest early (jest's `bail` counts whole files
//   and Stryker turns it off), so a caught mutant of a function every test reaches ran the whole suite.
// - The first run, without a mutant, writes down which file holds each test, by the name Stryker gives
//   it, so that mutation-sequencer.cjs runs only the files holding the tests that reach a mutant:
//   Stryker filters tests by name, and jest loads every file related to the mutated one to find them.
// Stryker runs jest in band, one mutant at a time, so the state below is per process.
const fs = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

let caught;
const filesOfTests = new Map();

function fullName(block) {
  return block.parent === undefined ? '' : `${fullName(block.parent)} ${block.name}`.trimStart();
}

class MutationEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    this.mapFile = path.join(config.projectConfig.rootDir, '.mutation-tests.json');
  }

  async handleTestEvent(event) {
    // Stryker's environment names the test running from its test_start to its test_done, but jest
    // sends no test_done for a skipped test: its name stayed on, and the next file's modules loading
    // (a table, a pattern) were put down as reached by that skipped test. A mutant there then ran no
    // test and "survived" (59 of the 139 of the first .xlsx run). Named by no test, it is static.
    if (event.name === 'setup' || event.name === 'test_skip' || event.name === 'test_todo') {
      const stryker = this.global[this.global.__strykerGlobalNamespace__ ?? '__stryker__'];
      if (stryker !== undefined) stryker.currentTestId = undefined;
    }
    const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
    if (mutant === undefined) {
      if (event.name === 'test_start') {
        // Two files may hold tests of the same name: both are kept.
        const name = fullName(event.test);
        filesOfTests.set(name, [...new Set([...(filesOfTests.get(name) ?? []), this.testPath])]);
      }
      return;
    }
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') caught = mutant;
    else if (event.name === 'test_start' && caught === mutant) event.test.mode = 'skip';
  }

  async teardown() {
    if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined && filesOfTests.size > 0) {
      fs.writeFileSync(this.mapFile, JSON.stringify(Object.fromEntries(filesOfTests)));
    }
    await super.teardown();
  }
}

module.exports = MutationEnvironment;
