/**
 * How much a command takes in. ExcelJS holds every cell of a book in memory, 300–700 bytes each (measured: a
 * million numbers take 313 MB of heap; the demo book's styled cells 680 bytes each), so a sheet whose formatting
 * runs to row 1 048 576 would exhaust Node's heap long before any message. These limits stop such a book first,
 * with a Russian message, and keep a command under about 2 GB.
 */
export const LIMITS = {
  /** The file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** All worksheets' XML, uncompressed (about 40–80 bytes a cell). */
  sheetXmlBytes: 250 * 1024 * 1024,
  /** Cells of one sheet by its declared extent (rows × columns). */
  sheetCells: 2_000_000,
  /** Cells of all sheets together. */
  bookCells: 3_000_000,
} as const;
