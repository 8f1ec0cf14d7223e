import * as fs from "fs";
import * as path from "path";
import { renderToStaticMarkup } from "react-dom/server";
import WordReportButton, { platformCanDownload } from "../../src/taskpane/components/WordReportButton";

const ROOT = path.join(__dirname, "../..");
const never = () => Promise.reject(new Error("not called"));

/** Modules reached from `entry` through static imports only (import … from, export … from), relative paths. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = fs.readFileSync(file, "utf8");
    for (const match of source.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)";/gm)) {
      if (/^\s*import\s+type\s/.test(match[0]) || /^\s*export\s+type\s/.test(match[0])) continue;
      const spec = match[1];
      if (!spec.startsWith(".")) {
        packages.add(spec.split("/")[0]);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const found = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find(fs.existsSync);
      if (found) visit(found);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("«Скачать справку (Word)» in the pane", () => {
  test("where Excel lets a pane download, the button is offered", () => {
    const html = renderToStaticMarkup(<WordReportButton produce={never} canDownload />);
    expect(html).toContain("Скачать справку (Word)");
    expect(html).not.toContain("Mac");
  });

  test("on Excel for Mac the pane says it cannot and how to get the document instead", () => {
    const html = renderToStaticMarkup(<WordReportButton produce={never} canDownload={false} />);
    expect(html).not.toContain("<button");
    expect(html).toContain("Excel для Mac");
    expect(html).toContain("Excel в Интернете");
    expect(html).toContain("msoko report КНИГА.xlsx --out СПРАВКА.docx");
  });

  test("the host is told from Office's platform", () => {
    expect(platformCanDownload("PC")).toBe(true);
    expect(platformCanDownload("OfficeOnline")).toBe(true);
    expect(platformCanDownload("Mac")).toBe(false);
    expect(platformCanDownload("iOS")).toBe(false);
  });

  test("the docx library stays out of the pane's first bundle: only a dynamic import reaches it", () => {
    const pane = staticGraph(path.join(ROOT, "src/taskpane/index.tsx"));
    expect(pane.files.size).toBeGreaterThan(5);
    expect(pane.packages.has("docx")).toBe(false);
    expect(pane.files.has(path.join(ROOT, "src/docx/renderDocx.ts"))).toBe(false);
    // The producer the pane is given loads the renderer on demand.
    const producer = staticGraph(path.join(ROOT, "src/docx/wordReportFile.ts"));
    expect(producer.packages.has("docx")).toBe(false);
    expect(fs.readFileSync(path.join(ROOT, "src/docx/wordReportFile.ts"), "utf8")).toMatch(
      /await import\([^)]*"\.\/renderDocx"\)/,
    );
    expect(staticGraph(path.join(ROOT, "src/docx/renderDocx.ts")).packages.has("docx")).toBe(true);
  });
});
