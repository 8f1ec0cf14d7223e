import { createExcelHost, HostError } from "../helpers/excelHost";

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return (error as HostError).code;
  }
  return "no error";
};

describe("in-memory Excel host", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["", ""]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("refuses a 2-D array whose shape differs from the range, at sync", async () => {
    const host = createExcelHost();
    const code = await codeOf(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 2, 2);
        range.values = [[1, 2, 3]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(host.state.sheet("Sheet1").cells.size).toBe(0);
  });

  it("applies queued writes only at sync, and counts the request", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["текст"]];
      expect(host.state.sheet("Sheet1").value(1, 1)).toBe("");
      await context.sync();
      expect(host.state.sheet("Sheet1").value(1, 1)).toBe("текст");
    });
    expect(host.stats.syncs).toBe(1);
    expect(host.stats.maxRequestBytes).toBeGreaterThan("текст".length);
  });

  it("coerces input like typing and keeps formulas unevaluated", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D1").values = [["'001", "12.5", "=SUM(B1,1)", true]];
      const read = sheet.getRange("A1:D1").load("values, formulas");
      await context.sync();
      expect(read.values).toEqual([["001", 12.5, null, true]]);
      expect(read.formulas).toEqual([["001", 12.5, "=SUM(B1,1)", true]]);
    });
    host.state.sheet("Sheet1").setComputed(0, 2, 13.5);
    expect(host.state.sheet("Sheet1").value(0, 2)).toBe(13.5);
  });

  it("resolves *OrNullObject proxies at sync, and chains null objects", async () => {
    const host = createExcelHost({ sheets: ["Лист 1"] });
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Нет такого");
      const present = context.workbook.worksheets.getItemOrNullObject("лист 1");
      const used = missing.getUsedRangeOrNullObject();
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([missing.isNullObject, present.isNullObject, used.isNullObject]).toEqual([true, false, true]);
    });
  });

  it("reads sheet-qualified A1 addresses", async () => {
    const host = createExcelHost({ sheets: ["Лист 1"] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Лист 1");
      sheet.getRange("'Лист 1'!$B$2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      const used = sheet.getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("'Лист 1'!B2:C3");
    });
  });

  it("refuses requests over 5 MB like Excel on the web", async () => {
    const host = createExcelHost();
    const code = await codeOf(
      host.run(async (context) => {
        const rows = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows.length, 1).values = rows;
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(host.state.sheet("Sheet1").cells.size).toBe(0);
  });

  it("fails APIs newer than its requirement set with ApiNotFound", async () => {
    const host = createExcelHost({ apiVersion: 11 });
    expect(host.supports("ExcelApi", "1.11")).toBe(true);
    expect(host.supports("ExcelApi", "1.12")).toBe(false);
    const code = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").customProperties.add("key", "value");
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });

  it("rejects overlapping tables and duplicate table names", async () => {
    const host = createExcelHost();
    const overlap = await codeOf(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.tables.add("A1:B3", true).name = "Первая";
        sheet.tables.add("B2:C4", true);
        await context.sync();
      }),
    );
    expect(overlap).toBe("InvalidOperation");
    const duplicate = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("E1:F3", true).name = "первая";
        await context.sync();
      }),
    );
    expect(duplicate).toBe("InvalidArgument");
    expect(host.state.sheet("Sheet1").value(0, 0)).toBe("Column1");
  });

  it("refuses a typed list source past 255 characters", async () => {
    const host = createExcelHost();
    const code = await codeOf(
      host.run(async (context) => {
        const validation = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A10").dataValidation;
        validation.rule = { list: { inCellDropDown: true, source: Array(60).fill("пункт").join(",") } };
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });
});
