import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { sniffFile } from "../../src/xlsx/package/sniff";
import { runCli } from "../cli/run";

/** Every kind of file that is not a workbook msoko can read gets its own Russian message, saying what to do. */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-files-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (name: string) => path.join(tmp, name);

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => Buffer.from(text, "utf16le");

/** An OLE2 compound file: the header, then a directory holding the given stream names. */
const ole2 = (...streams: string[]) =>
  Buffer.concat([Buffer.from(OLE2), Buffer.alloc(504), ...streams.map(utf16), Buffer.alloc(512)]);

/** Bytes that are neither text nor any known file: a fixed pseudo-random sequence. */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let seed = 12345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed >> 16;
  }
  bytes[0] = 0x01;
  return bytes;
}

const zipOf = async (files: Record<string, string>) => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer" });
};

async function realBook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Лист1").getCell("A1").value = "МБОУ «СОШ № 1»";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet declaring a million rows (formatting dragged to the bottom of the sheet). */
async function hugeBook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await realBook());
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", sheet.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z1000000"/>'));
  return zip.generateAsync({ type: "nodebuffer" });
}

const CASES: [string, string, () => Buffer | Promise<Buffer>, RegExp][] = [
  ["an empty file", "пусто.xlsx", () => Buffer.alloc(0), /пуст \(0 байт\)/],
  [
    "an Excel 97–2003 book",
    "старая.xls",
    () => ole2("Workbook", "SummaryInformation"),
    /старого формата Excel 97–2003 \(\.xls\)\. Откройте её в Excel или LibreOffice и сохраните как «Книга Excel \(\.xlsx\)»/,
  ],
  [
    "a password-protected book",
    "пароль.xlsx",
    () => ole2("EncryptionInfo", "EncryptedPackage"),
    /защищён паролем.*снимите пароль/,
  ],
  [
    "a zip holding an encrypted package",
    "пароль2.xlsx",
    () => zipOf({ EncryptedPackage: "x", EncryptionInfo: "y" }),
    /защищён паролем/,
  ],
  [
    "a CSV file",
    "оо.csv",
    () => Buffer.from("ОО;Участники\r\nМБОУ «СОШ № 1»;10\r\n"),
    /текст \(например, CSV\), а не книга Excel/,
  ],
  ["random bytes", "шум.xlsx", () => noise(2048), /не книга Excel \(\.xlsx\)/],
  [
    "a Word document",
    "справка.xlsx",
    () => zipOf({ "_rels/.rels": "<Relationships/>", "word/document.xml": "<w:document/>" }),
    /не книга Excel \(\.xlsx\): в нём нет листов/,
  ],
  [
    "an OpenDocument spreadsheet",
    "таблица.ods",
    () => zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }),
    /таблица OpenDocument \(\.ods\)/,
  ],
  [
    "a damaged zip",
    "обрыв.xlsx",
    async () => (await realBook()).subarray(0, 1500),
    /повреждён: архив книги \.xlsx не читается/,
  ],
  [
    "a package whose workbook part is not a workbook",
    "чужое.xlsx",
    () => zipOf({ "xl/workbook.xml": "это не XML" }),
    /не удалось прочитать: её содержимое не соответствует формату \.xlsx/,
  ],
  [
    "a sheet of a million rows",
    "огромная.xlsx",
    hugeBook,
    /Лист «Лист1» книги «.*» слишком велик: 26\u00a0000\u00a0000 ячеек/,
  ],
];

describe("files that are not workbooks msoko can read", () => {
  test.each(CASES)("%s: exit 1 and its own message, never English", async (_, name, make, message) => {
    fs.writeFileSync(at(name), await make());
    for (const argv of [
      ["validate", at(name)],
      ["analyze", at(name), "--period", "2024"],
    ]) {
      const result = await runCli(...argv);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(message);
      expect(result.err).toContain(at(name));
      expect(result.err).not.toMatch(/[A-Za-z]{4,}\s[a-z]{3,}/);
    }
  });

  test("each case is told apart by its bytes", async () => {
    expect(sniffFile(new Uint8Array())).toBe("empty");
    expect(sniffFile(ole2("Workbook"))).toBe("xls");
    expect(sniffFile(ole2("EncryptionInfo", "EncryptedPackage"))).toBe("encrypted");
    expect(sniffFile(Buffer.from("a;b\n1;2\n"))).toBe("text");
    expect(sniffFile(Buffer.from("\ufeffОО\n", "utf16le"))).toBe("text");
    expect(sniffFile(noise(512))).toBe("unknown");
    expect(sniffFile(await realBook())).toBe("zip");
  });

  test("a missing file and a folder are named", async () => {
    expect(await runCli("validate", at("нет.xlsx"))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^Файл «.*нет\.xlsx» не найден\./),
    });
    expect(await runCli("validate", tmp)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/это папка, а не файл/),
    });
    expect(await runCli("build", "--in", at("нет.xlsx"), "--out", at("новая.xlsx"))).toMatchObject({ code: 1 });
    expect(fs.existsSync(at("новая.xlsx"))).toBe(false);
  });
});
