import { pane } from "../core/base/i18n/pane";

/** The kinds of failure the pane tells apart, each with its own Russian text and action. */
export type HostErrorKind =
  "cellEdit" | "protectedBook" | "sheetLimit" | "tooLarge" | "busy" | "notFound" | "unsupported" | "ours" | "generic";

/** Office.js error codes (OfficeExtension.Error.code) by the kind they mean to a user. */
const CODES: Readonly<Record<string, HostErrorKind>> = {
  InvalidOperationInCellEditMode: "cellEdit",
  AccessDenied: "protectedBook",
  WorkbookProtected: "protectedBook",
  SheetProtected: "protectedBook",
  ActivityLimitReached: "sheetLimit",
  MemoryLimitReached: "sheetLimit",
  RangeExceedsLimit: "sheetLimit",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  PayloadTooLarge: "tooLarge",
  Conflict: "busy",
  RequestAborted: "busy",
  ItemNotFound: "notFound",
  InvalidReference: "notFound",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  UnsupportedOperation: "unsupported",
  UnsupportedFeature: "unsupported",
};

const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string")
    return (error as { message: string }).message;
  return String(error);
}

/** What kind of failure an error is: by Office.js code first, then by the words of the message. */
export function hostErrorKind(error: unknown): HostErrorKind {
  const code = codeOf(error);
  if (code && CODES[code]) return CODES[code];
  const message = messageOf(error);
  if (/cell.?edit/i.test(message)) return "cellEdit";
  if (/protect|защищ/i.test(message)) return "protectedBook";
  if (/payload|too large/i.test(message)) return "tooLarge";
  // The add-in's own errors are written in Russian for the user; they pass as they are.
  if (CYRILLIC.test(message) && !LATIN_WORD.test(message.replace(/MSOKO\.\w+/g, ""))) return "ours";
  return "generic";
}

/** A Russian sentence with what to do, for any error Excel or the add-in raises. No English passes. */
export function hostErrorText(error: unknown): string {
  const kind = hostErrorKind(error);
  return kind === "ours" ? messageOf(error) : pane.hostErrors[kind];
}

/** What a write got done before it failed: chunks written out of the chunks planned. */
export interface WriteProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * The whole message of a failed operation: its name, the reason in Russian with an action, and,
 * when part of the writing was done, what was written and that rerunning is safe.
 */
export function failureText(operation: string, error: unknown, progress?: WriteProgress): string {
  const text = pane.hostErrors.failed(operation, hostErrorText(error));
  return progress && progress.done > 0 ? `${text} ${pane.hostErrors.partial(progress.done, progress.total)}` : text;
}
