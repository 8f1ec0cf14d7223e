import { visuallyHidden } from "../theme";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Skeleton,
  SkeletonItem,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { pane } from "../../core/base/i18n/pane";
import { countOf } from "../../core/base/text/format";
import type { WorkbookStatus } from "../../core/operations/status";
import { knownStatus, StatusState } from "../state/workbookStatus";
import { Step, stepsOf } from "../steps";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { display: "block", margin: 0 },
  steps: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  step: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "20px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    marginInlineEnd: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    ":before": { content: "attr(data-mark)" },
  },
  done: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    border: "none",
  },
  current: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: "none",
  },
  currentLabel: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: "underline" },
  summary: { cursor: "pointer", overflowWrap: "anywhere" },
  facts: { display: "flex", flexDirection: "column", gap: "2px", margin: `${tokens.spacingVerticalXS} 0 0 0` },
  pair: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere", minWidth: 0 },
  hint: { display: "block", margin: 0 },
  hidden: visuallyHidden,
});

/** «1 Листы → 2 Данные → 3 Проверка → 4 Справка», the current step marked; each step opens its tab. */
export function Steps({ status, onGo }: { status: StatusState; onGo: (step: number) => void }) {
  const styles = useStyles();
  const steps = stepsOf(knownStatus(status));
  const stateText = (step: Step) => pane.steps[step.state];
  return (
    <nav aria-labelledby="steps-title" className={styles.box}>
      <Subtitle2 as="h2" id="steps-title" className={styles.heading}>
        {pane.steps.title}
      </Subtitle2>
      <ol className={styles.steps}>
        {steps.map((step) => {
          const name = pane.steps.names[step.index - 1];
          return (
            <li key={step.index}>
              <Button
                appearance={step.state === "current" ? "outline" : "subtle"}
                size="small"
                className={styles.step}
                aria-current={step.state === "current" ? "step" : undefined}
                aria-label={pane.steps.item(step.index, name, stateText(step))}
                onClick={() => onGo(step.index)}
              >
                {/* The number or tick is drawn by CSS, so the visible text is the name the label contains. */}
                <span
                  aria-hidden
                  data-mark={step.state === "done" ? "✓" : String(step.index)}
                  className={`${styles.number} ${step.state === "done" ? styles.done : step.state === "current" ? styles.current : ""}`}
                />
                <span className={step.state === "current" ? styles.currentLabel : undefined}>{name}</span>
              </Button>
            </li>
          );
        })}
      </ol>
      {steps.some((step) => step.state === "current") && (
        <Caption1 as="p" className={styles.hint}>
          {pane.steps.next}: {pane.steps.about[steps.findIndex((step) => step.state === "current")]}.
        </Caption1>
      )}
    </nav>
  );
}

function facts(status: WorkbookStatus): [string, string][] {
  const s = pane.status;
  const data = s.dataCount(status.values, status.resultRows);
  return [
    [s.framework, status.frameworkTitle ?? ""],
    [s.municipality, status.municipality ?? ""],
    [s.periods, status.periods.join(", ")],
    [s.schools, status.schools.length > 0 ? countOf(status.schools.length, pane.nouns.school) : "—"],
    [s.sheets, countOf(status.ourSheets, pane.nouns.sheet)],
    [s.data, data || s.dataNone],
    [
      s.lastCheck,
      status.lastCheck
        ? s.lastCheckAt(status.lastCheck.at, status.lastCheck.errors, status.lastCheck.warnings)
        : s.lastCheckNone,
    ],
    [s.report, status.reports.length > 0 ? s.reportFor(status.reports) : s.reportNone],
  ];
}

/** What the workbook holds, read before any operation. */
export function WorkbookSummary({
  status,
  onReread,
  busy,
}: {
  status: StatusState;
  onReread: () => void;
  busy: boolean;
}) {
  const styles = useStyles();
  const known = knownStatus(status);
  return (
    <section aria-labelledby="status-title" className={styles.box} aria-busy={status.kind === "reading"}>
      <Subtitle2 as="h2" id="status-title" className={styles.heading}>
        {pane.status.title}
      </Subtitle2>
      {status.kind === "reading" && !known && (
        <Skeleton aria-label={pane.status.reading}>
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
        </Skeleton>
      )}
      {status.kind === "failed" && <Body1 className={styles.hint}>{pane.status.failed(status.text)}</Body1>}
      {known && !known.built && <Body1 className={styles.hint}>{known.unreadable ?? pane.status.empty}</Body1>}
      {known?.built && (
        <details>
          <summary className={styles.summary}>
            <Caption1>{pane.status.line(known.municipality ?? "", known.periods, known.schools.length)}</Caption1>
          </summary>
          <dl className={styles.facts}>
            {facts(known).map(([term, value]) => (
              <div key={term} className={styles.pair}>
                <dt className={styles.term}>
                  <Caption1>{term}:</Caption1>
                </dt>
                <dd className={styles.value}>
                  <Caption1>{value}</Caption1>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <div>
        <Button
          size="small"
          appearance="secondary"
          onClick={onReread}
          disabledFocusable={busy || status.kind === "reading"}
        >
          {pane.status.reread}
        </Button>
      </div>
    </section>
  );
}
