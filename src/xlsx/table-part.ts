import { parseRange } from '../domain';
import type { XlsxTable } from './xlsx-book';
import type { OfficePackage } from './package-parts';
import { attribute } from './xml-scan';

/** A table part: its name, its range and its header and totals rows, the format's defaults where Excel leaves them out. */
export function readTablePart(pack: OfficePackage, part: string): XlsxTable | null {
  let table: XlsxTable | null = null;
  pack.scan(part, {
    open(name, attributes) {
      if (name !== 'table' || table !== null) return;
      const ref = attribute(attributes, 'ref') ?? '';
      const corners = parseRange(ref);
      if (corners === null) return;
      const { from, to } = corners;
      // The format's defaults: one header row, no totals row (Excel writes neither when so).
      const headerRows = Number(attribute(attributes, 'headerRowCount') ?? 1);
      const totalsRows = Number(attribute(attributes, 'totalsRowCount') ?? 0);
      table = {
        name: attribute(attributes, 'displayName') ?? attribute(attributes, 'name') ?? part,
        ref,
        top: from.row,
        left: from.column,
        bottom: to.row,
        right: to.column,
        headerRows: Number.isInteger(headerRows) && headerRows >= 0 ? headerRows : 1,
        totalsRows: Number.isInteger(totalsRows) && totalsRows > 0 ? 1 : 0,
      };
    },
    close() {},
    text() {},
  });
  return table;
}
