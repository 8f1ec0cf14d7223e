import type { ImportOperations } from "../core/operations/contract";
import type { ImportFile, ImportOptions } from "../core/operations/import";
import { type ImportPreview, planImport, withoutPlan } from "../core/operations/import";
import { applyPlan } from "./applyPlan";
import { officeSupports, Supports } from "./chunkedWriter";
import { readExisting } from "./readWorkbook";
import type { RunBatch } from "./workbookOperations";
import type { Progress } from "../core/operations/status";

/**
 * «Загрузить результаты» in Excel: files are read and parsed in the pane (the reader loaded on demand),
 * the book read once per call; a preview writes nothing, an import applies the plan in chunked writes.
 */
export function createImportOperations(run: RunBatch, supports: Supports = officeSupports): ImportOperations {
  return {
    async previewImport(parsed: readonly ImportFile[], options: ImportOptions): Promise<ImportPreview> {
      return run(async (context) => withoutPlan(planImport(await readExisting(context, supports), parsed, options)));
    },

    async importFiles(
      parsed: readonly ImportFile[],
      options: ImportOptions,
      onProgress?: Progress,
    ): Promise<ImportPreview> {
      return run(async (context) => {
        const result = planImport(await readExisting(context, supports), parsed, options);
        if (result.plan) await applyPlan(context, result.plan, onProgress, { supports });
        return withoutPlan(result);
      });
    },
  };
}
