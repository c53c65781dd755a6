import { ParserFormulaEngine } from '../../src/memory/formula-engine';
import { MemoryWorkbook } from '../../src/memory/memory-workbook';
import { ConditionalLooks } from '../../src/standalone/conditional-looks';
import type { ConditionalFormat } from '../../src/workbook/cell-look';

/**
 * The officer's conditional formats as the grid draws them (issue 19, item 3): Excel's comparisons,
 * formulas moved from the format's first cell to each cell, priorities and "stop if true", and a
 * change of a value anywhere followed.
 */

const RED = { fill: '#FFC7CE', color: '#9C0006' };
const BOLD = { bold: true };
const GREEN = { fill: '#C6EFCE' };

function looks(formats: ConditionalFormat[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>) {
  const workbook = new MemoryWorkbook([{ name: 'Nord', rows, look: { formats } }]);
  workbook.attachEngine(new ParserFormulaEngine());
  const sheet = workbook.sheet('Nord')!;
  return { workbook, conditional: new ConditionalLooks(workbook, sheet) };
}

test('cell-value rules: comparisons with numbers and text, between either way round, an empty cell as 0', () => {
  const { conditional } = looks(
    [
      { areas: ['A1:A5'], rules: [{ kind: 'cellIs', operator: 'between', formulas: ['100', '10'], look: RED, priority: 1, stopIfTrue: false }] },
      { areas: ['B1:B3'], rules: [{ kind: 'cellIs', operator: 'equal', formulas: ['"total"'], look: BOLD, priority: 2, stopIfTrue: false }] },
      { areas: ['C1:C2'], rules: [{ kind: 'cellIs', operator: 'lessThanOrEqual', formulas: ['0'], look: GREEN, priority: 3, stopIfTrue: false }] },
    ],
    [
      [50, 'Total', null],
      [5, 'Sous-total', 3],
      [100, 12, null],
      ['texte', null, null],
    ],
  );
  expect(conditional.lookAt(0, 0)).toEqual(RED);
  expect(conditional.lookAt(1, 0)).toBeNull();
  expect(conditional.lookAt(2, 0)).toEqual(RED);
  expect(conditional.lookAt(3, 0)).toBeNull();
  expect(conditional.lookAt(0, 1)).toEqual(BOLD);
  expect(conditional.lookAt(1, 1)).toBeNull();
  expect(conditional.lookAt(2, 1)).toBeNull();
  expect(conditional.lookAt(0, 2)).toEqual(GREEN);
  expect(conditional.lookAt(1, 2)).toBeNull();
  // Outside every area.
  expect(conditional.lookAt(9, 9)).toBeNull();
  expect(conditional.readsOtherCells).toBe(false);
});

test('formula rules move from the first cell; the first rule by priority wins what both set; "stop if true" ends the list; values followed', () => {
  const { workbook, conditional } = looks(
    [
      { areas: ['C2:C4'], rules: [{ kind: 'expression', operator: '', formulas: ['$E2>$D2/2'], look: { color: '#9C0006', italic: true }, priority: 2, stopIfTrue: false }] },
      { areas: ['C2:C4'], rules: [{ kind: 'expression', operator: '', formulas: ['$D2>100000'], look: { color: '#0000FF', bold: true }, priority: 1, stopIfTrue: false }] },
      { areas: ['D2:D4'], rules: [{ kind: 'expression', operator: '', formulas: ['D2>=SUM($D$2:$D$4)/2'], look: GREEN, priority: 3, stopIfTrue: true }] },
      { areas: ['D2:D4'], rules: [{ kind: 'cellIs', operator: 'greaterThan', formulas: ['0'], look: BOLD, priority: 4, stopIfTrue: false }] },
    ],
    [
      ['Action', 'Axe', 'Intitulé', 'Coût', 'État'],
      [1, 2, 'Réseau', 160000, 45139],
      [2, 2, 'Santé', 100000, 54460],
      [3, 1, 'Mobilité', 120000, 60000],
    ],
  );
  expect(conditional.lookAt(1, 2)).toEqual({ color: '#0000FF', bold: true });
  expect(conditional.lookAt(2, 2)).toEqual({ color: '#9C0006', italic: true });
  expect(conditional.lookAt(3, 2)).toEqual({ color: '#0000FF', bold: true });
  // D2 is not half the column, D3 neither: the bold rule draws; "stop if true" keeps D's green alone.
  expect(conditional.lookAt(1, 3)).toEqual(BOLD);
  workbook.setCell('Nord', 'D2', 400000);
  expect(conditional.lookAt(1, 3)).toEqual(GREEN);
  // Action 2's cost raised: its State share is no longer over half of it, and the cost is over 100 000.
  workbook.setCell('Nord', 'D3', 130000);
  expect(conditional.lookAt(2, 2)).toEqual({ color: '#0000FF', bold: true });
  expect(conditional.readsOtherCells).toBe(true);
});
