import * as ExcelJS from "exceljs";
import { ru } from "../../../src/core/base/i18n/ru";
import { demoGaps, demoRequest } from "../../../src/core/features/demo/demoData";
import { createWorkbookOperations } from "../../../src/excel/workbookOperations";
import { createFileOperations, FileBook } from "../../../src/xlsx/fileOperations";
import { createExcelHost } from "../../helpers/excelHost";

/*
 * «Создать демо-книгу» in the pane and on the page: the same demo as `msoko demo`, laid out by both shells
 * from the one operation, only in a book without sheets of ours.
 */
describe("the pane's demo book", () => {
  test.each(["tula", "abinsk"])(
    "%s: laid out in an empty book by both shells alike, its only findings the announced gap",
    async (id) => {
      const host = createExcelHost();
      const excel = createWorkbookOperations(host.run);
      const book: FileBook = { workbook: new ExcelJS.Workbook(), changed: false };
      const file = createFileOperations(() => book, { pause: async () => undefined });

      const made = await excel.createDemo(id);
      await file.createDemo(id);
      expect(made.notices[0]).toBe(ru.demo.about(ru.demo.municipality));
      expect(book.changed).toBe(true);

      const request = demoRequest(id);
      const status = await excel.readStatus();
      expect(status).toMatchObject({
        built: true,
        frameworkId: id,
        municipality: ru.demo.municipality,
        periods: request.periods.map((period) => period.label),
        schools: request.schools,
      });
      expect(await file.readStatus()).toMatchObject({ built: true, frameworkId: id, schools: request.schools });

      // The demo checks clean but for the gap it announces: one organisation's sheet left empty for the last year.
      const { unfilled } = demoGaps(request.framework, request.periods, request.schools);
      const [inExcel, inFile] = [await excel.check(), await file.check()];
      expect(inExcel.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(inExcel.findings.length).toBeGreaterThan(0);
      for (const finding of inExcel.findings) expect(finding.message).toContain(unfilled!.school);
      expect(inFile.findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual(
        inExcel.findings.map((f) => [f.sheet, f.cell, f.rule]),
      );
    },
  );

  test("refuses a book that already has sheets of ours, and one's own Положение, changing nothing", async () => {
    const host = createExcelHost();
    const excel = createWorkbookOperations(host.run);
    await expect(excel.createDemo("own")).rejects.toThrow(
      ru.cli.unknownFramework("own", "asino, tula, abinsk, taimyr"),
    );
    await excel.createDemo("asino");
    const sheets = host.state.sheets.map((sheet) => sheet.name);
    await expect(excel.createDemo("tula")).rejects.toThrow(ru.demo.notEmpty);
    expect(host.state.sheets.map((sheet) => sheet.name)).toEqual(sheets);
    expect((await excel.readStatus()).frameworkId).toBe("asino");
  });
});
