import {
  Body1,
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  shorthands,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { DragEvent, useEffect, useRef, useState } from "react";
import type { FormOutcome } from "../../core/operations/collect";
import type { FormFile, FormsOperations } from "../../core/operations/forms";
import { formsText } from "../../core/base/i18n/forms";
import { countOf } from "../../core/base/text/format";

const t = formsText.panel;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "block", margin: 0 },
  drop: {
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    padding: tokens.spacingVerticalM,
    textAlign: "center",
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: "none" },
});

type Status =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; text: string; notices: readonly string[] }
  | { kind: "failed"; text: string };

const message = (error: unknown) => t.failed(error instanceof Error ? error.message : String(error));

/** Offers bytes as a download: a link clicked on the user's behalf. */
function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** All forms as one .zip; jszip is loaded only when the user asks for it. */
async function zipOf(files: readonly FormFile[]): Promise<Blob> {
  const { default: JSZip } = await import(/* webpackChunkName: "jszip" */ "jszip");
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.bytes);
  return zip.generateAsync({ type: "blob" });
}

async function readFiles(list: FileList | readonly File[]): Promise<FormFile[]> {
  const files = [...list].filter((file) => /\.xlsx$/i.test(file.name));
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

function Outcome({ outcome }: { outcome: FormOutcome }) {
  const head = `${outcome.file}${outcome.organisation ? ` — ${outcome.organisation}` : ""}: ${
    outcome.taken ? t.willTake : t.willRefuse
  }`;
  const details = [
    ...outcome.errors.map((e) => (e.cell ? `${e.cell}: ${e.message}` : e.message)),
    ...(outcome.taken ? [countOf(outcome.values, formsText.nouns.values)] : []),
    ...(outcome.conflicts.length > 0 ? [countOf(outcome.conflicts.length, formsText.nouns.conflicts)] : []),
    ...outcome.conflicts.map((c) => `${c.cell}: ${c.message}`),
  ];
  return (
    <li>
      {head}
      {details.length > 0 && (
        <ul>
          {details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** «Формы для ОО» (every form in one .zip) and «Собрать формы» (pick or drop files, preview, then load). */
export default function FormsPanel({ operations }: { operations: FormsOperations }) {
  const styles = useStyles();
  const [periods, setPeriods] = useState<readonly string[]>([]);
  const [period, setPeriod] = useState("");
  const [making, setMaking] = useState<Status>({ kind: "idle" });
  const [files, setFiles] = useState<FormFile[]>([]);
  const [replace, setReplace] = useState(false);
  const [preview, setPreview] = useState<readonly FormOutcome[] | undefined>();
  const [collecting, setCollecting] = useState<Status>({ kind: "idle" });
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    operations
      .periods()
      .then((found) => {
        setPeriods(found);
        setPeriod(found[found.length - 1] ?? "");
      })
      .catch((error: unknown) => setMaking({ kind: "failed", text: message(error) }));
  }, [operations]);

  const makeForms = async () => {
    setMaking({ kind: "working" });
    try {
      const made = await operations.makeForms(period);
      download(t.zipName(period), await zipOf(made.files));
      setMaking({
        kind: "done",
        text: t.made(countOf(made.files.length, formsText.nouns.forms)),
        notices: made.notices,
      });
    } catch (error) {
      setMaking({ kind: "failed", text: message(error) });
    }
  };

  const check = async (chosen: FormFile[], replacing: boolean) => {
    setFiles(chosen);
    setPreview(undefined);
    if (chosen.length === 0) return;
    setCollecting({ kind: "working" });
    try {
      setPreview(await operations.previewForms(chosen, period, replacing));
      setCollecting({ kind: "idle" });
    } catch (error) {
      setCollecting({ kind: "failed", text: message(error) });
    }
  };

  const load = async () => {
    setCollecting({ kind: "working" });
    try {
      const outcomes = await operations.collectForms(files, period, replace);
      const taken = outcomes.filter((o) => o.taken).length;
      setPreview(undefined);
      setFiles([]);
      setCollecting({ kind: "done", text: t.loaded(taken, outcomes.length), notices: [] });
    } catch (error) {
      setCollecting({ kind: "failed", text: message(error) });
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void readFiles(event.dataTransfer.files).then((chosen) => check(chosen, replace));
  };

  const status = (state: Status) =>
    state.kind === "working" ? (
      <Spinner size="small" />
    ) : state.kind === "done" ? (
      <MessageBar intent={state.notices.length > 0 ? "warning" : "success"} layout="multiline" role="status">
        <MessageBarBody>
          {state.text}
          {state.notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </MessageBarBody>
      </MessageBar>
    ) : state.kind === "failed" ? (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{state.text}</MessageBarBody>
      </MessageBar>
    ) : null;

  return (
    // «Данные» names the section this panel fills: no second landmark of the same name.
    <div className={styles.panel}>
      <Subtitle2 as="h2" className={styles.block}>
        {t.formsTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.block}>
        {t.formsIntro}
      </Body1>
      <Field label={t.period}>
        <Select value={period} onChange={(_, data) => setPeriod(data.value)}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button appearance="primary" disabled={!period || making.kind === "working"} onClick={() => void makeForms()}>
          {making.kind === "working" ? t.making : t.makeForms}
        </Button>
      </div>
      {status(making)}

      <Subtitle2 as="h2" className={styles.block}>
        {t.collectTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.block}>
        {t.collectIntro}
      </Body1>
      <div
        className={over ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Body1 as="p" className={styles.block}>
          {t.drop}
        </Body1>
        <Button onClick={() => input.current?.click()}>{t.pick}</Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t.pick}
          onChange={(event) => {
            const chosen = event.target.files;
            if (chosen) void readFiles(chosen).then((read) => check(read, replace));
            event.target.value = "";
          }}
        />
      </div>
      <Checkbox
        checked={replace}
        label={t.replace}
        onChange={(_, data) => {
          setReplace(Boolean(data.checked));
          if (files.length > 0) void check(files, Boolean(data.checked));
        }}
      />
      {preview && (
        <ul className={styles.list} aria-label={t.preview}>
          {preview.map((outcome) => (
            <Outcome key={outcome.file} outcome={outcome} />
          ))}
        </ul>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={!preview || !preview.some((o) => o.taken) || collecting.kind === "working"}
          onClick={() => void load()}
        >
          {t.load}
        </Button>
      </div>
      {status(collecting)}
    </div>
  );
}
