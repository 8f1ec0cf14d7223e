import { Body1, Caption1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { memo, useId } from "react";
import { ORG_KINDS, sameAudience } from "../../core/catalog/audience";
import type { OrgKind, Unit } from "../../core/catalog/schema";
import type { Direction } from "../../core/base/model/terms";
import { libraryTexts } from "../../core/base/i18n/library";
import { ownTexts as t } from "../../core/base/i18n/ownFramework";
import { ru } from "../../core/base/i18n/ru";
import type { DraftIndicator } from "../../core/features/library/appendix";
import type { GuessEdit } from "../../core/features/library/ownChoice";

const useStyles = makeStyles({
  block: { display: "block", margin: 0 },
  muted: { display: "block", margin: 0, color: tokens.colorNeutralForeground3 },
  guess: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "anywhere",
  },
  selects: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  select: { minWidth: "8em", flexGrow: 1 },
});

const UNITS: readonly Unit[] = ["percent", "count", "yesno", "score", "ratio"];
const DIRECTIONS: readonly Direction[] = ["higher", "lower", "neutral"];
const AUDIENCES: readonly (readonly [keyof typeof t.audienceChoices, readonly OrgKind[]])[] = [
  ["all", ORG_KINDS],
  ["school", ["school"]],
  ["preschool", ["preschool"]],
  ["schoolPreschool", ["school", "preschool"]],
  ["additional", ["additional"]],
];
const words = ru.catalogSheet;
export const unitWord = (unit: Unit) => words.units[unit];
const audienceWords = (kinds: readonly OrgKind[]) => kinds.map((kind) => words.audience[kind]).join(", ");

/** The units an indicator of one's own may have, as the options of a unit's select. */
export function UnitOptions() {
  return UNITS.map((unit) => (
    <option key={unit} value={unit}>
      {unitWord(unit)}
    </option>
  ));
}

/**
 * One guessed indicator, read from one's appendix or added by hand: where it came from, the library
 * indicator it resembles, and its unit, direction and audience to confirm or correct.
 */
export const IndicatorGuessRow = memo(function IndicatorGuessRow({
  indicator,
  place,
  onEdit,
}: {
  indicator: DraftIndicator;
  place: string;
  onEdit: (indicator: DraftIndicator, edit: GuessEdit) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const g = t.guesses;
  const audienceKey = AUDIENCES.find(([, kinds]) => sameAudience(kinds, indicator.audience))?.[0] ?? "custom";
  const read = indicator.unitGuessed ? g.unitGuessed(unitWord(indicator.unit)) : g.unitRead(indicator.unitVerbatim);
  return (
    <div role="group" aria-labelledby={`${id}-name`} className={styles.guess}>
      <Body1 id={`${id}-name`} className={styles.block}>
        {indicator.label ?? indicator.name}
      </Body1>
      <Caption1 className={styles.muted}>
        {place}. {g.kind(libraryTexts.kinds[indicator.kind])}.{" "}
        {indicator.match
          ? g.match(indicator.match.entry.label, Math.round(indicator.match.similarity * 100))
          : g.noMatch}
      </Caption1>
      <div className={styles.selects}>
        <Field className={styles.select} label={words.headers.unit} hint={read}>
          <Select value={indicator.unit} onChange={(_, data) => onEdit(indicator, { unit: data.value as Unit })}>
            <UnitOptions />
          </Select>
        </Field>
        <Field className={styles.select} label={words.headers.direction}>
          <Select
            value={indicator.direction}
            onChange={(_, data) => onEdit(indicator, { direction: data.value as Direction })}
          >
            {DIRECTIONS.map((direction) => (
              <option key={direction} value={direction}>
                {words.directions[direction]}
              </option>
            ))}
          </Select>
        </Field>
        {indicator.collectedPer === "municipality" ? (
          <Field className={styles.select} label={words.headers.audience}>
            <Caption1>{g.byMunicipality}</Caption1>
          </Field>
        ) : (
          <Field className={styles.select} label={words.headers.audience}>
            <Select
              value={audienceKey}
              onChange={(_, data) => {
                const chosen = AUDIENCES.find(([key]) => key === data.value);
                if (chosen) onEdit(indicator, { audience: chosen[1] });
              }}
            >
              {AUDIENCES.map(([key]) => (
                <option key={key} value={key}>
                  {t.audienceChoices[key]}
                </option>
              ))}
              {audienceKey === "custom" && <option value="custom">{audienceWords(indicator.audience)}</option>}
            </Select>
          </Field>
        )}
      </div>
    </div>
  );
});
