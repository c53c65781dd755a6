import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * README and docs/ are what a newcomer reads first: a link that leads nowhere, a page README does
 * not name, or a test command CI does not run would each mislead them on their first day.
 */

const ROOT = join(__dirname, '..');
const DOCS = join(ROOT, 'docs');
const PAGES = [
  join(ROOT, 'README.md'),
  ...readdirSync(DOCS)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(DOCS, name)),
];

const read = (file: string) => readFileSync(file, 'utf8');

/** The text outside code: fenced blocks and inline code hold commands and JSON, not links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Every link and image target of a page, as written. */
function targets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? '');
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a page's headings, a repeated one numbered as GitHub numbers it (-1, -2…). */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const match of markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(match[1] ?? '');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

/** What is wrong with one relative link of `page`, or null when it leads somewhere. */
function brokenLink(page: string, target: string): string | null {
  const [path = '', anchor] = target.split('#', 2);
  const file = path === '' ? page : join(dirname(page), decodeURI(path));
  if (!existsSync(file)) return `${target}: no such file`;
  if (anchor === undefined || anchor === '') return null;
  if (statSync(file).isDirectory() || !file.endsWith('.md')) return `${target}: an anchor into a file that is not a page`;
  return anchors(read(file)).has(decodeURIComponent(anchor)) ? null : `${target}: no heading with that anchor`;
}

describe('README and docs/', () => {
  test('the anchors are GitHub’s', () => {
    expect(slug('Without Word: the convention as a .docx, on the command line and the page')).toBe('without-word-the-convention-as-a-docx-on-the-command-line-and-the-page');
    expect(slug('The standalone page (`npm run demo`)')).toBe('the-standalone-page-npm-run-demo');
    expect(slug('Conventions: profile, --convention, --profile, --assume')).toBe('conventions-profile---convention---profile---assume');
    expect(slug('Réglages › Convention')).toBe('réglages--convention');
  });

  test('every relative link and image leads to a file, and every anchor to a heading of it', () => {
    const broken = PAGES.flatMap((page) =>
      targets(read(page))
        .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
        .map((target) => brokenLink(page, target))
        .filter((problem): problem is string => problem !== null)
        .map((problem) => `${relative(ROOT, page)}: ${problem}`),
    );
    expect(broken).toEqual([]);
    // The check looks at links at all: README links each page of docs/.
    expect(targets(read(join(ROOT, 'README.md'))).length).toBeGreaterThan(10);
  });

  test('README names every page of docs/', () => {
    const linked = new Set(targets(read(join(ROOT, 'README.md'))).map((target) => target.split('#')[0]));
    const pages = readdirSync(DOCS)
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`);
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });

  test('README opens with the two commands, and its test command is the one CI runs', () => {
    const commands = /^```sh\n([\s\S]*?)^```$/m.exec(read(join(ROOT, 'README.md')))?.[1] ?? '';
    const lines = commands.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [run, test] = lines.map((line) => line.replace(/\s+#.*$/, '').trim());
    expect(run).toBe('npm install && npm run demo');
    const ci = read(join(ROOT, '.ci/run'))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(ci.at(-1)).toBe(test);
  });
});
