import type { ConventionDocuments, ConventionFileResult } from '../workbook/convention-documents';
import { writtenConventionName } from '../workbook/convention-documents';

/**
 * The page's Word conventions: the .docx adapter loads on first use, in its own chunk, so that the
 * pane's first load does not carry it.
 */
const adapter = () => import(/* webpackChunkName: "docx" */ '../docx/convention-docx');

export const pageConventionDocuments: ConventionDocuments = {
  async compare(file, budget, request): Promise<ConventionFileResult> {
    const { DocxFileError, compareConventionDocx } = await adapter();
    try {
      return { kind: 'checked', check: compareConventionDocx(file.bytes, file.name, budget, request), written: null, notes: [] };
    } catch (error) {
      if (error instanceof DocxFileError) return { kind: 'unreadable', reason: error.reason };
      throw error;
    }
  },

  async write(file, budget, request): Promise<ConventionFileResult> {
    const { DocxFileError, readConventionDocx, writeConventionDocx } = await adapter();
    try {
      const result = writeConventionDocx(readConventionDocx(file.bytes, file.name), budget, request);
      return { kind: 'checked', check: result.check, written: result.bytes === null ? null : { name: writtenConventionName(file.name, request.fileYear), bytes: result.bytes }, notes: result.notes };
    } catch (error) {
      if (error instanceof DocxFileError) return { kind: 'unreadable', reason: error.reason };
      throw error;
    }
  },

  save(file) {
    const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
