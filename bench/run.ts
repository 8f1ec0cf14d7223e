import { benchAnalyze } from "./analyze";
import { benchBundle } from "./bundle";
import { benchCreateSheets } from "./createSheets";
import { benchForms } from "./forms";
import { benchFunctions } from "./functions";
import { benchImport } from "./import";
import { benchPaneStart } from "./paneStart";
import { benchRebuildMemory } from "./rebuildMemory";
import { benchResults } from "./results";
import { benchValidate } from "./validate";

/** `npm run bench`: figures only, no pass or fail. */
async function main(): Promise<void> {
  benchFunctions();
  console.log();
  await benchCreateSheets();
  console.log();
  await benchValidate();
  console.log();
  await benchAnalyze();
  console.log();
  benchResults();
  console.log();
  await benchImport();
  await benchForms();
  console.log();
  const pane = await benchBundle();
  console.log();
  await benchPaneStart(pane);
  console.log();
  benchRebuildMemory();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
