import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { diskSteps, writeFileSafely, WriteSteps } from "../../src/xlsx/package/safeWrite";
import { runCli } from "../cli/run";

/**
 * A failed write leaves every input byte for byte as it was: the disk filling up halfway, a folder where nothing may
 * be written, a target that is a folder. The tests run as any user (even root, who ignores permissions), so the
 * failures the operating system would report are injected at the step where it reports them.
 */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-safe-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...names: string[]) => path.join(tmp, ...names);

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** Writes half the bytes and then reports a full disk, as write(2) does. */
const fullDisk: WriteSteps = {
  ...diskSteps,
  writeAndSync(file, bytes) {
    fs.writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    throw errno("ENOSPC");
  },
};

/** A folder without write permission: creating the temporary file is refused. */
const readOnlyFolder: WriteSteps = {
  ...diskSteps,
  writeAndSync() {
    throw errno("EACCES");
  },
};

/** Everything written, but the rename over the target refused (a file open in Excel on Windows). */
const lockedTarget: WriteSteps = {
  ...diskSteps,
  rename() {
    throw errno("EPERM");
  },
};

/** Files in a folder other than the given ones: a leftover temporary file would show here. */
const others = (folder: string, ...keep: string[]) => fs.readdirSync(folder).filter((name) => !keep.includes(name));

describe("writeFileSafely", () => {
  const target = at("target.bin");
  const before = Buffer.from("the user's only copy");

  beforeEach(() => fs.writeFileSync(target, before));

  test.each([
    [
      "a full disk",
      fullDisk,
      /^Не хватает места на диске, чтобы записать «.*target\.bin»\. .*Исходная книга не изменена\.$/,
    ],
    ["a read-only folder", readOnlyFolder, /^Нет прав на запись «.*target\.bin»: .*Исходная книга не изменена\.$/],
    ["a locked target", lockedTarget, /^Нет прав на запись «.*target\.bin»/],
  ])("%s leaves the target byte for byte and no temporary file", (_, steps, message) => {
    expect(() => writeFileSafely(target, new Uint8Array(4096).fill(7), steps)).toThrow(message);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    expect(others(tmp, "target.bin", "folder", "книги", "ОО.txt", "built.xlsx")).toEqual([]);
  });

  test("a target that is a folder is refused before anything is written", () => {
    fs.mkdirSync(at("folder"), { recursive: true });
    expect(() => writeFileSafely(at("folder"), new Uint8Array(8))).toThrow(/^«.*folder» — это папка, а не файл\./);
    expect(fs.readdirSync(at("folder"))).toEqual([]);
  });

  test("a successful write replaces the target whole, keeps its permissions, leaves nothing beside it", () => {
    fs.chmodSync(target, 0o640);
    writeFileSafely(target, Buffer.from("new"));
    expect(fs.readFileSync(target, "utf8")).toBe("new");
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(others(tmp, "target.bin", "folder", "книги", "ОО.txt", "built.xlsx")).toEqual([]);
  });
});

describe("commands writing onto their input", () => {
  const folder = at("книги");
  const book = path.join(folder, "книга.xlsx");
  let original: Buffer;

  beforeAll(async () => {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(at("ОО.txt"), "МБОУ «СОШ № 1»\nМБОУ «СОШ № 2»\n");
    const built = await runCli(
      ...["build", "--framework", "taimyr", "--periods", "2023,2024", "--municipality", "Энский район"],
      ...["--schools", at("ОО.txt"), "--out", at("built.xlsx")],
    );
    expect(built).toMatchObject({ code: 0, err: "" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at("built.xlsx"));
    workbook.addWorksheet("Свой лист").getCell("A1").value = "данные пользователя";
    await workbook.xlsx.writeFile(book);
    original = fs.readFileSync(book);
  });
  afterEach(() => jest.restoreAllMocks());

  const runs: [string, string[]][] = [
    ["analyze BOOK (writes into BOOK)", ["analyze", book, "--period", "2024"]],
    ["build --in X --out X", ["build", "--in", book, "--out", book]],
    ["self-assessment --in X --out X", ["self-assessment", "--in", book, "--out", book]],
    ["self-assessment onto a new file", ["self-assessment", "--out", path.join(folder, "новая.xlsx")]],
  ];

  test.each(runs)("%s on a full disk: exit 1, a Russian message, the input intact", async (_, argv) => {
    jest.spyOn(diskSteps, "writeAndSync").mockImplementation(fullDisk.writeAndSync);
    const result = await runCli(...argv);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Не хватает места на диске, чтобы записать «.*\.xlsx»/);
    expect(fs.readFileSync(book).equals(original)).toBe(true);
    expect(others(folder, "книга.xlsx")).toEqual([]);
  });

  test("self-assessment --in X --out X into a read-only folder: exit 1, the input intact", async () => {
    jest.spyOn(diskSteps, "writeAndSync").mockImplementation(readOnlyFolder.writeAndSync);
    const result = await runCli("self-assessment", "--in", book, "--out", book);
    expect(result).toMatchObject({ code: 1 });
    expect(result.err).toMatch(/^Нет прав на запись «.*книга\.xlsx»: файл или папка только для чтения/);
    expect(fs.readFileSync(book).equals(original)).toBe(true);
  });

  test("analyze BOOK --out FOLDER: the folder is named, the book intact", async () => {
    const result = await runCli("analyze", book, "--period", "2024", "--out", folder);
    expect(result).toMatchObject({ code: 1 });
    expect(result.err).toMatch(/это папка, а не файл/);
    expect(fs.readFileSync(book).equals(original)).toBe(true);
  });

  test("when the write succeeds the book is replaced in place, whole, and still opens", async () => {
    const result = await runCli("self-assessment", "--in", book, "--out", book);
    expect(result).toMatchObject({ code: 0, err: "" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    expect(workbook.getWorksheet("Свой лист")!.getCell("A1").value).toBe("данные пользователя");
    expect(workbook.getWorksheet("Самооценка")).toBeDefined();
    expect(others(folder, "книга.xlsx")).toEqual([]);
  });
});
