import fc from 'fast-check';

// Under `npm run mutation` only: a property that fails stops at its first counterexample. Shrinking
// it to the smallest one helps a person read a failure, not Stryker count a kill, and on random
// grids it ran past the mutant's time limit.
fc.configureGlobal({ endOnFailure: true });
