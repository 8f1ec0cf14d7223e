import { ru } from "../core/base/i18n/ru";
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { DragEvent, lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { webTexts as t } from "../core/base/i18n/web";
import { countOf, MINUS } from "../core/base/text/format";
import type { PaneOperations } from "../taskpane/components/App";
import { paneTheme } from "../taskpane/theme";
import type { ShownCell } from "../xlsx/fileOperations";

const WebPanels = lazy(() => import(/* webpackChunkName: "web-panels" */ "./WebPanels"));

type Session = typeof import("./session");
let session: Promise<Session> | undefined;
let loadedSession: Session | undefined;
/** ExcelJS, the catalog and the file operations: loaded when a book is first opened or started. */
export const loadSession = (): Promise<Session> =>
  (session ??= import(/* webpackChunkName: "session" */ "./session").then((loaded) => (loadedSession = loaded)));

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: "760px",
    minHeight: "100vh",
    boxSizing: "border-box",
    marginInline: "auto",
  },
  dropping: { outline: `2px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-8px" },
  block: { display: "block", margin: 0 },
  tagline: { display: "block", margin: 0, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  privacy: { display: "block", margin: 0, color: tokens.colorNeutralForeground2 },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  cell: { position: "sticky", bottom: tokens.spacingVerticalS, zIndex: 1 },
  hidden: { display: "none" },
});

type Message = { readonly intent: "success" | "error" | "warning" | "info"; readonly lines: readonly string[] };

/** A cell's value as the page shows it: a decimal comma, a true minus, grouped thousands. */
export function shownValue(value: ShownCell["value"]): string | undefined {
  if (value === null || value === "") return undefined;
  if (typeof value === "number")
    return value.toLocaleString("ru-RU", { maximumFractionDigits: 10 }).replace(/^-/, MINUS);
  if (typeof value === "boolean") return ru.shell.logical(value);
  return value;
}

function download(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([Uint8Array.from(bytes)], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** «Книга.xlsx» for a file read as «Книга.xlsx» or «Книга.xlsm»; the name of a new book otherwise. */
const savedName = (name: string | undefined) => (name ? name.replace(/\.xls[xm]$/i, "") + ".xlsx" : t.newBookName);

interface OpenBook {
  /** The file's name, or none for a book started in the page. */
  readonly name?: string;
  /** Counts books opened, so the pane's panels start afresh for each. */
  readonly generation: number;
}

/**
 * The page «МСОКО без Excel»: the pane's panels over a workbook file in memory, with the chrome a page needs —
 * open (or drop) a file, start a book, save it — and the cell a finding points to, shown rather than selected.
 */
export function WebApp({ operations }: { operations: PaneOperations }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [book, setBook] = useState<OpenBook>();
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<Message>();
  const [cell, setCell] = useState<ShownCell>();
  const [dropping, setDropping] = useState(false);
  const generation = useRef(0);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!loadedSession?.hasChanges()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  /** True when there is nothing unsaved to lose, or the user agrees to lose it. */
  const mayReplace = useCallback(
    () => !loadedSession?.hasChanges() || window.confirm(t.replaceUnsaved(book?.name ?? t.newBookName)),
    [book],
  );

  const openFile = useCallback(
    async (file: File) => {
      if (!mayReplace()) return;
      setMessage(undefined);
      setBusy(t.opening(file.name));
      try {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch {
          throw Object.assign(new Error(t.readFailed(file.name)), { name: "FileProblem" });
        }
        const loaded = await loadSession();
        const { sheets } = await loaded.openBook(bytes, file.name);
        loaded.onShowCell(setCell);
        generation.current += 1;
        setCell(undefined);
        setBook({ name: file.name, generation: generation.current });
        setMessage({ intent: "success", lines: [t.opened(file.name, countOf(sheets, t.sheetsNoun))] });
      } catch (error) {
        // A file's problem comes with its Russian message; anything else (a library's English) is not shown.
        const text = error instanceof Error && error.name === "FileProblem" ? error.message : t.openFailed(file.name);
        setMessage({ intent: "error", lines: book ? [text, t.kept(book.name ?? t.newBookName)] : [text] });
      } finally {
        setBusy(undefined);
      }
    },
    [book, mayReplace],
  );

  const startBook = async () => {
    if (!mayReplace()) return;
    setMessage(undefined);
    setBusy(t.loading);
    try {
      const loaded = await loadSession();
      loaded.startBook();
      loaded.onShowCell(setCell);
      generation.current += 1;
      setCell(undefined);
      setBook({ generation: generation.current });
      setMessage({ intent: "info", lines: [t.created] });
    } finally {
      setBusy(undefined);
    }
  };

  const saveBook = async () => {
    setMessage(undefined);
    setBusy(t.saving);
    try {
      const loaded = await loadSession();
      const saved = await loaded.saveBook();
      const name = savedName(book?.name);
      download(saved.bytes, name, XLSX_MIME);
      setMessage({
        intent: saved.notices.length > 0 ? "warning" : "success",
        lines: [t.saved(name), ...saved.notices],
      });
    } catch (error) {
      setMessage({
        intent: "error",
        lines: [error instanceof Error && error.name === "FileProblem" ? error.message : t.saveFailed],
      });
    } finally {
      setBusy(undefined);
    }
  };

  const dropHandlers = useMemo(
    () => ({
      onDragOver: (event: DragEvent) => {
        if (![...event.dataTransfer.types].includes("Files")) return;
        event.preventDefault();
        setDropping(true);
      },
      onDragLeave: () => setDropping(false),
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        setDropping(false);
        const file = event.dataTransfer.files[0];
        if (file && !busy) void openFile(file);
      },
    }),
    [busy, openFile],
  );

  const value = cell && shownValue(cell.value);
  return (
    <FluentProvider theme={paneTheme(false)} lang="ru">
      <main className={mergeClasses(styles.page, dropping && styles.dropping)} {...dropHandlers}>
        <header>
          <Title3 as="h1" className={styles.block}>
            {t.title}
          </Title3>
          <Subtitle2 as="p" className={styles.tagline}>
            {t.tagline}
          </Subtitle2>
        </header>
        <Body1 as="p" className={styles.privacy}>
          {t.privacy}
        </Body1>
        <section className={styles.bar} aria-label={t.bookLabel}>
          <input
            ref={input}
            id="open-book"
            type="file"
            accept={`.xlsx,.xlsm,${XLSX_MIME}`}
            aria-label={t.open}
            className={styles.hidden}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = "";
              if (file) void openFile(file);
            }}
          />
          <Button appearance="primary" disabled={Boolean(busy)} onClick={() => input.current?.click()}>
            {t.open}
          </Button>
          <Button disabled={Boolean(busy)} onClick={() => void startBook()}>
            {t.create}
          </Button>
          <Button disabled={Boolean(busy) || !book} onClick={() => void saveBook()}>
            {t.save}
          </Button>
          <Caption1 className={styles.hint}>{t.openHint}</Caption1>
        </section>
        {busy && <Spinner size="small" label={busy} />}
        {message && (
          <MessageBar intent={message.intent} layout="multiline" role={message.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>
              {message.lines.map((line) => (
                <p key={line} className={styles.block}>
                  {line}
                </p>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {!book && !busy && (
          <Body1 as="p" className={styles.block}>
            {t.noBook}
          </Body1>
        )}
        {book && (
          <Suspense fallback={<Spinner label={t.loading} />}>
            <WebPanels key={book.generation} operations={operations} />
          </Suspense>
        )}
        {cell && (
          <div className={styles.cell}>
            <MessageBar intent="info" layout="multiline" role="status">
              <MessageBarBody>
                <MessageBarTitle>{t.cell(cell.sheet, cell.cell)}</MessageBarTitle>
                <p className={styles.block}>{value === undefined ? t.cellEmpty : t.cellValue(value)}</p>
                <p className={styles.block}>{t.cellHint}</p>
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => setCell(undefined)}>
                  {t.closeCell}
                </Button>
              </MessageBarActions>
            </MessageBar>
          </div>
        )}
      </main>
    </FluentProvider>
  );
}
