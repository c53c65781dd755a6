// Under `npm run mutation` only: the files that hold a test reaching the mutant, as the first run wrote
// them down (mutation-environment.cjs), the quickest first, so that a caught mutant is caught before
// the slow files run. Jest runs the slowest first, to keep its workers busy. A file that failed on the
// last mutant still goes first. Without the first run's list, every file jest found is run.
const fs = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

class MutationSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.namePattern = options.globalConfig.testNamePattern;
  }

  reaching(tests) {
    if (!this.namePattern || tests.length === 0) return tests;
    let filesOfTests;
    try {
      filesOfTests = JSON.parse(fs.readFileSync(path.join(tests[0].context.config.rootDir, '.mutation-tests.json'), 'utf8'));
    } catch {
      return tests;
    }
    const pattern = new RegExp(this.namePattern, 'i');
    const files = new Set(Object.entries(filesOfTests).flatMap(([name, files]) => (pattern.test(name) ? files : [])));
    const kept = tests.filter((test) => files.has(test.path));
    return kept.length > 0 ? kept : tests;
  }

  sort(tests) {
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    const kept = this.reaching(tests);
    for (const test of kept) test.duration = this.time(test);
    return [...kept].sort((a, b) => {
      const failedA = this.hasFailed(a);
      if (failedA !== this.hasFailed(b)) return failedA ? -1 : 1;
      if ((a.duration == null) !== (b.duration == null)) return a.duration == null ? 1 : -1;
      if (a.duration != null && b.duration != null) return a.duration - b.duration;
      return size(a) - size(b);
    });
  }
}

module.exports = MutationSequencer;
