import {
  Body1,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  OptionGroup,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { builtInCatalog, indicatorsOf } from "../../core/catalog";
import { OWN_FRAMEWORK_ID } from "../../core/catalog/frameworks/own";
import { ownTexts } from "../../core/base/i18n/ownFramework";
import { frameworkFromDraft } from "../../core/features/library/ownFramework";
import { pane } from "../../core/base/i18n/pane";
import { ru } from "../../core/base/i18n/ru";
import { countOf } from "../../core/base/text/format";
import { parsePeriods } from "../../core/workbook/periods";
import { BuildChanges, CreateSheetsRequest, needsConfirmation } from "../../core/operations/status";
import { lastCompletedYears } from "./defaults";
import { BusyNote, Feedback, Result } from "./Feedback";
import type { PaneContext } from "./panes";
import { useGate } from "../state/operationGate";
import { knownStatus } from "../state/workbookStatus";
import type { OwnChoice } from "./OwnFramework";

const OwnFramework = lazy(() => import(/* webpackChunkName: "own" */ "./OwnFramework"));

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The main button stays in view at the bottom of a short pane while the form scrolls under it.
  sticky: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  block: { display: "block", margin: 0 },
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  dropdown: { minWidth: 0, maxWidth: "100%" },
});

export const splitSchools = (text: string) => [
  ...new Set(
    text
      .split(/\r?\n|\t/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/** The lines of the confirmation: what will be renamed, dropped, added and archived. */
export function changeLines(changes: BuildChanges): string[] {
  const c = pane.confirm;
  return [
    changes.municipality && c.municipality(changes.municipality.from, changes.municipality.to),
    changes.framework && c.framework(changes.framework.from, changes.framework.to),
    changes.droppedPeriods.length > 0 && c.droppedPeriods(changes.droppedPeriods),
    changes.addedPeriods.length > 0 && c.addedPeriods(changes.addedPeriods),
    changes.droppedSchools.length > 0 && c.droppedSchools(changes.droppedSchools),
    changes.addedSchools > 0 && c.addedSchools(changes.addedSchools),
    changes.archived > 0 && c.archived(changes.archived),
  ].filter((line): line is string => typeof line === "string");
}

/** Step 1: the sheets of a framework for the municipality, its periods and schools. */
export default function SheetsPanel({ operations, status, refresh, goTo }: PaneContext) {
  const styles = useStyles();
  const gate = useGate();
  const frameworks = useMemo(() => builtInCatalog().frameworks, []);
  // One's own Положение comes first: the four documents are examples of it.
  const [frameworkId, setFrameworkId] = useState(OWN_FRAMEWORK_ID);
  const [own, setOwn] = useState<OwnChoice>();
  const [useWorkbookCatalog, setUseWorkbookCatalog] = useState(false);
  const [periodsText, setPeriodsText] = useState(lastCompletedYears());
  const [municipality, setMunicipality] = useState<string>(ru.sheetsPanel.municipalityDefault);
  const [schoolsText, setSchoolsText] = useState("");
  const [edited, setEdited] = useState(false);
  const [prefilled, setPrefilled] = useState(false);
  const [result, setResult] = useState<Result>();
  const [pending, setPending] = useState<{ request: CreateSheetsRequest; lines: string[] }>();
  const mine =
    gate.running &&
    [pane.operations.create, pane.operations.portable, pane.operations.demo].includes(gate.running.name);

  const known = knownStatus(status);
  // The form shows the workbook's own settings, unless the user has started typing.
  useEffect(() => {
    if (!known?.built || edited) return;
    if (known.frameworkId === OWN_FRAMEWORK_ID || frameworks.some((f) => f.id === known.frameworkId)) {
      setFrameworkId(known.frameworkId!);
    }
    setPeriodsText(known.periods.join(", "));
    setMunicipality(known.municipality ?? "");
    setSchoolsText(known.schools.join("\n"));
    setUseWorkbookCatalog(known.hasCatalogSheet);
    setPrefilled(true);
  }, [known, edited, frameworks]);

  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setEdited(true);
      set(value);
    };

  const periods = parsePeriods(periodsText);
  const schools = splitSchools(schoolsText);
  const isOwn = frameworkId === OWN_FRAMEWORK_ID;
  const bookIsOwn = Boolean(known?.built && known.frameworkId === OWN_FRAMEWORK_ID && known.hasCatalogSheet);
  const ownChosen = (own?.indicators ?? 0) > 0;
  // What keeps «Создать листы» from one's own Положение: nothing chosen yet, or guesses not confirmed.
  const ownBlock = !isOwn
    ? undefined
    : ownChosen
      ? own?.awaitsConfirmation
        ? ownTexts.guesses.needConfirm
        : undefined
      : bookIsOwn
        ? undefined
        : ownTexts.summary.none;
  const onOwnChange = useCallback((choice: OwnChoice) => setOwn(choice), []);
  const label = (id: string) => {
    if (id === OWN_FRAMEWORK_ID) return ownTexts.option;
    const framework = frameworks.find((f) => f.id === id);
    return framework
      ? ru.sheetsPanel.frameworkOption(
          framework.municipality,
          countOf(indicatorsOf(framework).length, ru.catalogNouns.indicator),
        )
      : id;
  };

  const write = async (request: CreateSheetsRequest, rebuild: boolean) => {
    setPending(undefined);
    const outcome = await gate.run(pane.operations.create, (progress) => operations.createSheets(request, progress));
    if (!outcome) return;
    if (!outcome.ok) {
      setResult({ kind: "failed", text: outcome.text });
    } else {
      const text = rebuild ? pane.sheetsForm.rerunDone : pane.sheetsForm.createdNext;
      setResult({
        kind: "done",
        text,
        notices: outcome.value.notices,
        next: { label: pane.steps.go(pane.tabs.data), onClick: () => goTo("data") },
      });
      setEdited(false);
      gate.announce(text);
    }
    await refresh();
  };

  const create = async () => {
    if (!periods.ok || ownBlock) return;
    const place = municipality.trim() || ru.sheetsPanel.municipalityDefault;
    let ownFramework;
    if (isOwn && own && ownChosen) {
      try {
        ownFramework = frameworkFromDraft(own.draft, place);
      } catch (error) {
        return setResult({ kind: "failed", text: error instanceof Error ? error.message : String(error) });
      }
    }
    const request: CreateSheetsRequest = {
      frameworkId,
      // A book of one's own Положение is rebuilt from its «Показатели» unless a new choice was made.
      useWorkbookCatalog: isOwn ? !ownFramework : useWorkbookCatalog,
      ...(ownFramework && { ownFramework }),
      periods: periods.periods,
      municipality: place,
      schools,
      flavour: "msoko",
    };
    setResult(undefined);
    const preview = await gate.run(pane.operations.create, () => operations.previewCreateSheets(request));
    if (!preview) return;
    if (!preview.ok) return setResult({ kind: "failed", text: preview.text });
    if (needsConfirmation(preview.value)) setPending({ request, lines: changeLines(preview.value) });
    else await write(request, preview.value.rebuild);
  };

  const demo = async () => {
    setResult(undefined);
    const outcome = await gate.run(pane.operations.demo, (progress) => operations.createDemo(frameworkId, progress));
    if (!outcome) return;
    if (!outcome.ok) setResult({ kind: "failed", text: outcome.text });
    else {
      setResult({
        kind: "done",
        text: pane.sheetsForm.demoDone,
        notices: outcome.value.notices,
        next: { label: pane.steps.go(pane.tabs.check), onClick: () => goTo("check") },
      });
      gate.announce(pane.sheetsForm.demoDone);
    }
    await refresh();
  };

  const portable = async () => {
    setResult(undefined);
    const outcome = await gate.run(pane.operations.portable, (progress) => operations.makePortable(progress));
    if (!outcome) return;
    const text = outcome.ok ? ru.sheetsPanel.madePortable : outcome.text;
    setResult(outcome.ok ? { kind: "done", text, notices: outcome.value.notices } : { kind: "failed", text });
    if (outcome.ok) gate.announce(text);
    await refresh();
  };

  const busy = Boolean(gate.running);
  return (
    <div className={styles.form}>
      <Subtitle2 as="h2" className={styles.block}>
        {pane.steps.item(1, pane.steps.names[0], pane.steps.about[0])}
      </Subtitle2>
      <Body1 as="p" className={styles.block}>
        {prefilled ? pane.sheetsForm.prefilled : pane.sheetsForm.intro}
      </Body1>
      <Field
        label={ru.sheetsPanel.framework}
        hint={
          isOwn
            ? ownTexts.choiceHint
            : ownTexts.exampleHint(frameworks.find((f) => f.id === frameworkId)?.municipality ?? "")
        }
      >
        <Dropdown
          className={styles.dropdown}
          value={label(frameworkId)}
          selectedOptions={[frameworkId]}
          onOptionSelect={(_, data) => {
            if (data.optionValue) edit(setFrameworkId)(data.optionValue);
          }}
        >
          <Option value={OWN_FRAMEWORK_ID}>{ownTexts.option}</Option>
          <OptionGroup label={ownTexts.examples}>
            {frameworks.map((framework) => (
              <Option key={framework.id} value={framework.id}>
                {label(framework.id)}
              </Option>
            ))}
          </OptionGroup>
        </Dropdown>
      </Field>
      {!isOwn && (
        <Checkbox
          checked={useWorkbookCatalog}
          onChange={(_, data) => edit(setUseWorkbookCatalog)(Boolean(data.checked))}
          label={ru.sheetsPanel.useWorkbookCatalog}
        />
      )}
      {/* Kept mounted, so a file read or indicators picked survive a look at the examples. */}
      <div hidden={!isOwn}>
        <Suspense fallback={<Spinner size="small" label={ownTexts.loading} />}>
          <OwnFramework bookIsOwn={bookIsOwn} disabled={busy} onChange={onOwnChange} />
        </Suspense>
      </div>
      {isOwn && ownChosen && own && (
        <Body1 as="p" className={styles.block}>
          {ownTexts.summary.chosen(
            countOf(own.indicators, ru.catalogNouns.indicator),
            countOf(own.draft.systems.length, ownTexts.nouns.systemsIn),
          )}
        </Body1>
      )}
      <Field
        label={ru.sheetsPanel.periods}
        hint={ru.sheetsPanel.periodsHint}
        validationState={periods.ok ? "none" : "error"}
        validationMessage={periods.ok ? undefined : periods.messages.join(". ")}
      >
        <Input value={periodsText} onChange={(_, data) => edit(setPeriodsText)(data.value)} />
      </Field>
      <Field label={ru.sheetsPanel.municipality}>
        <Input value={municipality} onChange={(_, data) => edit(setMunicipality)(data.value)} />
      </Field>
      <Field
        label={ru.sheetsPanel.schools}
        hint={`${ru.sheetsPanel.schoolsHint} ${schools.length > 0 ? pane.sheetsForm.schoolsCount(schools.length) : ""}`}
      >
        <Textarea
          rows={6}
          resize="vertical"
          value={schoolsText}
          onChange={(_, data) => edit(setSchoolsText)(data.value)}
        />
      </Field>
      <div className={`${styles.actions} ${styles.sticky}`}>
        <Button
          appearance="primary"
          type="button"
          disabledFocusable={busy || !periods.ok || ownBlock !== undefined}
          aria-describedby={busy ? "sheets-busy" : ownBlock ? "own-block" : undefined}
          onClick={() => void create()}
        >
          {ru.sheetsPanel.create}
        </Button>
        <Button
          appearance="secondary"
          type="button"
          disabledFocusable={busy || !known?.built}
          aria-describedby="portable-hint"
          onClick={() => void portable()}
        >
          {ru.sheetsPanel.portable}
        </Button>
      </div>
      {ownBlock && (
        <Body1 as="p" id="own-block" className={styles.block}>
          {ownBlock}
        </Body1>
      )}
      <Body1 as="p" id="portable-hint" className={styles.block} style={{ color: tokens.colorNeutralForeground3 }}>
        {pane.sheetsForm.portableHint}
      </Body1>
      {!known?.built && (
        <div className={styles.block}>
          <Button
            appearance="secondary"
            type="button"
            disabledFocusable={busy || isOwn}
            aria-describedby="demo-hint"
            onClick={() => void demo()}
          >
            {pane.sheetsForm.demo}
          </Button>
          <Body1 as="p" id="demo-hint" style={{ color: tokens.colorNeutralForeground3 }}>
            {isOwn ? pane.sheetsForm.demoOwn : pane.sheetsForm.demoHint}
          </Body1>
        </div>
      )}
      {!mine && <BusyNote id="sheets-busy" reason={gate.busyReason} />}
      <Feedback running={mine ? gate.running : undefined} result={result} />
      <Dialog
        open={pending !== undefined}
        modalType="alert"
        onOpenChange={(_, data) => {
          if (!data.open) {
            setPending(undefined);
            setResult({ kind: "info", text: pane.confirm.cancelled });
          }
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{pane.confirm.title}</DialogTitle>
            <DialogContent>
              <p>{pane.confirm.intro}</p>
              <ul className={styles.changes}>
                {pending?.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p>{pane.confirm.safe}</p>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="secondary"
                onClick={() => {
                  setPending(undefined);
                  setResult({ kind: "info", text: pane.confirm.cancelled });
                }}
              >
                {pane.confirm.cancel}
              </Button>
              <Button appearance="primary" onClick={() => pending && void write(pending.request, true)}>
                {pane.confirm.apply}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
