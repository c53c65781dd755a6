import { moveFormula } from '../../src/xlsx/formula-text';

/**
 * Shared formulas: the file holds the formula of the first cell, and every other cell of the range
 * reads it moved by its distance from that cell, as Excel fills a formula down or across.
 */
describe('a formula moved as Excel fills it', () => {
  it.each([
    // [formula in the first cell, rows down, columns right, the formula in the moved cell]
    ['SUM(D2:D7)', 1, 0, 'SUM(D3:D8)'],
    ['SUM(D2:D7)', 0, 2, 'SUM(F2:F7)'],
    ['SUM($D$2:$D$7)', 5, 5, 'SUM($D$2:$D$7)'],
    ['D2*$B$1', 3, 0, 'D5*$B$1'],
    ['$D2+D$2', 2, 1, '$D4+E$2'],
    ['SUM(C:C)', 4, 1, 'SUM(D:D)'],
    ['SUM($C:C)', 0, 1, 'SUM($C:D)'],
    ['SUM(2:2)', 3, 0, 'SUM(5:5)'],
    ['SUM($2:3)', 1, 0, 'SUM($2:4)'],
    ['Z1+1', 0, 1, 'AA1+1'],
    ['AZ9', 0, 1, 'BA9'],
    ['SUM(AA2:AB7)', 0, 1, 'SUM(AB2:AC7)'],
    ['SUM(AA:AB)', 0, 1, 'SUM(AB:AC)'],
    ['SUM(10:12)', 1, 0, 'SUM(11:13)'],
    ['SUM(D2:D1048575)', 1, 0, 'SUM(D3:D1048576)'],
    // A conditional format's later area may lie above or left of its first one, whose top-left
    // cell its formula is written for: the formula moves back, onto the first row or column.
    ['C2<>B2', 0, -1, 'B2<>A2'],
    ['D3>D2', -1, 0, 'D2>D1'],
    // Left alone: text in quotes, sheet names in quotes, function names, names and structured references.
    ['IF(E2>"D2";"A1";E2)', 1, 0, 'IF(E3>"D2";"A1";E3)'],
    ["'Feuille D2'!D2+'l''État'!B3", 1, 0, "'Feuille D2'!D3+'l''État'!B4"],
    ['LOG10(D2)', 1, 0, 'LOG10(D3)'],
    ['ATAN2(D2,E2)', 1, 0, 'ATAN2(D3,E3)'],
    ['Budget[Part État]+Table1[[#This Row],[Coût]]', 1, 0, 'Budget[Part État]+Table1[[#This Row],[Coût]]'],
    ['SUM(_xlfn.X1)', 1, 0, 'SUM(_xlfn.X1)'],
    ['part_D2+D2', 1, 0, 'part_D2+D3'],
    ['Feuil2!D2', 1, 0, 'Feuil2!D3'],
    ['D2', 0, 0, 'D2'],
  ])('%s moved %i rows and %i columns reads %s', (formula, rows, columns, moved) => {
    expect(moveFormula(formula, rows, columns)).toBe(moved);
  });

  it.each([
    ['D2', -2, 0],
    ['D1048576', 1, 0],
    ['A1', 0, -1],
    ['XFD1', 0, 1],
    ['SUM(1:1)', -1, 0],
    ['SUM(A:A)', 0, -1],
  ])('turns %s moved %i rows and %i columns off the sheet into #REF!', (formula, rows, columns) => {
    expect(moveFormula(formula, rows, columns)).toContain('#REF!');
  });

  it.each([
    ['SUM(B:D)', 0, -2],
    ['SUM(D:XFD)', 0, 1],
    ['SUM(2:4)', -2, 0],
    ['SUM(2:1048576)', 1, 0],
  ])('turns the whole range %s moved %i rows and %i columns into one #REF! when one end leaves the sheet', (formula, rows, columns) => {
    expect(moveFormula(formula, rows, columns)).toBe('SUM(#REF!)');
  });

  it('moves both ends of a range apart when one is absolute', () => {
    expect(moveFormula('SUM(D$2:D7)', 10, 0)).toBe('SUM(D$2:D17)');
  });
});
