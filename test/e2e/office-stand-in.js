/*
 * A stand-in for office.js in the end-to-end tests, as office.js behaves when it loads: `Office` is
 * defined at once, `Excel` only when the host script office.js loads asynchronously has arrived
 * (EXCEL_DELAY_MS later), and Office.onReady resolves after that. Its Excel holds one empty sheet.
 */
(() => {
  const EXCEL_DELAY_MS = 500;
  const settings = new Map();
  const nullObject = () => ({
    isNullObject: true,
    load() {
      return this;
    },
    getRange: nullObject,
    getUsedRangeOrNullObject: nullObject,
  });
  const collection = (items) => ({
    items,
    load() {
      this.items = items;
      return this;
    },
    getItem: () => ({ delete() {} }),
    add: () => ({ custom: { rule: {}, format: { fill: {}, font: {} } } }),
  });
  const sheet = (name) => ({
    name,
    id: `{${name}}`,
    isNullObject: false,
    getUsedRangeOrNullObject: nullObject,
    getRange: () => ({
      conditionalFormats: collection([]),
      load() {
        return this;
      },
    }),
    onChanged: { add: () => ({ remove() {}, context: { sync: async () => undefined } }) },
  });
  const context = () => {
    const worksheets = collection([sheet('Feuil1')]);
    worksheets.getItemOrNullObject = (key) => worksheets.items.find((item) => item.name === key || item.id === key) ?? nullObject();
    worksheets.getItem = (name) => worksheets.getItemOrNullObject(name);
    worksheets.onChanged = { add: () => ({ remove() {}, context: { sync: async () => undefined } }) };
    worksheets.onAdded = { add: () => ({ remove() {}, context: { sync: async () => undefined } }) };
    const tables = collection([]);
    tables.getItemOrNullObject = nullObject;
    return { workbook: { worksheets, tables }, sync: async () => undefined };
  };
  let excelReady;
  const ready = new Promise((resolve) => (excelReady = resolve));
  window.Office = {
    onReady: () => ready,
    context: {
      displayLanguage: 'fr-FR',
      platform: 'OfficeOnline',
      officeTheme: { bodyBackgroundColor: '#FFFFFF' },
      diagnostics: { version: 'stand-in' },
      requirements: { isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 9 },
      document: {
        settings: {
          get: (key) => settings.get(key) ?? null,
          set: (key, value) => settings.set(key, value),
          saveAsync: (callback) => callback && callback({ status: 'succeeded' }),
        },
      },
    },
  };
  setTimeout(() => {
    window.Excel = { run: async (options, batch) => (typeof options === 'function' ? options : batch)(context()) };
    excelReady({ host: 'Excel', platform: 'OfficeOnline' });
  }, EXCEL_DELAY_MS);
})();
