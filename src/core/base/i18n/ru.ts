import { appTexts } from "./app";
import { catalogTexts } from "./indicatorCatalog";
import { bookTexts } from "./book";
import { validationTexts } from "./validation";
import { analysisTexts } from "./analysis";
import { selfAssessmentTexts } from "./selfAssessment";
import { resultsTexts } from "./results";
import { valueTexts } from "./values";

/**
 * Every message the core shows a user, in Russian: the texts of each feature (the files beside this one),
 * together under one name for the shells. The core's own modules may import their feature's texts directly.
 */
export const ru = {
  ...valueTexts,
  ...appTexts,
  ...catalogTexts,
  ...bookTexts,
  ...validationTexts,
  ...analysisTexts,
  ...selfAssessmentTexts,
  ...resultsTexts,
} as const;
