import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { ParagraphInit } from '../helpers/fake-word';

/**
 * A stand-in for office.js in Word, for the end-to-end tests: the same fake Word the unit tests use
 * (test/helpers/fake-word.ts, compiled for the page), behind `Office` and `Word` as office.js gives
 * them — `Office` at once, `Word` only when its host script has arrived (WORD_DELAY_MS later), and
 * Office.onReady resolving after that. The page's fake is window.__word, for the test to look into.
 */
export function wordStandIn(options: { paragraphs: readonly ParagraphInit[]; apiMinor?: number; cursorAt?: number; delayMs?: number }): string {
  const source = readFileSync(join(__dirname, '../helpers/fake-word.ts'), 'utf8');
  const compiled = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(() => {
  const exports = {};
  const module = { exports };
  ${compiled}
  const word = new exports.FakeWord(${JSON.stringify(options.paragraphs)});
  word.apiMinor = ${options.apiMinor ?? 4};
  ${options.cursorAt === undefined ? '' : `word.cursorAt(${options.cursorAt});`}
  window.__word = word;
  const host = word.host({ host: 'Word', platform: 'OfficeOnline', version: 'stand-in' });
  let ready;
  const onReady = new Promise((resolve) => (ready = resolve));
  window.Office = {
    onReady: () => onReady,
    context: {
      displayLanguage: 'fr-FR',
      platform: 'OfficeOnline',
      officeTheme: { bodyBackgroundColor: '#FFFFFF' },
      diagnostics: { version: 'stand-in' },
      requirements: { isSetSupported: (name, version) => host.isSetSupported(name, version) },
      document: { settings: host.settings },
    },
  };
  setTimeout(() => {
    window.Word = { run: host.run };
    ready({ host: 'Word', platform: 'OfficeOnline' });
  }, ${options.delayMs ?? 500});
})();`;
}
