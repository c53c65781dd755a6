import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The import rule of eslint.config.mjs is the architecture: these imports point the wrong way and
 * must be refused, these point inward and must pass. ESLint loads its config by dynamic import,
 * which jest's sandbox refuses, so every case is linted at once in a child Node process.
 */
const REFUSED: Array<[string, string]> = [
  ['src/domain/x.ts', "import { readFileSync } from 'node:fs';"],
  ['src/domain/x.ts', "import React from 'react';"],
  ['src/domain/x.ts', "import { translate } from '../i18n/translate';"],
  ['src/domain/x.ts', "import ExcelJS from 'exceljs';"],
  ['src/taskpane/x.tsx', "import { annotatedCopy } from '../xlsx/annotate';"],
  ['src/taskpane/x.tsx', "import { officeWorkbook } from '../excel/office-workbook';"],
  ['src/taskpane/x.tsx', "import { MemoryWorkbook } from '../memory/memory-workbook';"],
  ['src/cli/x.ts', "import { Button } from '@fluentui/react-components';"],
  ['src/excel/x.ts', "import { Pane } from '../taskpane/pane';"],
  ['src/memory/x.ts', "import ExcelJS from 'exceljs';"],
  ['src/wordpane/x.tsx', "import { OfficeDocument } from '../word/office-document';"],
  ['src/wordpane/x.tsx', "import { readXlsx } from '../xlsx/xlsx-read';"],
  ['src/word/x.ts', "import { WordPane } from '../wordpane/word-pane';"],
  ['src/word/x.ts', "import { OfficeWorkbook } from '../excel/office-workbook';"],
  ['src/document/x.ts', "import { OfficeDocument } from '../word/office-document';"],
  ['src/taskpane/x.tsx', "import { OfficeDocument } from '../word/office-document';"],
  // A nested folder is of its top folder's layer: what lies outside the top folder is checked whatever the depth.
  ['src/domain/rules/x.ts', "import { translate } from '../../i18n/translate';"],
  ['src/domain/rules/x.ts', "import React from 'react';"],
  ['src/domain/rules/deeper/x.ts', "import { Pane } from '../../../taskpane/pane';"],
  ['src/domain/rules/x.ts', "import { secret } from '../../../package.json';"],
  ['src/excel/flags/x.ts', "import { Pane } from '../../taskpane/pane';"],
  ['src/taskpane/review/x.tsx', "import { MemoryWorkbook } from '../../memory/memory-workbook';"],
  ['src/taskpane/review/x.tsx', "import { officeWorkbook } from '../../excel/office-workbook';"],
  // A specifier that climbs past src/ is no import of ours.
  ['src/wordpane/x.tsx', "import { OfficeDocument } from '../../word/office-document';"],
];
const ACCEPTED: Array<[string, string]> = [
  ['src/domain/x.ts', "import * as z from 'zod/mini';\nimport { a1 } from './a1';"],
  ['src/cli/x.ts', "import { readFileSync } from 'node:fs';\nimport { checkWorkbook } from '../domain';"],
  ['src/taskpane/x.tsx', "import { Button } from '@fluentui/react-components';\nimport type { BudgetWorkbook } from '../workbook/budget-workbook';"],
  [
    'src/wordpane/x.tsx',
    "import { Button } from '@fluentui/react-components';\nimport type { ConventionDocument } from '../document/convention-document';\nimport { withScreenText } from '../taskpane/screen-text-for';",
  ],
  ['src/word/x.ts', "import { DocumentError } from '../document/convention-document';\nimport { formatMoney } from '../domain';"],
  ['src/addin/x.tsx', "import { OfficeDocument } from '../word/office-document';\nimport { readXlsx } from '../xlsx/xlsx-read';\nimport { WordPane } from '../wordpane/word-pane';"],
  ['src/domain/rules/x.ts', "import { formatMoney } from '../money/format';\nimport { stateCap } from './state-cap';"],
  ['src/domain/rules/deeper/x.ts', "import { formatMoney } from '../../money/format';\nimport * as z from 'zod/mini';"],
  ['src/excel/flags/x.ts', "import { checkWorkbook } from '../../domain';\nimport type { BudgetWorkbook } from '../../workbook/budget-workbook';\nimport { toWorkbookError } from '../office-errors';"],
  [
    'src/taskpane/review/x.tsx',
    "import { conventionTextOfHtml } from '../../domain/convention/convention-html';\nimport { Button } from '@fluentui/react-components';\nimport { useScreenText } from '../screen-text-for';",
  ],
];

const LINT_ALL = `
const { ESLint } = require('eslint');
const tseslint = require('typescript-eslint');
const cases = JSON.parse(process.argv[1]);
// The cases are files of no TypeScript project: the type-checked rules cannot read them, the import rule needs no types.
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });
Promise.all(cases.map(async ([filePath, code]) => {
  const [result] = await eslint.lintText(code + '\\nexport {};\\n', { filePath });
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal !== undefined) throw new Error(filePath + ': ' + fatal.message);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
})).then((counts) => process.stdout.write(JSON.stringify(counts)));
`;

let counts: number[] = [];
beforeAll(() => {
  const output = execFileSync(process.execPath, ['-e', LINT_ALL, JSON.stringify([...REFUSED, ...ACCEPTED])], {
    cwd: join(__dirname, '..'),
    encoding: 'utf8',
  });
  counts = JSON.parse(output) as number[];
}, 60_000);

function importErrors(index: number): number {
  return counts[index] ?? -1;
}

describe('imports point inward', () => {
  test.each(REFUSED.map((entry, index) => [...entry, index] as const))('%s refuses %s', (_file, _code, index) => {
    expect(importErrors(index)).toBe(1);
  });

  test.each(ACCEPTED.map((entry, index) => [...entry, REFUSED.length + index] as const))('%s accepts %s', (_file, _code, index) => {
    expect(importErrors(index)).toBe(0);
  });
});
