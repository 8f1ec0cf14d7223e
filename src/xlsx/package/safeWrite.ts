import * as fs from "node:fs";
import * as path from "node:path";
import { writeProblem } from "./problems";

/** The file operations a safe write needs; tests pass their own to make a step fail. */
export interface WriteSteps {
  /** Writes all bytes to a new file and flushes them to the disk (fsync). */
  writeAndSync(file: string, bytes: Uint8Array, mode?: number): void;
  rename(from: string, to: string): void;
  remove(file: string): void;
}

export const diskSteps: WriteSteps = {
  writeAndSync(file, bytes, mode) {
    const fd = fs.openSync(file, "wx", mode ?? 0o666);
    try {
      let written = 0;
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
  remove: (file) => fs.rmSync(file, { force: true }),
};

/** Flushes a folder's entry list, so a rename survives a power cut; not every system allows it. */
function syncFolder(folder: string): void {
  try {
    const fd = fs.openSync(folder, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Windows and some network shares do not open folders: the rename is still atomic there.
  }
}

function tempBeside(target: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(target), `.~${path.basename(target)}.${process.pid}.${random}.tmp`);
}

/**
 * Writes a file so that it is either fully replaced or not touched: the bytes go to a temporary file beside the
 * target, are flushed to the disk, and only then renamed over it. On any failure the temporary file is removed
 * and the target (often the user's only copy of the book) stays byte for byte as it was. Errors are Russian.
 */
export function writeFileSafely(target: string, bytes: Uint8Array, steps: WriteSteps = diskSteps): void {
  const absolute = path.resolve(target);
  let mode: number | undefined;
  try {
    const stat = fs.statSync(absolute);
    if (stat.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    mode = stat.mode & 0o777;
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") throw writeProblem(error, target);
  }
  try {
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
  } catch (error) {
    throw writeProblem(error, target);
  }
  const temp = tempBeside(absolute);
  try {
    steps.writeAndSync(temp, bytes, mode);
    steps.rename(temp, absolute);
  } catch (error) {
    try {
      steps.remove(temp);
    } catch {
      // Nothing more can be done; the target is untouched either way.
    }
    throw writeProblem(error, target);
  }
  syncFolder(path.dirname(absolute));
}
