import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { memo, useEffect, useId, useMemo, useRef, useState } from "react";
import { builtInCatalog } from "../../core/catalog";
import { MECHANISMS, Mechanism } from "../../core/base/model/terms";
import type { Unit } from "../../core/catalog/schema";
import { libraryTexts } from "../../core/base/i18n/library";
import { ownTexts as t } from "../../core/base/i18n/ownFramework";
import { ru } from "../../core/base/i18n/ru";
import {
  AppendixDraft,
  draftIndicatorCount,
  DraftIndicator,
  readAppendix,
  SourceTable,
} from "../../core/features/library/appendix";
import { buildLibrary, LibraryEntry } from "../../core/features/library/library";
import {
  addedIndicator,
  composeDraft,
  editImported,
  filterLibrary,
  GuessEdit,
  LibraryGroup,
  libraryGroups,
  OwnAddition,
  withEdit,
} from "../../core/features/library/ownChoice";
import { tablesOfPastedText } from "../../core/features/library/pastedText";
import { problemText } from "../../core/features/library/sheets";
import { countOf } from "../../core/base/text/format";
import { IndicatorGuessRow, UnitOptions, unitWord } from "./IndicatorGuessRow";

/** What the editor hands to «Создать листы»: the draft, and whether its guesses still wait for a confirmation. */
export interface OwnChoice {
  readonly draft: AppendixDraft;
  readonly indicators: number;
  readonly awaitsConfirmation: boolean;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  block: { display: "block", margin: 0 },
  muted: { display: "block", margin: 0, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  group: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalXS,
  },
  summary: { cursor: "pointer", paddingBlock: tokens.spacingVerticalXS },
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBlockStart: tokens.spacingVerticalS,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  entry: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0, overflowWrap: "anywhere" },
  indent: { paddingInlineStart: tokens.spacingHorizontalXXL },
});

const words = ru.catalogSheet;
const nouns = libraryTexts.nouns;

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** A file's tables; the Word and workbook reader (JSZip) is loaded only when a file is picked. */
async function tablesOfFile(file: File): Promise<{ tables: SourceTable[] } | { reason: string }> {
  const { readAppendixFile } = await import(/* webpackChunkName: "appendix-file" */ "../../docx/appendixFile");
  const reading = await readAppendixFile(file.name, await bytesOf(file));
  return reading.ok ? { tables: reading.tables } : { reason: reading.reason };
}

