import { planBookId, prepareForms } from "../core/operations/forms";
import { readFormBook, stamp } from "../core/features/forms/book";
import { collectForms } from "../core/operations/collect";
import type { FormFile, FormFileCodec, FormsOperations } from "../core/operations/forms";
import { formsText } from "../core/base/i18n/forms";
import { applyPlan } from "./applyPlan";
import { officeSupports, Supports } from "./chunkedWriter";
import { readExisting } from "./readWorkbook";
import type { RunBatch } from "./workbookOperations";

const random32 = () => crypto.getRandomValues(new Uint32Array(1))[0];

/**
 * Forms out and forms in, over the open workbook: the core plans, `codec` (the file shell's
 * src/xlsx/formFile, passed in by the pane) writes and reads the form files.
 */
export function createFormsOperations(
  run: RunBatch,
  codec: FormFileCodec,
  supports: Supports = officeSupports,
): FormsOperations {
  const received = (files: readonly FormFile[]) => Promise.all(files.map((f) => codec.receivedForm(f.name, f.bytes)));

  async function collect(files: readonly FormFile[], period: string, replace: boolean, apply: boolean) {
    const forms = await received(files);
    return run(async (context) => {
      const book = readFormBook(await readExisting(context, supports));
      const result = collectForms(book, forms, { period, replace, receivedAt: stamp(new Date()) });
      if (apply) await applyPlan(context, result.plan, undefined, { supports });
      return result.outcomes;
    });
  }

  return {
    periods: () => run(async (context) => readFormBook(await readExisting(context, supports)).periods),

    async makeForms(period) {
      const prepared = await run(async (context) => {
        const existing = await readExisting(context, supports);
        const made = prepareForms(existing, period, random32);
        // The id lives with the settings in «Содержание»'s role: laying the book out again stores it.
        if (made.idChange) await applyPlan(context, planBookId(existing, made.idChange), undefined, { supports });
        return made;
      });
      const files = await Promise.all(
        prepared.forms.map(async (form) => ({ name: form.fileName, bytes: await codec.formBytes(form) })),
      );
      const notices = prepared.idChange ? [formsText.bookIdAddedHere] : [];
      return { files, notices: [...notices, ...prepared.skipped.map(formsText.cli.noRows)] };
    },

    previewForms: (files, period, replace) => collect(files, period, replace, false),
    collectForms: (files, period, replace) => collect(files, period, replace, true),
  };
}
