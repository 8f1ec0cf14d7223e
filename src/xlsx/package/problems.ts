import { filesRu } from "../../core/base/i18n/files";

/** A file that cannot be read or written, with the Russian message the user reads. */
export class FileProblem extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = "FileProblem";
  }
}

const codeOf = (error: unknown): string | undefined =>
  error !== null && typeof error === "object" && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;

/** A system error (ENOSPC, EACCES, …) met while writing, as the user should read it. */
export function writeProblem(error: unknown, path: string): FileProblem {
  if (error instanceof FileProblem) return error;
  const code = codeOf(error);
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return new FileProblem(filesRu.noSpace(path), path);
    case "EACCES":
    case "EPERM":
    case "EBUSY":
      return new FileProblem(filesRu.noPermission(path), path);
    case "EROFS":
      return new FileProblem(filesRu.readOnlyDisk(path), path);
    case "EISDIR":
      return new FileProblem(filesRu.isFolder(path), path);
    case "ENOENT":
    case "ENOTDIR":
      return new FileProblem(filesRu.notFound(path), path);
    default:
      return new FileProblem(filesRu.writeFailed(path, code ?? String(error)), path);
  }
}

/** A system error met while reading. */
export function readProblem(error: unknown, path: string): FileProblem {
  if (error instanceof FileProblem) return error;
  const code = codeOf(error);
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new FileProblem(filesRu.notFound(path), path);
    case "EISDIR":
      return new FileProblem(filesRu.isFolder(path), path);
    case "EACCES":
    case "EPERM":
      return new FileProblem(filesRu.noReadPermission(path), path);
    default:
      return new FileProblem(filesRu.readFailed(path, code ?? String(error)), path);
  }
}
