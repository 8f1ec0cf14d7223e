/** What a file's first bytes say it is, before any spreadsheet library sees it. */
export type FileKind = "empty" | "zip" | "xls" | "encrypted" | "text" | "unknown";

const ZIP = [0x50, 0x4b];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** A name as an OLE2 directory stores it: UTF-16LE. */
function utf16(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ENCRYPTION_INFO = utf16("EncryptionInfo");
const ENCRYPTED_PACKAGE = utf16("EncryptedPackage");

/** Text files are mostly printable characters, tabs and line breaks (UTF-8, UTF-16 with BOM, or Windows-1251). */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length === 0) return false;
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return true;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return control / sample.length < 0.01;
}

/**
 * The kind of a file by its magic bytes. Excel 97–2003 books and password-protected .xlsx books are both OLE2
 * compound files; a protected one holds the streams EncryptionInfo and EncryptedPackage.
 */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, OLE2)) {
    return contains(bytes, ENCRYPTION_INFO) || contains(bytes, ENCRYPTED_PACKAGE) ? "encrypted" : "xls";
  }
  return looksLikeText(bytes) ? "text" : "unknown";
}
