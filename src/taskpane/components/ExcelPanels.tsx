import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Spinner,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { visuallyHidden } from "../theme";
import { Suspense, useCallback, useMemo, useState } from "react";
import { pane } from "../../core/base/i18n/pane";
import { Announcement, GateProvider, useGate } from "../state/operationGate";
import { useWorkbookStatus } from "../state/workbookStatus";
import type { PaneOperations } from "./App";
import { Steps, WorkbookSummary } from "./Overview";
import type { PaneContext, PaneTab } from "./panes";
import { TABS } from "./tabs";
import { platformCanDownload } from "./WordReportButton";

const useStyles = makeStyles({
  // One line at Excel's narrowest pane (320 px): tight tabs, and whatever still does not fit goes to a menu.
  tabRow: {
    display: "flex",
    flexWrap: "nowrap",
    alignItems: "center",
    overflow: "hidden",
    marginInline: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  tab: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    flexShrink: 0,
  },
  tabText: { paddingLeft: 0, paddingRight: 0 },
  hidden: visuallyHidden,
});

/** Operations whose code is loaded on first use of any of them. */
function onDemand<T extends object>(load: () => Promise<T>): T {
  return new Proxy({} as T, {
    get:
      (_, name) =>
      async (...args: unknown[]) => {
        const loaded = (await load()) as unknown as Record<string | symbol, (...given: unknown[]) => unknown>;
        return loaded[name](...args);
      },
  });
}

function LiveRegions({ announcement }: { announcement?: Announcement }) {
  const styles = useStyles();
  // Two regions: results said politely, failures at once. A changing key makes a repeated text heard again.
  return (
    <>
      <div role="status" aria-live="polite" className={styles.hidden}>
        {announcement && !announcement.urgent && <span key={announcement.id}>{announcement.text}</span>}
      </div>
      <div role="alert" aria-live="assertive" className={styles.hidden}>
        {announcement?.urgent && <span key={announcement.id}>{announcement.text}</span>}
      </div>
    </>
  );
}

/** The tabs a narrow pane hides, as a menu; the selected tab is never among them (it has the higher priority). */
function MoreTabs({ tabs, onSelect }: { tabs: readonly PaneTab[]; onSelect(id: string): void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu hasIcons={false}>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" size="small" aria-label={pane.moreTabs(overflowCount)}>
          {`+${overflowCount}`}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((t) => (
            <HiddenTabItem key={t.id} tab={t} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenTabItem({ tab, onSelect }: { tab: PaneTab; onSelect(id: string): void }) {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.id)}>{tab.label}</MenuItem>;
}

function Panels({ operations, tabs }: { operations: PaneOperations; tabs: readonly PaneTab[] }) {
  const styles = useStyles();
  const gate = useGate();
  const workbook = useMemo(() => onDemand(operations.loadSheetOperations), [operations]);
  const more = useMemo(() => onDemand(operations.loadMoreOperations), [operations]);
  const read = useCallback(() => workbook.readStatus(), [workbook]);
  const { state: status, refresh } = useWorkbookStatus(read);
  const [tab, setTab] = useState(tabs[0].id);
  // Panels stay mounted once opened, so typed text, findings and progress survive a tab switch.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([tabs[0].id]));
  const goTo = useCallback((id: string) => {
    setTab(id);
    setOpened((before) => new Set([...before, id]));
  }, []);
  const context: PaneContext = useMemo(
    () => ({
      operations: workbook,
      more,
      canDownload: platformCanDownload(operations.platform()),
      status,
      refresh,
      goTo,
      insertFormula: operations.insertFormula,
    }),
    [workbook, more, status, refresh, goTo, operations],
  );
  const goToStep = (step: number) => {
    const target = tabs.find((t) => t.step === step);
    if (target) goTo(target.id);
  };

  return (
    <>
      <Steps status={status} onGo={goToStep} />
      <WorkbookSummary status={status} onReread={() => void refresh()} busy={Boolean(gate.running)} />
      {/* The menu button stays outside the tab list: a tablist owns tabs only. */}
      <Overflow minimumVisible={2}>
        <div className={styles.tabRow}>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, data) => goTo(String(data.value))}
            aria-label={pane.tabsLabel}
          >
            {tabs.map((t) => (
              <OverflowItem key={t.id} id={t.id} priority={t.id === tab ? 2 : 1}>
                <Tab
                  value={t.id}
                  id={`tab-${t.id}`}
                  aria-controls={`panel-${t.id}`}
                  className={styles.tab}
                  content={{ className: styles.tabText }}
                >
                  {t.label}
                </Tab>
              </OverflowItem>
            ))}
          </TabList>
          <MoreTabs tabs={tabs} onSelect={goTo} />
        </div>
      </Overflow>
      {tabs.map((t) => (
        <div key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={t.id !== tab}>
          {opened.has(t.id) && (
            <Suspense fallback={<Spinner size="small" label={pane.panelLoading} />}>{t.render(context)}</Suspense>
          )}
        </div>
      ))}
    </>
  );
}

/** The panels inside Excel: the steps, the workbook's status, the tabs; one operation at a time. */
export default function ExcelPanels({
  operations,
  tabs = TABS,
}: {
  operations: PaneOperations;
  tabs?: readonly PaneTab[];
}) {
  const [announcement, setAnnouncement] = useState<Announcement>();
  return (
    <GateProvider busyText={pane.busy.other} onAnnounce={setAnnouncement}>
      <Panels operations={operations} tabs={tabs} />
      <LiveRegions announcement={announcement} />
    </GateProvider>
  );
}
