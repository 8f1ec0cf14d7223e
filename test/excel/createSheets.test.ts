import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { entryOf } from "../../src/core/workbook/entry";
import { parsePeriods, Period } from "../../src/core/workbook/periods";
import { createWorkbookOperations } from "../../src/excel/workbookOperations";
import { CreateSheetsRequest } from "../../src/core/operations/status";
import { statusTexts } from "../../src/core/base/i18n/statuses";
import { createExcelHost, ExcelHost, SheetState } from "../helpers/excelHost";

const periods = (text: string): Period[] => {
  const parsed = parsePeriods(text);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  return parsed.periods;
};

const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБОУ «Лицей»"];

function request(overrides: Partial<CreateSheetsRequest> = {}): CreateSheetsRequest {
  return {
    frameworkId: "asino",
    useWorkbookCatalog: false,
    periods: periods("2022/2023, 2023/2024"),
    municipality: "Энский район",
    schools: SCHOOLS,
    flavour: "msoko",
    ...overrides,
  };
}

/** Header row and columns of a sheet made by the add-in, found the way a user would: by the header texts. */
function columnsOf(sheet: SheetState) {
  for (let row = 0; row < 10; row++) {
    const texts = new Map<string, number>();
    for (let col = 0; col < 40; col++) {
      const value = sheet.value(row, col);
      if (typeof value === "string") texts.set(value, col);
    }
    if (texts.has("Код")) return { headerRow: row, col: (text: string) => texts.get(text) };
  }
  throw new Error(`no header on ${sheet.name}`);
}

/** Finds the row of an indicator (and school) below the header. */
function rowOf(sheet: SheetState, code: string, school?: string): number {
  const { headerRow, col } = columnsOf(sheet);
  for (let row = headerRow + 1; row < headerRow + 2000; row++) {
    const matches = sheet.value(row, col("Код") as number) === code;
    if (matches && (school === undefined || sheet.value(row, col("ОО") as number) === school)) return row;
  }
  throw new Error(`no row for ${code} ${school ?? ""} on ${sheet.name}`);
}

interface Typed {
  sheet: string;
  code: string;
  school?: string;
  header: string;
  value: number | string;
}

/** Types a value into a cell, as a user does between runs. */
function type(host: ExcelHost, typed: Typed): void {
  const sheet = host.state.sheet(typed.sheet);
  const column = columnsOf(sheet).col(typed.header);
  if (column === undefined) throw new Error(`no column «${typed.header}» on ${typed.sheet}`);
  const row = rowOf(sheet, typed.code, typed.school);
  expect(sheet.formula(row, column)).toBeUndefined(); // only input cells are typed into
  sheet.write(row, column, typed.value);
}

function read(host: ExcelHost, typed: Typed): unknown {
  const sheet = host.state.sheet(typed.sheet);
  return sheet.value(rowOf(sheet, typed.code, typed.school), columnsOf(sheet).col(typed.header) as number);
}

