import { officerNoteText } from '../workbook/our-marks';
import type { OfficePackage } from './package-parts';
import { attribute } from './xml-scan';

/** A note of the sheet as the officer wrote it: our section (a mark of ours) taken out. */
export interface SheetNote {
  /** The officer's text; empty when the note was ours alone. */
  readonly text: string;
  /** The note held a section of ours: the cell was marked by us when the file was saved. */
  readonly marked: boolean;
}

/** The notes of a sheet's notes part, by cell (A1), the officer's text apart from ours. */
export function readNotes(pack: OfficePackage, part: string): Map<string, SheetNote> {
  const notes = new Map<string, SheetNote>();
  let ref: string | null = null;
  let texts: string[] = [];
  let inText = false;
  let phonetic = 0;
  pack.scan(part, {
    open(name, attributes, selfClosing) {
      if (name === 'comment') {
        ref = (attribute(attributes, 'ref') ?? '').split(':')[0]?.toUpperCase() ?? null;
        texts = [];
        if (selfClosing) ref = null;
      } else if (name === 'rPh' && !selfClosing) phonetic++;
      else if (name === 't' && !selfClosing && ref !== null && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'comment' && ref !== null) {
        const text = texts.join('');
        const officer = officerNoteText(text);
        notes.set(ref, { text: officer.trim() === '' ? '' : officer, marked: officer !== text });
        ref = null;
      }
    },
    text(text) {
      if (inText) texts.push(text);
    },
  });
  return notes;
}
