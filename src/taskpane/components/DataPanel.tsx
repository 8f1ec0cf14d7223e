import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { pane } from "../../core/base/i18n/pane";
import { knownStatus } from "../state/workbookStatus";
import type { PaneContext } from "./panes";

/** A section of the «Данные» tab: loading results, collecting school forms (added by the lead as they land). */
export interface DataSection {
  readonly id: string;
  /** Russian: the section's name, which names its region. */
  readonly label: string;
  readonly render: (context: PaneContext) => ReactNode;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "block", margin: 0 },
});

/** Step 2: where the data comes from; the sections for importing and collecting follow the guidance. */
export default function DataPanel({ context, sections }: { context: PaneContext; sections: readonly DataSection[] }) {
  const styles = useStyles();
  const status = knownStatus(context.status);
  const count = status ? pane.status.dataCount(status.values, status.resultRows) : "";
  return (
    <div className={styles.panel}>
      <Subtitle2 as="h2" className={styles.block}>
        {pane.steps.item(2, pane.steps.names[1], pane.steps.about[1])}
      </Subtitle2>
      <Body1 as="p" className={styles.block}>
        {status?.built ? pane.data.intro : pane.status.empty}
      </Body1>
      {status?.built && (
        <Body1 as="p" className={styles.block}>
          {pane.status.data}: {count || pane.status.dataNone}.
        </Body1>
      )}
      {sections.map((section) => (
        // The panels inside are plain blocks: this region is the only landmark of each section.
        <section key={section.id} aria-label={section.label}>
          {section.render(context)}
        </section>
      ))}
      <div>
        <Button appearance="primary" onClick={() => context.goTo("check")} disabled={!status?.built}>
          {pane.steps.go(pane.tabs.check)}
        </Button>
      </div>
    </div>
  );
}
