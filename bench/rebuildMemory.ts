import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const CLI = path.join(ROOT, "lib", "cli", "main.js");

/** Runs msoko in a child process and reports its wall time and peak resident memory (maxRSS). */
function measure(argv: string[]): { seconds: number; megabytes: number; ok: boolean } {
  const script = `require(${JSON.stringify(CLI)}).main(${JSON.stringify(argv)}, { out() {}, err: (l) => console.error(l) })
    .then((code) => console.log(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS })))`;
  const started = Date.now();
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 24 });
  const seconds = (Date.now() - started) / 1000;
  const line = child.stdout.trim().split("\n").pop() ?? "{}";
  const { code, maxRSS } = JSON.parse(line || "{}") as { code?: number; maxRSS?: number };
  return { seconds, megabytes: (maxRSS ?? 0) / 1024, ok: code === 0 };
}

/**
 * Memory of the file shell on a large municipality: a Tula book for 300 organisations (200 schools, 100
 * kindergartens) over three periods, built and then rebuilt in place (`build --in X --out X`, which reads the book,
 * plans, writes it through the safe write and carries parts over). Figures only; needs `npm run build:cli`.
 */
export function benchRebuildMemory(): void {
  if (!fs.existsSync(CLI)) {
    console.log("Rebuild memory: lib/cli/main.js is missing — run `npm run build:cli` first.");
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-bench-rebuild-"));
  try {
    const schools = path.join(dir, "ОО.txt");
    const names = [
      ...Array.from({ length: 200 }, (_, i) => `МБОУ «СОШ № ${i + 1}»`),
      ...Array.from({ length: 100 }, (_, i) => `МБДОУ «Детский сад № ${i + 1}»`),
    ];
    fs.writeFileSync(schools, names.join("\n"));
    const book = path.join(dir, "tula-300.xlsx");
    const build = measure([
      ...["build", "--framework", "tula", "--periods", "2022/2023,2023/2024,2024/2025"],
      ...["--municipality", "Бенчмарк", "--schools", schools, "--out", book],
    ]);
    const size = fs.existsSync(book) ? (fs.statSync(book).size / 1e6).toFixed(1) : "—";
    console.log(`Tula, 300 organisations, 3 periods (file ${size} MB):`);
    console.log(`  build:              ${build.seconds.toFixed(0)} s, peak RSS ${build.megabytes.toFixed(0)} MB`);
    const rebuild = measure(["build", "--in", book, "--out", book]);
    console.log(
      `  rebuild in place:   ${rebuild.seconds.toFixed(0)} s, peak RSS ${rebuild.megabytes.toFixed(0)} MB${rebuild.ok ? "" : " (failed)"}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
