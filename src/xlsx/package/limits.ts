/**
 * How much a command takes in. ExcelJS holds every cell of a book in memory (a few hundred bytes each), so a sheet
 * whose formatting runs to row 1 048 576 would exhaust Node's heap long before any message: these limits stop it
 * first, with a Russian message. A 300-organisation Tula book is about 2 MB and 0,6 million cells.
 */
export const LIMITS = {
  /** The file itself. */
  fileBytes: 150 * 1024 * 1024,
  /** All worksheets' XML, uncompressed. */
  sheetXmlBytes: 1024 * 1024 * 1024,
  /** Cells of one sheet by its declared extent (rows × columns). */
  sheetCells: 4_000_000,
  /** Cells of all sheets together. */
  bookCells: 8_000_000,
} as const;
