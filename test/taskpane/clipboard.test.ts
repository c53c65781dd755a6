import { copyRich } from '../../src/taskpane/clipboard';

/** A document whose copy command fires a copy event, as a browser's does inside a click. */
function documentWithClipboard(works: boolean) {
  const listeners: Array<(event: ClipboardEvent) => void> = [];
  const data = new Map<string, string>();
  const doc = {
    addEventListener: (_: string, listener: (event: ClipboardEvent) => void) => listeners.push(listener),
    removeEventListener: (_: string, listener: (event: ClipboardEvent) => void) => listeners.splice(listeners.indexOf(listener), 1),
    execCommand: () => {
      if (!works) return false;
      const event = { clipboardData: { setData: (type: string, value: string) => data.set(type, value) }, preventDefault: () => undefined };
      for (const listener of [...listeners]) listener(event as unknown as ClipboardEvent);
      return true;
    },
  };
  return { doc: doc as unknown as Document, data, listeners };
}

describe('copying the clause', () => {
  test('puts both plain text and HTML on the clipboard, then lets go of the copy event', () => {
    const { doc, data, listeners } = documentWithClipboard(true);
    expect(copyRich('4.1 Pour l’année 2022', '<p>4.1 Pour l’année 2022</p>', doc)).toBe(true);
    expect(Object.fromEntries(data)).toEqual({ 'text/plain': '4.1 Pour l’année 2022', 'text/html': '<p>4.1 Pour l’année 2022</p>' });
    expect(listeners).toHaveLength(0);
  });

  test('says so when the browser refuses', () => {
    const { doc, data } = documentWithClipboard(false);
    expect(copyRich('x', '<p>x</p>', doc)).toBe(false);
    expect(data.size).toBe(0);
  });
});
