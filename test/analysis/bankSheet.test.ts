import { bankRows, bankSheetPlan, readBankRows } from "../../src/core/features/analysis/bankSheet";
import type { Phrase } from "../../src/core/features/analysis/model";
import { DEFAULT_PHRASES } from "../../src/core/features/analysis/phraseBank";
import { ru } from "../../src/core/base/i18n/ru";
import type { PlannedCell } from "../../src/core/base/plan/types";

const HEADERS = ["Код", "Повод", "Адресат", "Система (код)", "Формулировка", "Источник"];

/** The sheet as a shell reads it back: its values, row by row from A1. */
function sheetValues(phrases: readonly Phrase[]): unknown[][] {
  const plan = bankSheetPlan(phrases);
  expect(plan.blocks).toHaveLength(1);
  return plan.blocks[0].cells.map((row) => row.map((cell: PlannedCell) => cell));
}

describe("bank sheet", () => {
  it("writes one row per phrase with Russian trigger words", () => {
    const rows = bankRows(DEFAULT_PHRASES.slice(0, 2));
    expect(rows[0].slice(0, 3)).toEqual(["training.declined.uo.1", "снижение", "управление образования"]);
    const words = Object.values(ru.recommendations.triggers);
    expect(words.sort()).toEqual([
      "мало данных",
      "нестабильно",
      "отстающие ОО",
      "рост",
      "снижение",
      "цель не достигнута",
    ]);
  });

  it("round-trips the default bank through the planned sheet", () => {
    const read = readBankRows(sheetValues(DEFAULT_PHRASES));
    expect(read.problems).toEqual([]);
    expect(read.phrases).toEqual(DEFAULT_PHRASES);
  });

  it("round-trips a phrase limited to one system, and bare data rows", () => {
    const own: Phrase = {
      id: "mine.1",
      trigger: "improved",
      actor: "педагоги",
      systemCode: "3.1",
      text: "своя мера.",
      source: "",
    };
    expect(readBankRows(bankRows([own]))).toEqual({ phrases: [own], problems: [] });
    // A system code typed as a number comes back as text.
    const typed = readBankRows([[...HEADERS], ["mine.2", "Рост", "Педагоги", 3.1, "мера.", null]]);
    expect(typed.phrases[0]).toMatchObject({ id: "mine.2", trigger: "improved", actor: "педагоги", systemCode: "3.1" });
  });

  it("plans a table with list validation for trigger and actor", () => {
    const plan = bankSheetPlan(DEFAULT_PHRASES);
    expect(plan.role).toBe("bank");
    expect(plan.name).toBe("Банк формулировок");
    const headerRow = plan.blocks[0].cells.findIndex((row) => row[0] === "Код");
    expect(plan.blocks[0].cells[headerRow]).toEqual(HEADERS);
    expect(plan.tables).toEqual([
      { name: expect.any(String), range: { row: headerRow, col: 0, rows: DEFAULT_PHRASES.length + 1, cols: 6 } },
    ]);
    const lists = plan.validations.map((v) => ({
      col: v.range.col,
      row: v.range.row,
      rows: v.range.rows,
      rule: v.rule,
    }));
    expect(lists).toEqual([
      {
        col: 1,
        row: headerRow + 1,
        rows: DEFAULT_PHRASES.length,
        rule: {
          kind: "list",
          items: ["снижение", "нестабильно", "цель не достигнута", "мало данных", "отстающие ОО", "рост"],
        },
      },
      {
        col: 2,
        row: headerRow + 1,
        rows: DEFAULT_PHRASES.length,
        rule: { kind: "list", items: ["управление образования", "ИМЦ", "руководители ОО", "педагоги", "родители"] },
      },
    ]);
    for (const v of plan.validations) {
      if (v.rule.kind === "list") expect(v.rule.items.join(",").length).toBeLessThanOrEqual(255);
    }
  });

  it("plans an empty bank as a table with one blank row", () => {
    const plan = bankSheetPlan([]);
    expect(plan.tables[0].range.rows).toBe(2);
    expect(readBankRows(plan.blocks[0].cells as unknown[][])).toEqual({ phrases: [], problems: [] });
  });

  it("rejects broken rows with Russian messages and keeps the rest", () => {
    const rows: unknown[][] = [
      ["Банк формулировок адресных рекомендаций"],
      [],
      ["Код", "Повод", "Адресат", "Система (код)", "Формулировка", "Источник"],
      ["a.1", "снижение", "ИМЦ", "", "провести мониторинг.", "док"],
      ["a.2", "падение", "ИМЦ", "", "мера.", ""],
      ["a.3", "снижение", "директора", "", "мера.", ""],
      ["a.4", "снижение", "ИМЦ", "", "   ", ""],
      ["a.1", "рост", "педагоги", "", "другая мера.", ""],
      [null, null, null, null, null, null],
      ["", "цель не достигнута", "УО", "", "мера без кода.", ""],
    ];
    const { phrases, problems } = readBankRows(rows);
    expect(phrases.map((phrase) => phrase.id)).toEqual(["a.1", "row10"]);
    expect(phrases[1]).toMatchObject({ trigger: "notReached", actor: "управление образования" });
    expect(problems.map((problem) => problem.row)).toEqual([5, 6, 7, 8]);
    expect(problems[0].message).toBe(
      "Банк формулировок, строка 5: неизвестный повод «падение» (допустимы: снижение, нестабильно, цель не достигнута, мало данных, отстающие ОО, рост) — формулировка не используется.",
    );
    expect(problems[1].message).toContain("неизвестный адресат «директора»");
    expect(problems[2].message).toContain("формулировка пуста");
    expect(problems[3].message).toBe(
      "Банк формулировок, строка 8: код «a.1» уже есть в строке 4 — эта строка не используется.",
    );
  });
});
