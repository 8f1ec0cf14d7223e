import { createContext, ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";
import { failureText } from "../../excel/hostErrors";

/** Chunks written out of the chunks planned, as the excel shell reports them. */
export type Progress = (done: number, total: number) => void;

export interface Running {
  readonly name: string;
  readonly done: number;
  readonly total: number;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly text: string };

export interface Gate {
  /** The operation running now, if any: only one runs at a time. */
  readonly running?: Running;
  /** Why a button is disabled while another operation runs; undefined when the pane is free. */
  readonly busyReason?: string;
  /**
   * Runs an operation unless another is running; its failure comes back as Russian text that says
   * what to do and, after a partial write, what was written.
   */
  run<T>(name: string, action: (progress: Progress) => Promise<T>): Promise<Outcome<T> | undefined>;
  /** Says a result to screen readers through the pane's live region. */
  announce(text: string, urgent?: boolean): void;
}

const GateContext = createContext<Gate | undefined>(undefined);

export function useGate(): Gate {
  const gate = useContext(GateContext);
  if (!gate) throw new Error("useGate outside GateProvider");
  return gate;
}

export interface Announcement {
  readonly text: string;
  readonly urgent: boolean;
  /** Changes with each announcement so the same text is said again. */
  readonly id: number;
}

export function GateProvider({
  children,
  busyText,
  onAnnounce,
}: {
  children: ReactNode;
  busyText: (name: string) => string;
  onAnnounce: (announcement: Announcement) => void;
}) {
  const [running, setRunning] = useState<Running>();
  const current = useRef<Running | undefined>(undefined);
  const counter = useRef(0);

  const announce = useCallback(
    (text: string, urgent = false) => onAnnounce({ text, urgent, id: ++counter.current }),
    [onAnnounce],
  );

  const run = useCallback(
    async <T,>(name: string, action: (progress: Progress) => Promise<T>): Promise<Outcome<T> | undefined> => {
      if (current.current) return undefined;
      const update = (next: Running | undefined) => {
        current.current = next;
        setRunning(next);
      };
      update({ name, done: 0, total: 0 });
      let written = { done: 0, total: 0 };
      try {
        const value = await action((done, total) => {
          written = { done, total };
          update({ name, done, total });
        });
        return { ok: true, value };
      } catch (error) {
        const text = failureText(name, error, written);
        announce(text, true);
        return { ok: false, text };
      } finally {
        update(undefined);
      }
    },
    [announce],
  );

  const gate = useMemo<Gate>(
    () => ({ running, busyReason: running ? busyText(running.name) : undefined, run, announce }),
    [running, busyText, run, announce],
  );
  return <GateContext.Provider value={gate}>{children}</GateContext.Provider>;
}
