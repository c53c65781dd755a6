import type { Severity } from '../domain';

/**
 * The fill of a flagged cell, the same in Excel, in the standalone grid and in an annotated copy:
 * Excel's own "light red" for errors and its "light yellow" (amber) for warnings, so that flags
 * look like the conditional formats officers already know. Each with the dark text Excel pairs it
 * with, which keeps a contrast ratio above 4.5:1.
 */
export const FLAG_COLOURS: Readonly<Record<Severity, { readonly fill: string; readonly text: string }>> = {
  error: { fill: '#FFC7CE', text: '#9C0006' },
  warning: { fill: '#FFEB9C', text: '#9C5700' },
};
