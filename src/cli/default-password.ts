/**
 * Workbooks encrypted with Excel's built-in password ("VelvetSweatshop"): Excel opens them without
 * asking for one, so the officer does not know they are encrypted. officecrypto-tool (MIT) decrypts
 * the ECMA-376 standard and agile encryptions Excel writes; it is loaded only for such a file, and
 * never by the page.
 */
const EXCEL_DEFAULT_PASSWORD = 'VelvetSweatshop';

/**
 * Excel hashes the password 100 000 times; the format allows 10 000 000, which a hostile file could
 * ask for to keep us busy for minutes. Above this, the file is treated as protected by a password.
 */
const MAX_SPIN_COUNT = 500_000;

function spinCounts(bytes: Uint8Array): number[] {
  // The agile encryption's description is XML inside the compound file: its spin counts are plain text.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return [...text.matchAll(/spinCount="(\d{1,12})"/g)].map((match) => Number(match[1]));
}

/** The decrypted workbook, or null when Excel's built-in password does not open it. */
export async function decryptWithDefaultPassword(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (spinCounts(bytes).some((count) => count > MAX_SPIN_COUNT)) return null;
  try {
    const officeCrypto = (await import('officecrypto-tool')).default;
    const decrypted = await officeCrypto.decrypt(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { password: EXCEL_DEFAULT_PASSWORD });
    return new Uint8Array(decrypted.buffer, decrypted.byteOffset, decrypted.byteLength);
  } catch {
    // A wrong password, an encryption the library does not know, or a damaged file: all are "protected" to us.
    return null;
  }
}
