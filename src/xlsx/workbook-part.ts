import { attribute, booleanAttribute, scanXml } from './xml-scan';

/** A sheet as the workbook part lists it: its name, its relationship's id, whether it is hidden. */
export interface WorkbookSheetEntry {
  readonly name: string;
  readonly relationId: string;
  readonly hidden: boolean;
}

/** What the workbook part says of the workbook: its sheets in tab order and its date system. */
export interface WorkbookPart {
  readonly sheets: WorkbookSheetEntry[];
  readonly date1904: boolean;
}

/** The package's main part (`xl/workbook.xml` unless the package's relationships name another). */
export const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml';

/** Reads the workbook part: the reader and the patcher both find the sheets' parts through it. */
export function readWorkbookPart(xml: string): WorkbookPart {
  const sheets: WorkbookSheetEntry[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, attributes) {
      if (name === 'sheet') {
        const state = attribute(attributes, 'state');
        sheets.push({ name: attribute(attributes, 'name') ?? `Sheet${sheets.length + 1}`, relationId: attribute(attributes, 'id') ?? '', hidden: state === 'hidden' || state === 'veryHidden' });
      } else if (name === 'workbookPr') {
        date1904 = booleanAttribute(attributes, 'date1904') ?? false;
      }
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}
