import { ru } from "../base/i18n/ru";
import { NOT_HELD } from "../base/cells/input";

/**
 * Data validation for input cells. Numeric rules are warnings, not stops: «не проводилось» must
 * still be typable in a number cell, and «Проверить данные» then reports what is really wrong.
 */
export const guards = {
  whole: {
    rule: { kind: "wholeNumber", min: 0 },
    errorMessage: ru.layout.validationWhole,
    allowOtherText: true,
  },
  decimal: {
    rule: { kind: "decimal", min: 0, max: 1e9 },
    errorMessage: ru.layout.validationDecimal,
    allowOtherText: true,
  },
  percent: {
    rule: { kind: "decimal", min: 0, max: 100 },
    errorMessage: ru.layout.validationPercent,
    allowOtherText: true,
  },
  yesNo: {
    rule: { kind: "list", items: [ru.layout.yes, ru.layout.no, NOT_HELD] },
    errorMessage: ru.layout.validationYesNo,
  },
} as const;
