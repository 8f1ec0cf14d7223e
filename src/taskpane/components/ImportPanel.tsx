import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  shorthands,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { importTexts as t } from "../../core/base/i18n/import";
import { nameKey, type FileSummary, type ImportFile, type ImportOptions } from "../../core/operations/import";
import type { ImportPreview } from "../../core/operations/import";
import type { Progress } from "../../core/operations/status";
import type { PickedFile } from "../../xlsx/sourceFile";

/** What the panel asks of the workbook: a preview that writes nothing, and the import itself. */
export interface ImportOperations {
  previewImport(files: readonly ImportFile[], options: ImportOptions): Promise<ImportPreview>;
  importFiles(files: readonly ImportFile[], options: ImportOptions, onProgress?: Progress): Promise<ImportPreview>;
}

/** The files read and parsed here in the pane; the reader (JSZip) is loaded only when files are picked. */
const readPicked = async (files: readonly PickedFile[]) =>
  (await import(/* webpackChunkName: "import-reader" */ "../../xlsx/sourceFile")).parsePickedFiles(files);

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "block", margin: 0 },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: "none" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type State =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "preview"; preview: ImportPreview }
  | { kind: "working"; done: number; total: number }
  | { kind: "done"; result: ImportPreview }
  | { kind: "failed"; text: string };

