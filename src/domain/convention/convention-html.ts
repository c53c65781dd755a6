/**
 * A Word document's text as mammoth's HTML gives it (`convertToHtml`), in the reader's own form:
 * one line per paragraph, heading or list item, and one line per table row with its cells
 * separated by tabs (as a table copied from Word into a .txt), so that a table's label and value
 * are read together. Pure string work: the same function serves the command line and the pane.
 */
export function conventionTextOfHtml(html: string): string {
  const lines: string[] = [];
  // Rows first: a cell's own paragraphs join with a space, its cells with a tab.
  const withRows = html.replace(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi, (_, row: string) => {
    const cells = [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((cell) => inline((cell[1] as string).replace(/<\/p>\s*<p\b[^>]*>/gi, ' ')));
    return `<p>${cells.map((cell) => cell.replace(/\t/g, ' ')).join('\u0009')}</p>`;
  });
  const blocks = /<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const match of withRows.matchAll(blocks)) {
    const tag = (match[1] as string).toLowerCase();
    const text = inline(match[2] as string);
    lines.push(tag === 'li' ? `- ${text}` : text);
  }
  return lines.join('\n');
}

/** A block's text: tags dropped, <br> as a space, entities decoded, spaces single. */
function inline(html: string): string {
  return decode(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, ''))
    .replace(/[ \u00a0]{2,}/g, ' ')
    .trim();
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return NAMED[entity.toLowerCase()] ?? all;
  });
}
