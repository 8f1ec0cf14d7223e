import { execFile, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { promisify } from "util";

const run = promisify(execFile);

export function writerAvailable(): boolean {
  return spawnSync("which", ["soffice"]).status === 0 && spawnSync("which", ["pdftotext"]).status === 0;
}

/** Converts a .docx to PDF with LibreOffice Writer (own profile, so it does not collide with Calc tests). */
export async function docxToPdf(docxPath: string): Promise<string> {
  if (!writerAvailable()) {
    throw new Error(
      "LibreOffice Writer (soffice) and poppler-utils are needed: apt-get install -y libreoffice-writer-nogui poppler-utils",
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-writer-profile-"));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-writer-"));
  try {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "pdf:writer_pdf_Export",
      "--outdir",
      outDir,
      path.resolve(docxPath),
    ];
    const { stdout, stderr } = await run("soffice", args, { timeout: 120_000 });
    const output = path.join(outDir, `${path.parse(docxPath).name}.pdf`);
    if (!fs.existsSync(output)) throw new Error(`LibreOffice did not convert ${docxPath}.\n${stdout}\n${stderr}`);
    return output;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Number of pages, from pdfinfo. */
export function pageCount(pdf: string): number {
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(match[1]);
}

/** The text of each page, in layout order (pdftotext separates pages by form feeds). */
export function pageTexts(pdf: string): string[] {
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).stdout;
  const pages = text.replace(/\u00a0/g, " ").split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

export interface Word {
  readonly page: number;
  readonly text: string;
  readonly yMin: number;
  readonly yMax: number;
  readonly pageHeight: number;
}

/** Every word with its box (points, from the top of the page), from `pdftotext -bbox`. */
export function words(pdf: string): Word[] {
  const html = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }).stdout;
  const out: Word[] = [];
  let page = 0;
  let pageHeight = 0;
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  for (const line of html.split("\n")) {
    const pageMatch = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (pageMatch) {
      page += 1;
      pageHeight = Number(pageMatch[2]);
      continue;
    }
    const word = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (word) out.push({ page, text: decode(word[3]), yMin: Number(word[1]), yMax: Number(word[2]), pageHeight });
  }
  return out;
}
