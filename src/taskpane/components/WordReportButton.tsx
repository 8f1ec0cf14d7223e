import {
  Body1,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { wordReportTexts } from "../../core/base/i18n/wordReport";

const t = wordReportTexts.pane;
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** What the operation gives: the file's bytes and name (see src/docx/wordReportFile.ts), and notices to show. */
export interface WordFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly notices?: readonly string[];
}

export interface WordReportButtonProps {
  /**
   * Makes the справка as a Word file: the caller reads the workbook and calls `wordReportFile`, which loads the
   * docx library on demand.
   */
  produce(): Promise<WordFile>;
  /** Whether the host lets the pane download a file: `platformCanDownload(info.platform)` from Office.onReady. */
  canDownload: boolean;
}

/**
 * Whether a pane on this Office platform («PC», «OfficeOnline», «Mac», «iOS»…) can download a file. Excel on
 * Windows and on the web let a pane download a Blob through a link; Excel for Mac (WKWebView) and for iPad ignore
 * such links without a word (OfficeDev/office-js #2700, #3385), and Office.context.ui.openBrowserWindow opens only
 * http(s) addresses, never a file made in the pane.
 */
export function platformCanDownload(platform: string | undefined): boolean {
  return platform !== "Mac" && platform !== "iOS";
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  block: { display: "block", margin: 0 },
});

type State =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "ready"; url: string; fileName: string; notices: readonly string[] }
  | { kind: "failed"; text: string };

/** Starts the browser's download of `url` as `fileName`, as a click on a link would. */
function startDownload(url: string, fileName: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** «Скачать справку (Word)»: the справка as a .docx offered for download, or, where Excel cannot, how to get it. */
export default function WordReportButton({ produce, canDownload }: WordReportButtonProps) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: "idle" });
  const url = state.kind === "ready" ? state.url : undefined;
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  if (!canDownload) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.macTitle}</MessageBarTitle>
          <p className={styles.block}>{t.macText}</p>
        </MessageBarBody>
      </MessageBar>
    );
  }

  const run = async () => {
    setState({ kind: "working" });
    try {
      const file = await produce();
      const blob = new Blob([Uint8Array.from(file.bytes)], { type: DOCX_MIME });
      const made = URL.createObjectURL(blob);
      startDownload(made, file.fileName);
      setState({ kind: "ready", url: made, fileName: file.fileName, notices: file.notices ?? [] });
    } catch (error) {
      setState({ kind: "failed", text: t.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <section className={styles.panel} aria-label={t.button}>
      <Body1 as="p" className={styles.block}>
        {t.hint}
      </Body1>
      <div>
        <Button appearance="secondary" disabled={state.kind === "working"} onClick={() => void run()}>
          {t.button}
        </Button>
      </div>
      {state.kind === "working" && <Spinner size="tiny" label={t.working} />}
      {state.kind === "ready" && (
        <MessageBar intent={state.notices.length > 0 ? "warning" : "success"} layout="multiline" role="status">
          <MessageBarBody>
            <p className={styles.block}>{t.ready(state.fileName)}</p>
            <p className={styles.block}>
              {t.savedHint}{" "}
              <Link href={state.url} download={state.fileName}>
                {t.save}
              </Link>
            </p>
            {state.notices.map((notice) => (
              <p key={notice} className={styles.block}>
                {notice}
              </p>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
