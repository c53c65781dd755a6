// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The architecture, enforced: each folder of src/ may import only what sits further in. The core
 * (domain) imports nothing but zod; adapters import the core and the workbook interface; the pane
 * talks to the workbook interface only; composition roots (addin, standalone) wire them together.
 * A folder nested in a top folder (src/domain/rules/) is of its top folder's layer: it imports
 * freely inside that top folder, and what lies outside it by the top folder's list.
 */
const LAYERS = {
  domain: { allow: ['zod', 'zod/mini'], why: 'The domain core is pure: it imports nothing but zod and its own files.' },
  i18n: { allow: ['../domain'], why: 'The catalogue imports only the core’s types.' },
  sample: { allow: ['../domain'], why: 'Sample data imports only the core’s types.' },
  workbook: { allow: ['zod', 'zod/mini', '../domain'], why: 'The workbook interface depends on the core (and zod, for settings) only.' },
  xlsx: { allow: ['fflate', 'zod', 'zod/mini', '../domain', '../workbook'], why: 'The .xlsx adapter sees the core and the workbook interface only.' },
  docx: { allow: ['fflate', '../domain', '../xlsx'], why: 'The .docx adapter sees the core and the package reader it shares with .xlsx files only.' },
  cli: {
    allow: ['node:*', 'zod', 'zod/mini', 'mammoth', 'officecrypto-tool', '../domain', '../i18n', '../xlsx', '../docx', '../workbook'],
    why: 'The command line runs the core on .xlsx files: no browser, React or Office code.',
  },
  excel: { allow: ['zod', 'zod/mini', '../domain', '../workbook', '../i18n'], why: 'The Office.js adapter sees the core and the workbook interface only.' },
  document: { allow: ['zod', 'zod/mini', '../domain', '../workbook'], why: 'The convention document’s interface depends on the core (and the workbook’s settings) only.' },
  word: { allow: ['../domain', '../document'], why: 'The Office.js Word adapter sees the core and the document interface only.' },
  memory: { allow: ['zod', 'zod/mini', 'fast-formula-parser', '../domain', '../workbook'], why: 'The in-memory workbook sees the core and the workbook interface only (and its formula engine).' },
  taskpane: {
    allow: ['react', 'react-dom', '@fluentui/react-components', '@fluentui/react-icons', 'zod', 'zod/mini', 'mammoth', '../domain', '../workbook', '../i18n'],
    why: 'The pane talks to the workbook interface only, never to an adapter (Office.js, memory, exceljs).',
  },
  wordpane: {
    allow: ['react', 'react-dom', '@fluentui/react-components', '@fluentui/react-icons', 'zod', 'zod/mini', '../domain', '../workbook', '../document', '../i18n', '../taskpane'],
    why: 'The Word pane talks to the document interface only, never to an adapter (Office.js Word, the .xlsx reader).',
  },
  addin: {
    allow: ['react', 'react-dom', '@fluentui/react-components', '../domain', '../workbook', '../document', '../i18n', '../excel', '../word', '../xlsx', '../taskpane', '../wordpane'],
    why: 'The add-in entry wires the Office.js adapters (Excel, Word) to their panes.',
  },
  standalone: {
    allow: [
      'react',
      'react-dom',
      '@fluentui/react-components',
      '@fluentui/react-icons',
      'numfmt',
      'zod',
      'zod/mini',
      '../domain',
      '../workbook',
      '../i18n',
      '../memory',
      '../taskpane',
      '../sample',
      '../xlsx',
      '../docx',
    ],
    why: 'The standalone page wires the in-memory workbook and the grid to the pane.',
  },
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** How deep folders nest inside a top folder of src/ (src/domain/rules/x.ts is at depth 1). */
const MAX_DEPTH = 3;

/**
 * A regex matching every import specifier a file at `depth` folders below its top folder may not
 * use: outside `allow` (each with its subpaths; `x*` a prefix), where `../name` names a top folder of
 * src/ and is written with depth + 1 `../`. A relative specifier that stays inside the top folder
 * (`./x`, and up to `depth` `../`) is always allowed; one that climbs past src/ never is.
 */
function outside(allow, depth) {
  const allowed = allow.map((name) => {
    if (name.endsWith('*')) return `${escape(name.slice(0, -1))}.+`;
    const top = name.startsWith('../') ? `(?:\\.\\./){${depth + 1}}${escape(name.slice(3))}` : escape(name);
    return `${top}(?:/.+)?`;
  });
  const inside = depth === 0 ? '\\./(?!\\.\\./).+' : `(?:\\./|(?:\\.\\./){1,${depth}})(?!\\.\\./).+`;
  return `^(?!(?:${[inside, ...allowed].join('|')})$)`;
}

/** The files of a top folder at a depth: src/domain/*.ts at 0, src/domain/<folder>/*.ts at 1… */
const filesAt = (folder, depth) => [`src/${folder}/${'*/'.repeat(depth)}*.{ts,tsx}`];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'bench/results.json', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser, ...globals.jest, Office: 'readonly', Excel: 'readonly', Word: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },

  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['src/**/*.tsx', 'src/taskpane/**/*.ts', 'src/standalone/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...Object.entries(LAYERS).flatMap(([folder, { allow, why }]) =>
    Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
      files: filesAt(folder, depth),
      rules: {
        'no-restricted-imports': ['error', { patterns: [{ regex: outside(allow, depth), message: why }] }],
      },
    })),
  ),
);