async function pick(list: FileList | null): Promise<PickedFile[]> {
  return Promise.all(
    [...(list ?? [])].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

function FilePreview({
  file,
  accepted,
  onAccept,
}: {
  file: FileSummary;
  accepted: ReadonlySet<string>;
  onAccept: (key: string, on: boolean) => void;
}) {
  const styles = useStyles();
  if (file.refused)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{file.refused}</MessageBarBody>
      </MessageBar>
    );
  return (
    <Card>
      <CardHeader
        header={<Subtitle2 as="h3">{t.pane.previewTitle(file.name)}</Subtitle2>}
        description={<Caption1>{file.layout ? t.pane.layout(t.layouts[file.layout]) : ""}</Caption1>}
      />
      <ul className={styles.list}>
        {file.procedures.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Body1 as="p" className={styles.block}>
        {t.pane.schools(file.matched, file.byName.length, file.otherMunicipality)}
      </Body1>
      {!file.listed && (
        <Body1 as="p" className={styles.block}>
          {t.pane.rows(file.added, file.completed, file.conflicts.length)}
        </Body1>
      )}
      {file.byName.map((match) => {
        const key = nameKey(file.name, match.file);
        return (
          <Checkbox
            key={key}
            checked={accepted.has(key)}
            onChange={(_, data) => onAccept(key, Boolean(data.checked))}
            label={t.pane.confirmName(match.file, match.school)}
          />
        );
      })}
      {[
        ...file.ambiguous.map((a) => t.summary.ambiguous(a.file, a.candidates)),
        ...(file.unmatched.length ? [t.summary.unmatched(file.unmatched)] : []),
      ].map((line) => (
        <Caption1 key={line}>{line}</Caption1>
      ))}
      {file.listPeriods && file.listPeriods.length > 0 && (
        <Body1 as="p" className={styles.block}>
          {t.pane.list(
            file.listPeriods,
            new Set(file.listed?.map((entry) => entry.school)).size,
            file.listSchools ?? 0,
          )}
        </Body1>
      )}
      {file.listed?.map((entry) => (
        <Caption1 key={`${entry.school} ${entry.year}`}>
          {t.summary.listed(entry.school, entry.year, entry.markers)}
        </Caption1>
      ))}
      {file.notices.map((notice) => (
        <Caption1 key={notice}>{notice}</Caption1>
      ))}
    </Card>
  );
}

/**
 * «Загрузить результаты»: pick or drop files, see per file what was found and what would change, confirm
 * schools matched by name, then «Загрузить». Nothing in the book changes before that.
 */
export default function ImportPanel({ operations }: { operations: ImportOperations }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const [replace, setReplace] = useState(false);
  const [addPeriods, setAddPeriods] = useState(false);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());

  const preview = async (parsed: ImportFile[], periods = addPeriods) => {
    if (parsed.length === 0) return;
    setFiles(parsed);
    setState({ kind: "reading" });
    try {
      const result = await operations.previewImport(parsed, { addPeriods: periods, acceptNames: "all" });
      setAccepted(new Set(result.files.flatMap((file) => file.byName.map((match) => nameKey(file.name, match.file)))));
      setState({ kind: "preview", preview: result });
    } catch (error) {
      setState({ kind: "failed", text: t.pane.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  const load = async () => {
    setState({ kind: "working", done: 0, total: 1 });
    try {
      const result = await operations.importFiles(
        files,
        { replace, addPeriods, acceptNames: accepted },
        (done, total) => setState({ kind: "working", done, total }),
      );
      setState({ kind: "done", result });
    } catch (error) {
      setState({ kind: "failed", text: t.pane.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  const missing = state.kind === "preview" ? [...new Set(state.preview.files.flatMap((f) => f.missingPeriods))] : [];
  const conflicts =
    state.kind === "preview" &&
    (state.preview.files.some((f) => f.conflicts.length > 0) || state.preview.indicatorsKept > 0);
  const importable = state.kind === "preview" && state.preview.files.some((f) => !f.refused);

  return (
    // «Данные» names the section this panel fills: no second landmark of the same name.
    <div className={styles.panel}>
      <Body1 as="p" className={styles.block}>
        {t.pane.intro}
      </Body1>
      <div
        className={dragging ? `${styles.drop} ${styles.dragging}` : styles.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void pick(event.dataTransfer.files)
            .then(readPicked)
            .then((parsed) => preview(parsed));
        }}
      >
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xlsm,.csv,.xls"
          aria-label={t.pane.pick}
          onChange={(event) =>
            void pick(event.target.files)
              .then(readPicked)
              .then((parsed) => preview(parsed))
          }
        />
        <Button appearance="secondary" onClick={() => input.current?.click()} disabled={state.kind === "working"}>
          {t.pane.pick}
        </Button>
        <Caption1>{t.pane.drop}</Caption1>
      </div>
      {state.kind === "reading" && (
        <Field validationMessage={t.pane.reading} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {state.kind === "preview" && (
        <>
          {state.preview.files.map((file) => (
            <FilePreview
              key={file.name}
              file={file}
              accepted={accepted}
              onAccept={(key, on) =>
                setAccepted((was) => {
                  const next = new Set(was);
                  if (on) next.add(key);
                  else next.delete(key);
                  return next;
                })
              }
            />
          ))}
          {(state.preview.indicatorsRecomputed > 0 || state.preview.indicatorsKept > 0) && (
            <Body1 as="p" className={styles.block}>
              {t.pane.indicators(state.preview.indicatorsRecomputed, state.preview.indicatorsKept)}
            </Body1>
          )}
          {missing.length > 0 && (
            <Checkbox
              checked={addPeriods}
              onChange={(_, data) => {
                setAddPeriods(Boolean(data.checked));
                void preview(files, Boolean(data.checked));
              }}
              label={t.pane.addPeriods(missing.join(", "))}
            />
          )}
          {conflicts && (
            <Checkbox
              checked={replace}
              onChange={(_, data) => setReplace(Boolean(data.checked))}
              label={t.pane.replace}
            />
          )}
          <div>
            <Button appearance="primary" disabled={!importable} onClick={() => void load()}>
              {t.pane.load}
            </Button>
          </div>
        </>
      )}
      {state.kind === "working" && (
        <Field validationMessage={t.pane.working(state.done, state.total)} validationState="none">
          <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} />
        </Field>
      )}
      {state.kind === "done" && (
        <MessageBar
          intent={state.result.files.some((f) => f.refused) ? "warning" : "success"}
          layout="multiline"
          role="status"
        >
          <MessageBarBody>
            {state.result.files.every((f) => f.refused)
              ? t.pane.nothing
              : t.pane.done(state.result.files.filter((f) => !f.refused).length, state.result.files.length)}
            {state.result.files
              .filter((f) => f.refused)
              .map((f) => (
                <p key={f.name}>{f.refused}</p>
              ))}
            {state.result.notices.map((notice) => (
              <p key={notice}>{notice}</p>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
