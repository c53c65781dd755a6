import { WorkbookError, type WorkbookErrorCode } from '../workbook/budget-workbook';

// OfficeExtension.Error codes (https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes).
const CODES: Record<string, WorkbookErrorCode> = {
  InvalidOperationInCellEditMode: 'busy-editing',
  AccessDenied: 'protected',
  InsertDeleteConflict: 'protected',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  RangeExceedsLimit: 'too-large',
  ItemNotFound: 'not-found',
  InvalidReference: 'not-found',
  ApiNotFound: 'unsupported',
  UnsupportedOperation: 'unsupported',
  NotImplemented: 'unsupported',
  ServiceNotAvailable: 'unavailable',
  Unauthenticated: 'unavailable',
  ActivityLimitReached: 'unavailable',
};

/** Turns whatever Office.js threw into a WorkbookError that the pane can say in a sentence. */
export function toWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  return new WorkbookError(CODES[code] ?? 'unknown', code === '' ? message : `${code}: ${message}`);
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * A request or response Excel found too large. Older Excel on the web answers an oversized read
 * with a bare GeneralException: read as too large too, since halving the slice is the cure for both.
 */
export function isPayloadTooLarge(error: unknown): boolean {
  return toWorkbookError(error).code === 'too-large' || codeOf(error) === 'GeneralException';
}

/** Excel cannot make a batch one undo step (ExcelApi 1.20's mergeUndoGroup). */
export function isUndoNotSupported(error: unknown): boolean {
  return codeOf(error) === 'UndoNotSupported';
}

/** The officer is typing in a cell, and Excel could not hold the batch until the edit ends. */
export function isBusyEditing(error: unknown): boolean {
  return toWorkbookError(error).code === 'busy-editing';
}

/** Excel on the web asks to slow down, or is briefly unavailable: worth trying again after a pause. */
export function isThrottled(error: unknown): boolean {
  return /^(ActivityLimitReached|ServiceNotAvailable)$/.test(codeOf(error));
}

/** What a sheet was asked for is gone (the sheet deleted meanwhile, or an item of it). */
export function isNotFound(error: unknown): boolean {
  return toWorkbookError(error).code === 'not-found';
}
