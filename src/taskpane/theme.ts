import { makeStyles, Theme, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Relative luminance of a «#RRGGBB» colour, 0 (black) to 1 (white); undefined for anything else. */
export function luminance(colour: string | undefined): number | undefined {
  const match = colour && /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return undefined;
  const channel = (offset: number) => {
    const value = parseInt(match[1].slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** True when Excel shows a dark theme (Office.context.officeTheme, where the host gives it). */
export function officeIsDark(): boolean {
  try {
    const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
    const light = luminance(theme?.bodyBackgroundColor);
    return light !== undefined && light < 0.4;
  } catch {
    return false;
  }
}

/** The Fluent theme that follows Excel's. */
export const paneTheme = (dark: boolean): Theme => (dark ? webDarkTheme : webLightTheme);

/** Read by screen readers, not shown: live regions and labels that the layout already says visually. */
export const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
} as const;

/** A help list of named formulas (the pane's «Функции», the page's formulas): items divided by a rule. */
export const useFormulaListStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  block: { display: "block", margin: 0, overflowWrap: "anywhere" },
  formula: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});
