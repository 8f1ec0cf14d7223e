import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { builtInCatalog, indicatorsOf } from "../../core/catalog";
import { ru } from "../../core/i18n/ru";
import { countOf } from "../../core/text/format";
import { parsePeriods } from "../../core/workbook/periods";
import { lastCompletedYears } from "./defaults";
import type { CreateSheetsRequest, OperationResult, Progress } from "../../excel/workbookOperations";

/** What the panel asks of the workbook; the excel shell implements it. */
export interface SheetOperations {
  createSheets(request: CreateSheetsRequest, onProgress?: Progress): Promise<OperationResult>;
  makePortable(onProgress?: Progress): Promise<OperationResult>;
  readSchools(): Promise<string[]>;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const splitSchools = (text: string) => [...new Set(text.split(/\r?\n|\t/).map((s) => s.trim()).filter(Boolean))];

type Status =
  | { kind: "idle" }
  | { kind: "working"; done: number; total: number }
  | { kind: "done"; text: string; notices: readonly string[] }
  | { kind: "failed"; text: string };

export default function SheetsPanel({ operations }: { operations: SheetOperations }) {
  const styles = useStyles();
  const frameworks = useMemo(() => builtInCatalog().frameworks, []);
  const [frameworkId, setFrameworkId] = useState(frameworks[0].id);
  const [useWorkbookCatalog, setUseWorkbookCatalog] = useState(false);
  const [periodsText, setPeriodsText] = useState(lastCompletedYears());
  const [municipality, setMunicipality] = useState<string>(ru.sheetsPanel.municipalityDefault);
  const [schoolsText, setSchoolsText] = useState("");
  const [schoolsNote, setSchoolsNote] = useState<string>();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const periods = parsePeriods(periodsText);
  const busy = status.kind === "working";
  const onProgress: Progress = (done, total) => setStatus({ kind: "working", done, total });
  const label = (id: string) => {
    const framework = frameworks.find((f) => f.id === id);
    return framework
      ? ru.sheetsPanel.frameworkOption(framework.municipality, countOf(indicatorsOf(framework).length, ru.catalogNouns.indicator))
      : id;
  };

  async function run(action: () => Promise<OperationResult>, success: string) {
    setStatus({ kind: "working", done: 0, total: 1 });
    try {
      const result = await action();
      setStatus({ kind: "done", text: success, notices: result.notices });
    } catch (error) {
      setStatus({ kind: "failed", text: ru.sheetsPanel.failed(error instanceof Error ? error.message : String(error)) });
    }
  }

  const create = () => {
    if (!periods.ok) return;
    void run(
      () =>
        operations.createSheets(
          {
            frameworkId,
            useWorkbookCatalog,
            periods: periods.periods,
            municipality: municipality.trim() || ru.sheetsPanel.municipalityDefault,
            schools: splitSchools(schoolsText),
            flavour: "msoko",
          },
          onProgress,
        ),
      ru.sheetsPanel.created,
    );
  };

  const takeSchools = async () => {
    try {
      const schools = await operations.readSchools();
      if (schools.length > 0) setSchoolsText(schools.join("\n"));
      setSchoolsNote(schools.length > 0 ? ru.sheetsPanel.schoolsFound(countOf(schools.length, ru.nouns["организация"])) : ru.sheetsPanel.schoolsNone);
    } catch (error) {
      setSchoolsNote(ru.sheetsPanel.failed(error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => (event.preventDefault(), create())}>
      <Field label={ru.sheetsPanel.framework}>
        <Dropdown
          value={label(frameworkId)}
          selectedOptions={[frameworkId]}
          onOptionSelect={(_, data) => data.optionValue && setFrameworkId(data.optionValue)}
        >
          {frameworks.map((framework) => (
            <Option key={framework.id} value={framework.id}>
              {label(framework.id)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Checkbox
        checked={useWorkbookCatalog}
        onChange={(_, data) => setUseWorkbookCatalog(Boolean(data.checked))}
        label={ru.sheetsPanel.useWorkbookCatalog}
      />
      <Field
        label={ru.sheetsPanel.periods}
        hint={ru.sheetsPanel.periodsHint}
        validationState={periods.ok ? "none" : "error"}
        validationMessage={periods.ok ? undefined : periods.messages.join(". ")}
      >
        <Input value={periodsText} onChange={(_, data) => setPeriodsText(data.value)} />
      </Field>
      <Field label={ru.sheetsPanel.municipality}>
        <Input value={municipality} onChange={(_, data) => setMunicipality(data.value)} />
      </Field>
      <Field label={ru.sheetsPanel.schools} hint={schoolsNote ?? ru.sheetsPanel.schoolsHint}>
        <Textarea rows={6} resize="vertical" value={schoolsText} onChange={(_, data) => setSchoolsText(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="secondary" onClick={takeSchools} disabled={busy}>
          {ru.sheetsPanel.schoolsFromSheet}
        </Button>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy || !periods.ok}>
          {ru.sheetsPanel.create}
        </Button>
        <Button
          appearance="secondary"
          title={ru.sheetsPanel.portableHint}
          disabled={busy}
          onClick={() => void run(() => operations.makePortable(onProgress), ru.sheetsPanel.madePortable)}
        >
          {ru.sheetsPanel.portable}
        </Button>
      </div>
      {status.kind === "working" && (
        <Field validationMessage={ru.sheetsPanel.working(status.done, status.total)} validationState="none">
          <ProgressBar value={status.total > 0 ? status.done / status.total : undefined} />
        </Field>
      )}
      {status.kind === "done" && (
        <MessageBar intent={status.notices.length > 0 ? "warning" : "success"} layout="multiline" role="status">
          <MessageBarBody>
            {status.text}
            {status.notices.map((notice) => (
              <p key={notice}>{notice}</p>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
