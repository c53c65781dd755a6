import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileToJson, readProfile, resolveProfile } from '../../src/domain';
import type { OfficeHost } from '../../src/excel/office-workbook';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { PROFILE_NAMESPACE, profilePartXml } from '../../src/workbook/profile-xml';
import { parseSettings } from '../../src/workbook/settings';
import { readProfilePart, withProfilePart } from '../../src/xlsx/profile-part';
import { REAL_FILES } from '../helpers/excel-files';

/**
 * The Excel pane and the profile kept in the file: on start it reads the part the page or the
 * command line wrote (Office.js `customXmlParts.getByNamespace`, ExcelApi 1.5); when the officer
 * accepts a profile it writes the part (replaced, never doubled; taken out on going back to the
 * built-in profile). A host without ExcelApi 1.5 is not asked. The stand-in below behaves as Excel's
 * collection does: parts found by the namespace of their root element, `getXml` a ClientResult
 * read after sync, `add`, `setXml` and `delete` applied at sync.
 */

interface Part {
  xml: string;
  deleted: boolean;
}

function partsHost(initial: readonly string[], options: { excelApi15?: boolean } = {}) {
  const parts: Part[] = initial.map((xml) => ({ xml, deleted: false }));
  const pending: Array<() => void> = [];
  let runs = 0;
  const context = {
    workbook: {
      customXmlParts: {
        add(xml: string) {
          pending.push(() => parts.push({ xml, deleted: false }));
        },
        getByNamespace(namespace: string) {
          const collection = {
            items: [] as Array<{ getXml: () => { value: string }; setXml: (xml: string) => void; delete: () => void }>,
            load() {
              pending.push(() => {
                collection.items = parts
                  .filter((part) => !part.deleted && new RegExp(`xmlns="${namespace}"`).test(part.xml))
                  .map((part) => {
                    const result = { value: '' };
                    return {
                      getXml: () => {
                        pending.push(() => (result.value = part.xml));
                        return result;
                      },
                      setXml: (xml: string) => pending.push(() => (part.xml = xml)),
                      delete: () => pending.push(() => (part.deleted = true)),
                    };
                  });
              });
            },
          };
          return collection;
        },
      },
    },
    sync() {
      for (const step of pending.splice(0)) step();
      return Promise.resolve();
    },
  };
  const settings = new Map<string, unknown>();
  const host: OfficeHost = {
    async run(batch) {
      runs++;
      return batch(context as unknown as Excel.RequestContext);
    },
    isSetSupported: (_name, version) => options.excelApi15 !== false || Number(version.split('.')[1]) < 5,
    onTheWeb: false,
    settings: {
      get: (key: string) => settings.get(key),
      set: (key: string, value: unknown) => settings.set(key, value),
      saveAsync: (callback: (result: Office.AsyncResult<void>) => void) => callback({ status: 'succeeded' } as unknown as Office.AsyncResult<void>),
    } as unknown as OfficeHost['settings'],
  };
  return { host, live: () => parts.filter((part) => !part.deleted).map((part) => part.xml), runs: () => runs };
}

function sommeProfile(): Record<string, unknown> {
  const resolved = resolveProfile(readProfile(readFileSync(join(__dirname, '../fixtures/conventions/convention-somme-2024.txt'), 'utf8')));
  if (!('profile' in resolved)) throw new Error('unreadable');
  return profileToJson(resolved.profile);
}

test('on start, the pane reads the profile the page or the command line kept in the file', async () => {
  // The very XML the .xlsx writer puts in the file.
  const file = withProfilePart(new Uint8Array(readFileSync(join(REAL_FILES, 'excel-table01.xlsx'))), sommeProfile());
  expect(readProfilePart(file)).toEqual({ json: sommeProfile() });
  const { host } = partsHost(['<other xmlns="urn:someone-else"/>', profilePartXml(sommeProfile())]);
  const settings = parseSettings(await new OfficeWorkbook(host).readSettings());
  expect(settings.unreadable).toBe(false);
  expect(settings.settings.profile).toMatchObject({ name: 'Convention Somme 2024', stateCapPercent: 80, origins: { stateCapPercent: 'read' } });
});

test('accepting a profile writes the part; accepting another replaces it; going back to the built-in one takes it out', async () => {
  const { host, live } = partsHost(['<other xmlns="urn:someone-else"/>']);
  const workbook = new OfficeWorkbook(host);
  await workbook.writeSettings({ version: 1, profile: sommeProfile() });
  expect(live()).toEqual(['<other xmlns="urn:someone-else"/>', profilePartXml(sommeProfile())]);
  await workbook.writeSettings({ version: 1, profile: { ...sommeProfile(), stateCapPercent: 60 } });
  expect(live().filter((xml) => xml.includes(PROFILE_NAMESPACE))).toEqual([profilePartXml({ ...sommeProfile(), stateCapPercent: 60 })]);
  await workbook.writeSettings({ version: 1 });
  expect(live()).toEqual(['<other xmlns="urn:someone-else"/>']);
});

test('settings saved without a change of profile do not touch the parts; a host without ExcelApi 1.5 is not asked', async () => {
  const { host, runs } = partsHost([]);
  const workbook = new OfficeWorkbook(host);
  await workbook.writeSettings({ version: 1, lang: 'en' });
  expect(runs()).toBe(0);
  const old = partsHost([profilePartXml(sommeProfile())], { excelApi15: false });
  expect(await new OfficeWorkbook(old.host).readSettings()).toBeNull();
  expect(old.runs()).toBe(0);
});

test('a part edited by hand into something unreadable makes the settings unreadable, said by the pane', async () => {
  const { host } = partsHost([`<conventionProfile xmlns="${PROFILE_NAMESPACE}">{ pas du JSON</conventionProfile>`]);
  expect(parseSettings(await new OfficeWorkbook(host).readSettings()).unreadable).toBe(true);
});
