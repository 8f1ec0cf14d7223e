// Validates manifest.xml offline against Microsoft's add-in manifest schemas kept in the repository
// (test/fixtures/schemas/office-manifest, with their provenance in its README.md).
// `npm run validate` prints the result; the test suite calls validateManifest().
const { readFileSync, readdirSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { validateXML } = require("xmllint-wasm");

const root = resolve(__dirname, "..");
const schemaDir = join(root, "test", "fixtures", "schemas", "office-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

async function validateManifest(manifestPath = join(root, "manifest.xml")) {
  const file = (name) => ({ fileName: name, contents: readFileSync(join(schemaDir, name), "utf8") });
  const others = readdirSync(schemaDir).filter((name) => name.endsWith(".xsd") && name !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: readFileSync(manifestPath, "utf8") }],
    schema: [file(MAIN_SCHEMA)],
    preload: others.map(file),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage ?? String(error)) };
}

module.exports = { validateManifest };

if (require.main === module) {
  validateManifest(process.argv[2]).then(({ valid, errors }) => {
    if (valid) {
      console.log("manifest.xml соответствует схеме манифеста надстроек Office.");
    } else {
      console.error(`manifest.xml не соответствует схеме:\n${errors.join("\n")}`);
      process.exitCode = 1;
    }
  });
}
