import * as fs from "node:fs";
import * as path from "node:path";
import { builtInCatalog } from "../../core/catalog";
import { catalogSheetPlan } from "../../core/sheets/catalogSheetPlan";
import { libraryTexts as t } from "../../core/base/i18n/library";
import { AppendixDraft, draftIndicatorCount, readAppendix, SourceTable } from "../../core/features/library/appendix";
import { buildLibrary, librarySize } from "../../core/features/library/library";
import { frameworkFromDraft } from "../../core/features/library/ownFramework";
import { tablesOfPastedText } from "../../core/features/library/pastedText";
import { librarySheetPlan, problemText, reviewSheetPlan } from "../../core/features/library/sheets";
import { countOf } from "../../core/base/text/format";
import { NotAWordDocument, readDocxTables } from "../../docx/readTables";
import { tablesOfWorkbook } from "../../xlsx/grids";
import { loadWorkbook } from "../../xlsx/loadFile";
import { writePlanToFile } from "../../xlsx/writeFile";
import { ExitCode, Output, UsageError } from "../io";

const cli = t.cli;

/** The tables of a Положение file: Word (.docx), a workbook (.xlsx) or text pasted from Word (.txt). */
async function sourceTables(file: string): Promise<SourceTable[]> {
  if (!fs.existsSync(file)) throw new UsageError(cli.notFound(file));
  const extension = path.extname(file).toLowerCase();
  switch (extension) {
    case ".docx":
      try {
        return await readDocxTables(fs.readFileSync(file));
      } catch (error) {
        if (error instanceof NotAWordDocument) throw new UsageError(cli.notDocx(file));
        throw error;
      }
    case ".xlsx":
      return tablesOfWorkbook(await loadWorkbook(file));
    case ".txt":
    case ".tsv":
      return tablesOfPastedText(fs.readFileSync(file, "utf8"));
    case ".doc":
      throw new UsageError(cli.oldWord(file));
    default:
      throw new UsageError(cli.unknownKind(file));
  }
}

function describeDraft(draft: AppendixDraft, output: Output): void {
  const indicators = draft.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators));
  output.out(
    cli.read(
      countOf(draft.systems.length, t.nouns.system),
      countOf(
        draft.systems.reduce((n, s) => n + s.criteria.length, 0),
        t.nouns.criterion,
      ),
      countOf(indicators.length, t.nouns.indicator),
    ),
  );
  const guessed = indicators.filter((indicator) => indicator.unitGuessed).length;
  const matched = indicators.filter((indicator) => indicator.match).length;
  output.out(cli.guesses(guessed, matched, indicators.length));
  for (const problem of draft.problems) output.out(`• ${problemText(problem)}`);
}

/** msoko catalog --from FILE --out КАТАЛОГ.xlsx: one's own Положение read into «Показатели». */
export async function catalogFromFile(
  file: string,
  out: string,
  municipality: string | undefined,
  output: Output,
): Promise<ExitCode> {
  const library = buildLibrary(builtInCatalog().frameworks);
  const draft = readAppendix(await sourceTables(file), library);
  if (draftIndicatorCount(draft) === 0) {
    output.err(t.problems.noTable);
    return 1;
  }
  const framework = frameworkFromDraft(draft, municipality ?? "");
  await writePlanToFile({ sheets: [catalogSheetPlan(framework), reviewSheetPlan(draft)] }, out);
  describeDraft(draft, output);
  output.out(cli.wroteCatalog(out));
  return draft.problems.some((problem) => problem.kind !== "footnote") ? 1 : 0;
}

/** msoko catalog --new --out БИБЛИОТЕКА.xlsx: the library as a sheet to pick one's indicators from. */
export async function writeLibrary(out: string, output: Output): Promise<ExitCode> {
  const library = buildLibrary(builtInCatalog().frameworks);
  await writePlanToFile({ sheets: [librarySheetPlan(library)] }, out);
  const size = librarySize(library);
  output.out(cli.wroteLibrary(out, countOf(size.entries, t.nouns.indicator), size.sources));
  return 0;
}
