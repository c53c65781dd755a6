/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  setupFiles: ['<rootDir>/test/setup/dom.ts'],
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/test'], testMatch: ['**/*.test.ts', '**/*.test.tsx'] },
    // The standalone page in real Chromium, on the production build (npm test builds it first).
    { ...common, displayName: 'e2e', roots: ['<rootDir>/test/e2e'], testMatch: ['**/*.e2e.ts'] },
  ],
};