describe("«Создать листы» through the Office.js shell", () => {
  const framework = findFramework("asino")!;
  const atSchool = indicatorsOf(framework).find((i) => entryOf(i).per === "school" && entryOf(i).inputs === "numDen")!;
  const atMunicipality = indicatorsOf(framework).find((i) => entryOf(i).per === "municipality" && i.unit === "count")!;
  const systemOf = (code: string) =>
    framework.systems.find((s) => s.criteria.some((c) => c.indicators.some((i) => i.code === code)))!;
  /** A system's per-school sheet: its name with « (ОО)», cut to Excel's 31 characters. */
  const schoolSheetOf = (system: { sheetName: string }) =>
    `${system.sheetName} (ОО)`.replace(/^(.{27}).* \(ОО\)$/, "$1 (ОО)");

  test("creates the sheets, keeps typed values through a new period and new schools, and leaves a user's sheet alone", async () => {
    const host = createExcelHost({ sheets: ["Содержание"] });
    host.state.sheet("Содержание").write(0, 0, "Мои заметки");
    const operations = createWorkbookOperations(host.run, host.supports);

    const first = await operations.createSheets(request());
    expect(first.notices).toEqual([
      "Лист «Содержание» уже есть в книге и создан не надстройкой: он не тронут, наш лист назван «Содержание (2)».",
      // A new book has no ШНОР/ШНСУ marks yet: the indicators about them wait for the methodologist's.
      statusTexts.noneMarked,
      "Тип ОО определён по названию у 3 организаций: проверьте столбец «Тип ОО» на листе «ОО».",
    ]);
    const names = host.state.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(
      expect.arrayContaining(["Показатели", "ОО", "Содержание (2)", ...framework.systems.map((s) => s.sheetName)]),
    );

    const schoolSheet = schoolSheetOf(systemOf(atSchool.code));
    const typedValues: Typed[] = [
      { sheet: schoolSheet, code: atSchool.code, school: SCHOOLS[0], header: "Числитель 2022/2023", value: 17 },
      { sheet: schoolSheet, code: atSchool.code, school: SCHOOLS[0], header: "Знаменатель 2022/2023", value: 40 },
      {
        sheet: schoolSheet,
        code: atSchool.code,
        school: SCHOOLS[2],
        header: "Числитель 2023/2024",
        value: "не проводилось",
      },
      {
        sheet: systemOf(atMunicipality.code).sheetName,
        code: atMunicipality.code,
        header: "Значение 2023/2024",
        value: 12,
      },
      { sheet: systemOf(atMunicipality.code).sheetName, code: atMunicipality.code, header: "Цель", value: 15 },
    ];
    typedValues.forEach((typed) => type(host, typed));

    // The same settings again: nothing moves.
    await operations.createSheets(request());
    for (const typed of typedValues) expect(read(host, typed)).toEqual(typed.value);

    // A new period and two new schools.
    const more = [...SCHOOLS, "МБОУ «ООШ с. Берёзовка»", "МБДОУ «Детский сад № 5»"];
    await operations.createSheets(request({ periods: periods("2022/2023, 2023/2024, 2024/2025"), schools: more }));
    for (const typed of typedValues) expect(read(host, typed)).toEqual(typed.value);
    const newSchoolRow = rowOf(host.state.sheet(schoolSheet), atSchool.code, more[3]);
    expect(newSchoolRow).toBeGreaterThan(0);
    // The new kindergarten gets no row among the pupils' indicators.
    expect(() => rowOf(host.state.sheet(schoolSheet), atSchool.code, more[4])).toThrow(/no row/);
    expect(columnsOf(host.state.sheet(schoolSheet)).col("Числитель 2024/2025")).toBeDefined();

    // The user's own sheet is untouched.
    expect(host.state.sheet("Содержание").value(0, 0)).toBe("Мои заметки");
  });

  test("municipal values of school-level shares are Σ numerators ÷ Σ denominators", async () => {
    const host = createExcelHost();
    const operations = createWorkbookOperations(host.run, host.supports);
    await operations.createSheets(request());
    const sheet = host.state.sheet(systemOf(atSchool.code).sheetName);
    const row = rowOf(sheet, atSchool.code);
    const { col } = columnsOf(sheet);
    expect(sheet.formula(row, col("Числитель 2022/2023") as number)).toMatch(/SUMIFS\(.*\(ОО\)'!\$E\$\d+:\$E\$\d+/);
    expect(sheet.formula(row, col("Значение 2022/2023") as number)).toMatch(/^=MSOKO\.SHARE\(G\d+,H\d+\)$/);
    expect(sheet.formula(row, col("Динамика 2023/2024") as number)).toMatch(/^=MSOKO\.DYNAMICS\(.*"п\.п\."\)$/);
    // Long wrapped names get taller rows, since nothing grows a row written through the API.
    const longest = indicatorsOf(framework).reduce((a, b) => (a.label.length > b.label.length ? a : b));
    const tall = host.state.sheet(systemOf(longest.code).sheetName);
    expect(tall.rowHeights.get(rowOf(tall, longest.code))).toBeGreaterThan(30);
  });

  test("«Сделать книгу переносимой» leaves no MSOKO formula and keeps the typed values", async () => {
    const host = createExcelHost();
    const operations = createWorkbookOperations(host.run, host.supports);
    await operations.createSheets(request());
    const typed: Typed = {
      sheet: systemOf(atMunicipality.code).sheetName,
      code: atMunicipality.code,
      header: "Значение 2022/2023",
      value: 7,
    };
    type(host, typed);
    await operations.makePortable();
    let formulas = 0;
    for (const sheet of host.state.sheets) {
      sheet.eachCell({ row: 0, col: 0, rows: 3000, cols: 40 }, (_cell, row, col) => {
        const formula = sheet.formula(row, col);
        if (formula) {
          formulas++;
          expect(formula).not.toMatch(/MSOKO\./);
        }
      });
    }
    expect(formulas).toBeGreaterThan(100);
    expect(read(host, typed)).toBe(7);
  });

  test("without sheets, making the book portable says what to do first", async () => {
    const host = createExcelHost();
    await expect(createWorkbookOperations(host.run, host.supports).makePortable()).rejects.toThrow(
      "В книге нет листов МСОКО: сначала создайте их кнопкой «Создать листы».",
    );
  });

  test("an indicator added on «Показатели» gets its row, and nothing typed before moves", async () => {
    const host = createExcelHost();
    const operations = createWorkbookOperations(host.run, host.supports);
    await operations.createSheets(request());
    const typed: Typed = {
      sheet: systemOf(atMunicipality.code).sheetName,
      code: atMunicipality.code,
      header: "Значение 2022/2023",
      value: 9,
    };
    type(host, typed);

    // The methodologist types a new row at the end of the catalog table.
    const catalog = host.state.sheet("Показатели");
    const { headerRow, col } = columnsOf(catalog);
    let row = headerRow + 1;
    while (catalog.value(row, 0) != null && catalog.value(row, 0) !== "") row++;
    const system = systemOf(atMunicipality.code);
    const cells: Record<string, string> = {
      Код: "ENS.1.01",
      "Система (код)": system.code,
      Система: system.label,
      Критерий: "Свой критерий района",
      "Показатель (краткое название)": "Доля ОО с программой наставничества",
      "Ед. изм.": "%",
      "Способ расчёта": "доля",
      "Числитель / признак": "ОО с программой наставничества",
      "Знаменатель / совокупность": "все ОО",
      Направление: "больше — лучше",
      "Сбор данных": "по муниципалитету",
    };
    for (const [header, value] of Object.entries(cells)) catalog.write(row, col(header) as number, value);

    const result = await operations.createSheets(request({ useWorkbookCatalog: true }));
    expect(result.notices).toEqual([statusTexts.noneMarked]);
    const sheet = host.state.sheet(system.sheetName);
    const added = rowOf(sheet, "ENS.1.01");
    expect(sheet.value(added, columnsOf(sheet).col("Показатель") as number)).toBe(
      "Доля ОО с программой наставничества",
    );
    expect(sheet.formula(added, columnsOf(sheet).col("Значение 2022/2023") as number)).toMatch(/^=MSOKO\.SHARE/);
    expect(read(host, typed)).toBe(9);
  });

  test("a kind changed on «ОО» moves the organisation's rows; its values wait in «Архив данных» and come back", async () => {
    const host = createExcelHost();
    const operations = createWorkbookOperations(host.run, host.supports);
    await operations.createSheets(request());
    const schoolSheet = schoolSheetOf(systemOf(atSchool.code));
    const typed: Typed = {
      sheet: schoolSheet,
      code: atSchool.code,
      school: SCHOOLS[1],
      header: "Числитель 2022/2023",
      value: 23,
    };
    type(host, typed);
    // Types the kind into «Тип ОО» on the school's line, as a user does.
    const setKind = (kind: string) => {
      const sheet = host.state.sheet("ОО");
      const at = (text: string) => Array.from({ length: 5 }, (_, col) => sheet.value(3, col)).indexOf(text);
      for (let row = 4; row < 20; row++) {
        if (sheet.value(row, at("Наименование ОО")) === SCHOOLS[1]) sheet.write(row, at("Тип ОО"), kind);
      }
    };

    setKind("детский сад");
    const moved = await operations.createSheets(request());
    expect(moved.notices).toContain(
      "Значения, которым нет места в новой разметке, перенесены на лист «Архив данных»: 1.",
    );
    expect(() => rowOf(host.state.sheet(schoolSheet), atSchool.code, SCHOOLS[1])).toThrow(/no row/);
    const preschool = framework.systems.find((s) => /дошкольн/i.test(s.label))!;
    const preschoolSheet = schoolSheetOf(preschool);
    const preschoolCode = preschool.criteria[0].indicators[0].code;
    expect(rowOf(host.state.sheet(preschoolSheet), preschoolCode, SCHOOLS[1])).toBeGreaterThan(0);

    setKind("школа");
    await operations.createSheets(request());
    expect(read(host, typed)).toBe(23);
  });
});
