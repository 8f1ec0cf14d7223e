import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookStatus } from "../../excel/workbookOperations";
import { hostErrorText } from "../../excel/hostErrors";

export type StatusState =
  | { readonly kind: "reading"; readonly previous?: WorkbookStatus }
  | { readonly kind: "ready"; readonly status: WorkbookStatus }
  | { readonly kind: "failed"; readonly text: string };

/** The status the pane knows, or the last one while a new read runs. */
export const knownStatus = (state: StatusState): WorkbookStatus | undefined =>
  state.kind === "ready" ? state.status : state.kind === "reading" ? state.previous : undefined;

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
      setState({ kind: "failed", text: hostErrorText(error) });
    }
  }, [read]);
  useEffect(() => {
    // After the first paint: the form and the skeleton are on screen before the workbook is read.
    const id = setTimeout(() => void refresh(), 0);
    return () => clearTimeout(id);
  }, [refresh]);
  return { state, refresh };
}
