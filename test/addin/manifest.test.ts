import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const { validateManifest } = require("../../scripts/validate-manifest") as {
  validateManifest(path?: string): Promise<{ valid: boolean; errors: string[] }>;
};

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  test("validates against the Office add-in manifest schemas, offline", async () => {
    const result = await validateManifest();
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("a broken manifest is refused, naming the element", async () => {
    const broken = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
    writeFileSync(
      broken,
      manifest.replace("<DefaultLocale>ru-RU</DefaultLocale>", "<DefaultLocal>ru-RU</DefaultLocal>"),
    );
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/DefaultLocal/);
  });

  test("is an Excel task pane add-in in Russian with an English override", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<DefaultLocale>ru-RU<\/DefaultLocale>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="МСОКО для Excel">\s*<Override Locale="en-US"/);
  });

  test("declares the MSOKO custom functions and a ribbon button that opens the pane", () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="MSOKO"\/>/);
    expect(manifest).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<bt:Set Name="CustomFunctionsRuntime" MinVersion="1.1"\/>/);
    // The non-shared runtime: no SharedRuntime requirement.
    expect(manifest).not.toMatch(/SharedRuntime/);
  });

  test("every icon it names exists in assets", () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) expect(existsSync(join(root, icon))).toBe(true);
  });
});
