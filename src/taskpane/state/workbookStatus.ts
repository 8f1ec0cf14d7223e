import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookStatus } from "../../core/operations/status";
import { hostErrorText } from "../../excel/hostErrors";

export type StatusState =
  | { readonly kind: "reading"; readonly previous?: WorkbookStatus }
  | { readonly kind: "ready"; readonly status: WorkbookStatus }
  | { readonly kind: "failed"; readonly text: string; readonly previous?: WorkbookStatus };

/** The status the pane knows: the last one read, also while a new read runs or after it failed. */
export const knownStatus = (state: StatusState): WorkbookStatus | undefined =>
  state.kind === "ready" ? state.status : state.previous;

/** Reads the workbook's status once the pane has painted, and again on refresh() (after each operation). */
export function useWorkbookStatus(read: () => Promise<WorkbookStatus>): {
  state: StatusState;
  refresh(): Promise<void>;
} {
  const [state, setState] = useState<StatusState>({ kind: "reading" });
  const last = useRef<WorkbookStatus | undefined>(undefined);
  const refresh = useCallback(async () => {
    setState({ kind: "reading", previous: last.current });
    try {
      const status = await read();
      last.current = status;
      setState({ kind: "ready", status });
    } catch (error) {
      setState({ kind: "failed", text: hostErrorText(error), previous: last.current });
    }
  }, [read]);
  useEffect(() => {
    // After the first paint: the form and the skeleton are on screen before the workbook is read.
    const id = setTimeout(() => void refresh(), 0);
    return () => clearTimeout(id);
  }, [refresh]);
  return { state, refresh };
}