/** One library indicator: a checkbox under its name, its facts and sources; when taken, a field for one's own wording. */
const LibraryRow = memo(function LibraryRow({
  entry,
  label,
  onToggle,
  onRename,
}: {
  entry: LibraryEntry;
  label: string | undefined;
  onToggle: (key: string, on: boolean) => void;
  onRename: (key: string, label: string) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const picked = label !== undefined;
  const sources = entry.sources.map((source) => t.library.source(source.municipality, source.code)).join("; ");
  const verbatim = entry.sources[0].name;
  return (
    <div className={styles.entry}>
      <Checkbox
        checked={picked}
        onChange={(_, data) => onToggle(entry.key, Boolean(data.checked))}
        label={entry.label}
        aria-describedby={`${id}-facts`}
      />
      <Caption1 id={`${id}-facts`} className={`${styles.muted} ${styles.indent}`}>
        {t.library.facts(libraryTexts.kinds[entry.kind], unitWord(entry.unit), words.directions[entry.direction])}.{" "}
        {t.library.sources(sources)}
      </Caption1>
      {picked && (
        <Field className={styles.indent} label={t.library.label} hint={t.library.labelHint(verbatim)}>
          <Input value={label} placeholder={entry.label} onChange={(_, data) => onRename(entry.key, data.value)} />
        </Field>
      )}
    </div>
  );
});

/** A mechanism of the library, collapsed until opened: its criteria as groups of checkboxes. */
function LibraryMechanism({
  group,
  picks,
  open,
  onOpen,
  onToggle,
  onRename,
}: {
  group: LibraryGroup;
  picks: ReadonlyMap<string, string>;
  open: boolean;
  onOpen: (mechanism: Mechanism, open: boolean) => void;
  onToggle: (key: string, on: boolean) => void;
  onRename: (key: string, label: string) => void;
}) {
  const styles = useStyles();
  const picked = group.criteria.reduce((n, c) => n + c.entries.filter((entry) => picks.has(entry.key)).length, 0);
  return (
    <details
      className={styles.group}
      open={open}
      onToggle={(event) => onOpen(group.mechanism, (event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className={styles.summary}>
        <Body1Strong>
          {t.library.mechanism(libraryTexts.mechanisms[group.mechanism], countOf(group.size, nouns.indicator), picked)}
        </Body1Strong>
      </summary>
      {open &&
        group.criteria.map((criterion) => (
          <fieldset key={criterion.name} className={styles.fieldset}>
            <legend className={styles.legend}>{criterion.name}</legend>
            {criterion.entries.map((entry) => (
              <LibraryRow
                key={entry.key}
                entry={entry}
                label={picks.get(entry.key)}
                onToggle={onToggle}
                onRename={onRename}
              />
            ))}
          </fieldset>
        ))}
    </details>
  );
}

interface Added {
  readonly addition: OwnAddition;
  readonly indicator: DraftIndicator;
}

/**
 * «Своё положение»: one's own appendix table read from a file or pasted text, indicators picked from
 * the library (renamed if wished), one's own added by hand; every guess shown for confirmation.
 */
export default function OwnFramework({
  bookIsOwn,
  disabled,
  onChange,
}: {
  /** The open book was built from one's own Положение: without a new choice its «Показатели» are kept. */
  bookIsOwn: boolean;
  disabled: boolean;
  onChange: (choice: OwnChoice) => void;
}) {
  const styles = useStyles();
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const library = useMemo(() => buildLibrary(builtInCatalog().frameworks), []);
  const [imported, setImported] = useState<{ draft: AppendixDraft; source: string }>();
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [pasted, setPasted] = useState("");
  const [picks, setPicks] = useState<ReadonlyMap<string, string>>(new Map());
  const [added, setAdded] = useState<readonly Added[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [query, setQuery] = useState("");
  const [opened, setOpened] = useState<ReadonlySet<Mechanism>>(new Set());
  const [addition, setAddition] = useState<OwnAddition>({
    mechanism: "preparation",
    criterion: "",
    name: "",
    unit: "percent",
  });

  const found = useMemo(() => filterLibrary(library, query), [library, query]);
  const groups = useMemo(() => libraryGroups(found), [found]);
  const draft = useMemo(
    () =>
      composeDraft({
        imported: imported?.draft,
        picks: library.filter((entry) => picks.has(entry.key)).map((entry) => ({ entry, label: picks.get(entry.key) })),
        added,
      }),
    [imported, library, picks, added],
  );
  const indicators = draftIndicatorCount(draft);
  const guessed = imported !== undefined || added.length > 0;
  useEffect(() => {
    onChange({ draft, indicators, awaitsConfirmation: guessed && !confirmed });
  }, [draft, indicators, guessed, confirmed, onChange]);

  const take = (tables: readonly SourceTable[], source: string) => {
    const read = readAppendix(tables, library);
    if (draftIndicatorCount(read) === 0) {
      setFailure(
        [libraryTexts.problems.noTable, ...read.problems.filter((p) => p.kind !== "noTable").map(problemText)].join(
          " ",
        ),
      );
      return;
    }
    setFailure(undefined);
    setImported({ draft: read, source });
    setConfirmed(false);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    setFailure(undefined);
    try {
      const result = await tablesOfFile(file);
      if ("reason" in result) setFailure(result.reason);
      else take(result.tables, `«${file.name}»`);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setReading(false);
      if (input.current) input.current.value = "";
    }
  };

  const toggle = useMemo(
    () => (key: string, on: boolean) =>
      setPicks((was) => {
        const next = new Map(was);
        if (on) next.set(key, "");
        else next.delete(key);
        return next;
      }),
    [],
  );
  const rename = useMemo(() => (key: string, label: string) => setPicks((was) => new Map(was).set(key, label)), []);
  const openGroup = useMemo(
    () => (mechanism: Mechanism, open: boolean) =>
      setOpened((was) => {
        if (was.has(mechanism) === open) return was;
        const next = new Set(was);
        if (open) next.add(mechanism);
        else next.delete(mechanism);
        return next;
      }),
    [],
  );
  const editGuess = useMemo(
    () => (indicator: DraftIndicator, edit: GuessEdit) => {
      if (indicator.table > 0) {
        setImported((was) => was && { ...was, draft: editImported(was.draft, indicator.table, indicator.row, edit) });
      } else {
        setAdded((was) =>
          was.map((a) => (a.indicator === indicator ? { ...a, indicator: withEdit(indicator, edit) } : a)),
        );
      }
    },
    [],
  );

  const add = () => {
    if (!addition.name.trim()) return;
    setAdded((was) => {
      const n = Math.max(0, ...was.map((a) => a.indicator.source?.line ?? 0)) + 1;
      return [...was, { addition, indicator: addedIndicator(addition, library, n) }];
    });
    setAddition({ ...addition, name: "" });
    setConfirmed(false);
  };

  const guessGroups = [
    ...(imported?.draft.systems ?? []).map((system) => ({
      name: system.name,
      rows: system.criteria.flatMap((criterion) =>
        criterion.indicators.map((indicator) => ({
          indicator,
          place: t.guesses.place(indicator.table, indicator.row),
        })),
      ),
    })),
    ...(added.length > 0
      ? [{ name: t.added.title, rows: added.map((a) => ({ indicator: a.indicator, place: t.guesses.addedPlace })) }]
      : []),
  ];
  const g = t.guesses;
  const size = library.length;
  const problems = imported?.draft.problems ?? [];

  return (
    <section className={styles.panel} aria-labelledby={`${ids}-title`}>
      <Subtitle2 as="h3" id={`${ids}-title`} className={styles.block}>
        {t.title}
      </Subtitle2>
      {bookIsOwn && (
        <Body1 as="p" className={styles.block}>
          {t.bookHasOwn}
        </Body1>
      )}

      <section className={styles.section} aria-labelledby={`${ids}-file`}>
        <Body1Strong as="h4" id={`${ids}-file`} className={styles.block}>
          {t.file.title}
        </Body1Strong>
        <Body1 as="p" className={styles.block}>
          {t.file.intro}
        </Body1>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".docx,.xlsx,.xlsm,.txt"
          aria-label={t.file.pick}
          onChange={(event) => void readFile(event.target.files?.[0])}
        />
        <div className={styles.actions}>
          <Button appearance="secondary" disabled={reading || disabled} onClick={() => input.current?.click()}>
            {t.file.pick}
          </Button>
        </div>
        <Field label={t.file.paste} hint={t.file.pasteHint}>
          <Textarea rows={3} resize="vertical" value={pasted} onChange={(_, data) => setPasted(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Button
            appearance="secondary"
            disabled={reading || disabled || pasted.trim() === ""}
            onClick={() => take(tablesOfPastedText(pasted), t.file.pastedSource)}
          >
            {t.file.readPasted}
          </Button>
        </div>
        {reading && <Spinner size="tiny" label={t.file.reading} />}
        {failure && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
        {imported && (
          <>
            <MessageBar intent={problems.length > 0 ? "warning" : "success"} layout="multiline">
              <MessageBarBody>
                {t.file.read(
                  imported.source,
                  countOf(imported.draft.systems.length, nouns.system),
                  countOf(
                    imported.draft.systems.reduce((n, s) => n + s.criteria.length, 0),
                    nouns.criterion,
                  ),
                  countOf(draftIndicatorCount(imported.draft), nouns.indicator),
                )}
              </MessageBarBody>
            </MessageBar>
            {problems.length > 0 && (
              <>
                <Body1Strong as="h5" className={styles.block}>
                  {t.file.problemsTitle}
                </Body1Strong>
                <ul className={styles.list}>
                  {problems.map((problem) => (
                    <li key={`${problem.table}:${problem.row}:${problem.kind}`}>{problemText(problem)}</li>
                  ))}
                </ul>
              </>
            )}
            <div className={styles.actions}>
              <Button appearance="subtle" onClick={() => setImported(undefined)}>
                {t.file.clear}
              </Button>
            </div>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby={`${ids}-library`}>
        <Body1Strong as="h4" id={`${ids}-library`} className={styles.block}>
          {t.library.title}
        </Body1Strong>
        <Body1 as="p" className={styles.block}>
          {t.library.intro(countOf(size, nouns.indicator))}
        </Body1>
        <Field label={t.library.search} hint={t.library.searchHint}>
          <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} />
        </Field>
        {query.trim() !== "" && (
          <Caption1 className={styles.muted} aria-live="polite">
            {t.library.found(countOf(found.length, nouns.indicator))}
          </Caption1>
        )}
        <div>
          {groups.map((group) => (
            <LibraryMechanism
              key={group.mechanism}
              group={group}
              picks={picks}
              open={opened.has(group.mechanism) || (query.trim() !== "" && found.length <= 40)}
              onOpen={openGroup}
              onToggle={toggle}
              onRename={rename}
            />
          ))}
        </div>
      </section>

      <section className={styles.section} aria-labelledby={`${ids}-added`}>
        <Body1Strong as="h4" id={`${ids}-added`} className={styles.block}>
          {t.added.title}
        </Body1Strong>
        <Body1 as="p" className={styles.block}>
          {t.added.intro}
        </Body1>
        <Field label={t.added.mechanism}>
          <Select
            value={addition.mechanism}
            onChange={(_, data) => setAddition({ ...addition, mechanism: data.value as Mechanism })}
          >
            {[...MECHANISMS, "other" as const].map((mechanism) => (
              <option key={mechanism} value={mechanism}>
                {libraryTexts.mechanismSheets[mechanism]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.added.criterion} hint={t.added.defaultCriterion}>
          <Input
            value={addition.criterion}
            onChange={(_, data) => setAddition({ ...addition, criterion: data.value })}
          />
        </Field>
        <Field label={t.added.name}>
          <Input value={addition.name} onChange={(_, data) => setAddition({ ...addition, name: data.value })} />
        </Field>
        <Field label={t.added.unit}>
          <Select value={addition.unit} onChange={(_, data) => setAddition({ ...addition, unit: data.value as Unit })}>
            <UnitOptions />
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button appearance="secondary" disabledFocusable={addition.name.trim() === "" || disabled} onClick={add}>
            {t.added.add}
          </Button>
        </div>
        {added.length > 0 && (
          <ul className={styles.list}>
            {added.map((a) => (
              <li key={a.indicator.source?.line}>
                {a.indicator.name}{" "}
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={t.added.remove(a.indicator.name)}
                  onClick={() => setAdded((was) => was.filter((other) => other !== a))}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {guessGroups.length > 0 && (
        <section className={styles.section} aria-labelledby={`${ids}-guesses`}>
          <Body1Strong as="h4" id={`${ids}-guesses`} className={styles.block}>
            {g.title}
          </Body1Strong>
          <Body1 as="p" className={styles.block}>
            {g.intro}
          </Body1>
          {guessGroups.map((group, index) => (
            <GuessGroup key={`${index}:${group.name}`} name={group.name} rows={group.rows} onEdit={editGuess} />
          ))}
          <Checkbox checked={confirmed} onChange={(_, data) => setConfirmed(Boolean(data.checked))} label={g.confirm} />
        </section>
      )}
    </section>
  );
}

const guessKey = (indicator: DraftIndicator) =>
  indicator.table > 0 ? `${indicator.table}:${indicator.row}` : `added:${indicator.source?.line}`;

/** One system's guesses, collapsed until opened. */
function GuessGroup({
  name,
  rows,
  onEdit,
}: {
  name: string;
  rows: readonly { indicator: DraftIndicator; place: string }[];
  onEdit: (indicator: DraftIndicator, edit: GuessEdit) => void;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <details
      className={styles.group}
      open={open}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className={styles.summary}>
        <Body1Strong>{t.guesses.group(name, countOf(rows.length, nouns.indicator))}</Body1Strong>
      </summary>
      {open &&
        rows.map((row) => (
          <IndicatorGuessRow
            key={guessKey(row.indicator)}
            indicator={row.indicator}
            place={row.place}
            onEdit={onEdit}
          />
        ))}
    </details>
  );
}
