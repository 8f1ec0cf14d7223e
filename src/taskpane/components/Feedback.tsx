import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { pane } from "../../core/base/i18n/pane";
import type { Running } from "../state/operationGate";

/** What a panel's last operation came to. */
export type Result =
  | { readonly kind: "done"; readonly text: string; readonly notices?: readonly string[]; readonly next?: NextAction }
  | { readonly kind: "info"; readonly text: string; readonly next?: NextAction }
  | { readonly kind: "failed"; readonly text: string };

/** The action offered after a success: the next step of the year. */
export interface NextAction {
  readonly label: string;
  readonly onClick: () => void;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, outlineOffset: "2px" },
  notice: { margin: `${tokens.spacingVerticalXS} 0 0 0` },
});

/**
 * The progress of the panel's own running operation (named, for screen readers) and its result.
 * Each takes the keyboard focus when it appears, so focus never falls to the page when the button
 * that started the operation disables itself.
 */
export function Feedback({ running, result }: { running?: Running; result?: Result }) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const shown = running ? "running" : result ? `${result.kind}:${result.text}` : "";
  useEffect(() => {
    const active = document.activeElement;
    // Move focus only when it was lost (a disabled button) or sits inside this box already.
    if (shown && box.current && (!active || active === document.body || (active as HTMLButtonElement).disabled))
      box.current.focus();
  }, [shown]);

  if (!running && !result) return null;
  return (
    <div ref={box} tabIndex={-1} className={styles.box}>
      {running && (
        <Field
          label={pane.busy.progress(running.name)}
          validationMessage={running.total > 0 ? pane.busy.written(running.done, running.total) : undefined}
          validationState="none"
        >
          <ProgressBar
            value={running.total > 0 ? running.done / running.total : undefined}
            max={1}
            aria-label={pane.busy.progress(running.name)}
          />
        </Field>
      )}
      {!running && result && (
        <MessageBar
          intent={
            result.kind === "failed"
              ? "error"
              : result.kind === "info"
                ? "info"
                : result.notices && result.notices.length > 0
                  ? "warning"
                  : "success"
          }
          layout="multiline"
        >
          <MessageBarBody>
            {result.text}
            {result.kind === "done" &&
              result.notices?.map((notice) => (
                <p key={notice} className={styles.notice}>
                  {notice}
                </p>
              ))}
          </MessageBarBody>
          {result.kind !== "failed" && result.next && (
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={result.next.onClick}>
                {result.next.label}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}

/** A visible reason under a disabled button, never a tooltip only. */
export function BusyNote({ reason, id }: { reason?: string; id: string }) {
  if (!reason) return null;
  return (
    <p id={id} style={{ margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 }}>
      {reason}
    </p>
  );
}
