/** Where the pane runs: inside Excel, in a browser without Office, or with office.js missing. */
export type HostState = "excel" | "outside" | "noOffice";

const OFFICE_READY_TIMEOUT_MS = 5000;

export function detectHost(): Promise<HostState> {
  if (typeof Office === "undefined") return Promise.resolve("noOffice");
  const timeout = new Promise<HostState>((resolve) => setTimeout(() => resolve("outside"), OFFICE_READY_TIMEOUT_MS));
  const ready = Office.onReady().then(
    (info) => (info.host === Office.HostType.Excel ? "excel" : "outside") as HostState,
  );
  return Promise.race([ready, timeout]);
}
