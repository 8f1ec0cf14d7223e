import { ru } from "../../src/core/base/i18n/ru";
import type { ExistingSheet } from "../../src/core/workbook/existing";
import { contentsRole } from "../../src/core/workbook/settings";
import { statusOf } from "../../src/core/operations/status";
import { storedBuild } from "../../src/core/sheets/storedCatalog";

const sheet = (name: string, role?: string): ExistingSheet => ({ name, role, cells: [] }) as unknown as ExistingSheet;

describe("storedBuild: what a workbook was built with", () => {
  test("reads the settings stored with «Содержание»", () => {
    const role = contentsRole({
      framework: "asino",
      periods: ["2023/2024"],
      municipality: "Энск",
      flavour: "portable",
    });
    const stored = storedBuild([sheet("Содержание", role)]);
    expect(stored.settings.municipality).toBe("Энск");
    expect(stored.periods.map((period) => period.label)).toEqual(["2023/2024"]);
  });

  test("a book without our sheets is told to create them", () => {
    expect(() => storedBuild([sheet("Лист1")])).toThrow(ru.operations.notBuilt);
  });

  test.each([
    ["before settings were stored", "contents"],
    ["with settings this version cannot read", 'contents:{"framework":"asino","periods":'],
    [
      "with a framework this version lacks",
      contentsRole({ framework: "x", periods: [], municipality: "", flavour: "msoko" }),
    ],
  ])("a book of another version (%s) is told so, not that it has no sheets", (_, role) => {
    expect(() => storedBuild([sheet("Содержание", role)])).toThrow(ru.operations.otherVersion);
  });

  test("the pane's status says why such a book is not read, and says nothing of the kind for an empty one", () => {
    expect(statusOf([sheet("Содержание", "contents")]).unreadable).toBe(ru.operations.otherVersion);
    expect(statusOf([sheet("Лист1")]).unreadable).toBeUndefined();
  });
});
