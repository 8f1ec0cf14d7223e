import { execFile, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { promisify } from "util";

const run = promisify(execFile);

/**
 * LibreOffice keeps cached formula results of .xlsx files by default (Formula › Load › OOXMLRecalcMode = 1, «never»)
 * and only computes cells that have none. «Always» (0) makes every conversion a full recalculation, so a stale
 * cached value can never pass for a computed one.
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const profile = path.join(os.tmpdir(), `lo-profile-${process.pid}`);
let profileReady = false;
let queue: Promise<unknown> = Promise.resolve();

export function libreOfficeAvailable(): boolean {
  return spawnSync("which", ["soffice"]).status === 0;
}

function prepareProfile(): void {
  if (profileReady) return;
  fs.rmSync(profile, { recursive: true, force: true });
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), REGISTRY);
  process.once("exit", () => fs.rmSync(profile, { recursive: true, force: true }));
  profileReady = true;
}

async function convert(xlsxPath: string): Promise<string> {
  if (!libreOfficeAvailable()) {
    throw new Error(
      "LibreOffice (soffice) is not on PATH; these tests need it: apt-get install -y libreoffice-calc-nogui",
    );
  }
  prepareProfile();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-lo-"));
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    path.resolve(xlsxPath),
  ];
  const { stdout, stderr } = await run("soffice", args, { timeout: 120_000 });
  const output = path.join(outDir, `${path.parse(xlsxPath).name}.xlsx`);
  if (!fs.existsSync(output)) {
    throw new Error(`LibreOffice did not convert ${xlsxPath}.\n${stdout}\n${stderr}`);
  }
  return output;
}

/**
 * Opens the file in LibreOffice Calc, which recalculates every formula, and saves it as a new .xlsx whose cells
 * carry LibreOffice's results. Calls are queued: one profile serves one soffice at a time.
 */
export function recalculateWithLibreOffice(xlsxPath: string): Promise<string> {
  const next = queue.then(() => convert(xlsxPath));
  queue = next.catch(() => undefined);
  return next;
}
