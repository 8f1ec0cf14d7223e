import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { webTexts } from "../core/base/i18n/web";
import { formulasFor } from "../core/base/plan/formulas";
import { useFormulaListStyles } from "../taskpane/theme";

const t = webTexts.formulas;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A formula as a Russian interface shows it: arguments separated by semicolons (commas inside quotes kept). */
export function withSemicolons(formula: string): string {
  let quoted = false;
  return [...formula].map((ch) => (ch === '"' ? ((quoted = !quoted), ch) : ch === "," && !quoted ? ";" : ch)).join("");
}

/** The formulas the book holds, from the same generator that writes them, for cells of row 5. */
export function portableExamples(): { readonly label: string; readonly formula: string }[] {
  const f = formulasFor("portable");
  return [
    { label: t.items.share, formula: f.share("B5", "C5") },
    { label: t.items.points, formula: f.change("E5", "D5", "points") },
    { label: t.items.relative, formula: f.change("E5", "D5", "relative") },
    { label: t.items.status, formula: f.status("F5", "G5", "higher") },
    { label: t.items.ratio, formula: f.ratio("B5", "C5") },
  ].map((example) => ({ ...example, formula: withSemicolons(example.formula) }));
}

/** The page's «Функции» tab: MSOKO.* do not exist outside Excel, so it explains the book's portable formulas. */
export function PortableFormulasHelp() {
  const list = useFormulaListStyles();
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <Subtitle2 as="h2" id="formulas-title" className={list.block}>
        {t.title}
      </Subtitle2>
      <Body1 as="p" className={list.block}>
        {t.intro}
      </Body1>
      <Body1 as="p" className={list.block}>
        {t.names}
      </Body1>
      <ul className={list.list} aria-labelledby="formulas-title">
        {portableExamples().map((example) => (
          <li key={example.label} className={list.item}>
            <Body1 as="p" className={list.block}>
              {example.label}
            </Body1>
            <Caption1 as="p" className={list.formula}>
              {example.formula}
            </Caption1>
          </li>
        ))}
      </ul>
      <Body1 as="p" className={list.block}>
        {t.trend}
      </Body1>
      <Body1 as="p" className={list.block}>
        {t.portableHint}
      </Body1>
    </div>
  );
}
