import { MAX_HEADER_LENGTH, readHeader } from '../../src/domain';

describe('a header is read up to MAX_HEADER_LENGTH characters, spaces around it not counted', () => {
  // A long header as some officers write one, cut or padded to the length wanted.
  const long = "Participation de l'État au titre du programme 304, inclusion sociale et protection des personnes, ";
  const ofLength = (length: number) => long.repeat(3).slice(0, length);

  test.each([
    ['exactly the limit', ofLength(MAX_HEADER_LENGTH), { field: 'state' }],
    ['exactly the limit, then a space', `${ofLength(MAX_HEADER_LENGTH)} `, { field: 'state' }],
    ['one character over', ofLength(MAX_HEADER_LENGTH + 1), null],
  ])('%s: %j', (_what, header, reading) => {
    expect(header.trim()).toHaveLength(header.endsWith(' ') ? MAX_HEADER_LENGTH : header.length);
    expect(readHeader(header)).toEqual(reading);
  });

  test('a short header followed by many spaces (copied from a fixed-width export) is read', () => {
    expect(readHeader(`Part État${' '.repeat(MAX_HEADER_LENGTH)}`)).toEqual({ field: 'state' });
  });
});

describe('"Conseil général" is the Department; other councils are not', () => {
  test.each([
    ['Conseil général du Nord', { field: 'department' }],
    ['Conseil régional', null],
    ['Conseil municipal', null],
    ['Budget général', { field: 'cost' }],
  ])('%j: %j', (header, reading) => {
    expect(readHeader(header)).toEqual(reading);
  });
});
