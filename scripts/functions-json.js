// functions.json, the metadata Excel reads for the custom functions, generated from the one registry
// of the MSOKO functions (src/core/base/model/msokoFunctions.json). webpack.config.js emits it; a test checks it.
const data = require("../src/core/base/model/msokoFunctions.json");

function functionsMetadata() {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: data.functions.map((f) => ({
      description: f.description,
      id: f.name,
      name: f.name,
      parameters: f.parameters.map((p) => ({
        description: p.description,
        dimensionality: "matrix",
        name: p.name,
        ...(p.optional ? { optional: true } : {}),
        type: "any",
      })),
      result: { dimensionality: "matrix" },
    })),
  };
}

module.exports = { functionsMetadata };
