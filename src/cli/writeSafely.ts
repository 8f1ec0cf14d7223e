import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Writes a file so that a failure never leaves half of it: into a temporary file beside it, then a
 * rename over the target. (Local to forms and collect until a shared helper exists.)
 */
export async function writeSafely(file: string, bytes: Uint8Array | Buffer): Promise<void> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.promises.writeFile(temporary, bytes);
    await fs.promises.rename(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
