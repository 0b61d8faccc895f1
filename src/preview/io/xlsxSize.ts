/**
 * The size of an .xlsx file's contents, read before it is parsed: the zip archive's central
 * directory gives every part's unpacked size (a zip bomb is refused there, without inflating
 * anything), and each worksheet's <dimension ref="A1:U500"/>, near the start of its XML, gives
 * its rows and columns; only those first bytes are inflated.
 */
import { checkSheetShape } from "./csvShape";
import { PreviewFileError } from "./fileError";

/**
 * The most bytes an .xlsx may unpack to. exceljs holds the XML as text while it parses, and a browser
 * tab runs out of memory at a few times this; a 5,000,000-cell sheet of numbers is about 300 MB of XML.
 */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;
/**
 * The most an archive may unpack to, as a multiple of its packed size, once it unpacks to more than
 * 10 MB. Worksheet XML packs 5–20 times (exceljs's own files, CBS's, Excel's); a zip bomb packs
 * hundreds or thousands of times.
 */
export const MAX_PACK_RATIO = 100;
const RATIO_FROM_BYTES = 10 * 1024 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  offset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A size of 0xFFFFFFFF means the real one is in a ZIP64 record: more than 4 GB. */
const ZIP64 = 0xffffffff;

/** The central directory's entries, or undefined when the bytes are no zip archive that can be read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535, at the very end.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      packed: view.getUint32(at + 20, true),
      unpacked: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The first `limit` bytes of an entry's content, unpacked as text (stored or deflated). */
async function entryStart(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.offset, true) !== LOCAL_HEADER) return "";
  const from = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const packed = bytes.subarray(from, Math.min(bytes.length, from + entry.packed));
  if (entry.method === 0) return new TextDecoder().decode(packed.subarray(0, limit));
  if (entry.method !== 8) return "";
  // Without DecompressionStream (older browsers, jsdom) the sheets' dimensions are not read before
  // parsing; the zip directory's sizes still are, and exceljs counts the cells as it reads.
  if (typeof DecompressionStream === "undefined" || typeof Blob.prototype.stream !== "function") return "";
  const reader = new Blob([packed as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (text.length < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (text.includes("<sheetData")) break;
    }
  } catch {
    // A damaged stream: exceljs says what is wrong with the file when it reads it.
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return text;
}

/** Zero-based column of letters ("A" → 0, "XFD" → 16383), beyond Excel's too (a crafted file). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Rows and columns of a worksheet's <dimension ref="A1:U500"/>, when it states one; read by hand, as
 * a crafted file may state more than Excel's sheet, which the address reader refuses.
 */
export function sheetDimension(xml: string): { rows: number; columns: number } | undefined {
  const ref = /<(?:\w+:)?dimension\b[^>]*\bref="\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?"/.exec(xml);
  if (!ref) return undefined;
  const [, left, top, right = left, bottom = top] = ref;
  return {
    rows: Math.abs(Number(bottom) - Number(top)) + 1,
    columns: Math.abs(columnIndex(right) - columnIndex(left)) + 1,
  };
}

/**
 * Refuses an .xlsx whose contents are too large, before exceljs parses it. Bytes that are no
 * readable zip pass: exceljs says what is wrong with them.
 * @throws PreviewFileError "packed" for a zip bomb (more than MAX_UNPACKED_BYTES, or MAX_PACK_RATIO
 *   times its size), "tooManyRows"/"tooManyColumns"/"tooLarge" when the sheets' dimensions pass
 *   Excel's sheet or the preview's cells
 */
export async function checkXlsxSize(bytes: Uint8Array, fileName: string): Promise<void> {
  const entries = zipEntries(bytes);
  if (!entries) return;
  let unpacked = 0;
  for (const entry of entries) {
    if (entry.unpacked === ZIP64 || entry.packed === ZIP64) throw new PreviewFileError("packed", fileName, "> 4 GB");
    unpacked += entry.unpacked;
  }
  const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
  if (unpacked > MAX_UNPACKED_BYTES || (unpacked > RATIO_FROM_BYTES && unpacked > MAX_PACK_RATIO * bytes.length)) {
    throw new PreviewFileError("packed", fileName, `${mb(bytes.length)} → ${mb(unpacked)}`);
  }
  let cells = 0;
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const size = sheetDimension(await entryStart(bytes, entry, 16384));
    if (!size) continue;
    checkSheetShape(size.rows, size.columns, fileName, cells);
    cells += size.rows * size.columns;
  }
}
