/** Texts both shells show when they land a plan. */
export const landingText = {
  /** The title of the box Excel shows when a value breaks a cell's validation. */
  validationAlertTitle: "Проверка ввода",
} as const;
