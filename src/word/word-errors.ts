import { DocumentError, type DocumentErrorCode } from '../document/convention-document';

/** Word's error codes (OfficeExtension.Error.code), as the pane needs to tell them apart. */
const CODES: Readonly<Record<string, DocumentErrorCode>> = {
  AccessDenied: 'read-only',
  ApiNotFound: 'unsupported',
  NotImplemented: 'unsupported',
  ItemNotFound: 'not-found',
  GeneralException: 'unknown',
  InvalidArgument: 'unknown',
};

/** Any failure of a Word batch, as a DocumentError with a code (ours pass through). */
export function documentErrorOf(error: unknown): DocumentError {
  if (error instanceof DocumentError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const location = typeof error === 'object' && error !== null && 'debugInfo' in error ? (error as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation : undefined;
  return new DocumentError(CODES[code] ?? 'unknown', [code, location, message].filter(Boolean).join(' — '));
}
