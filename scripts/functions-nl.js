/**
 * functions.json (English) + the translation table → functions-nl.json.
 * The table is TypeScript (src/functions/translations.ts); it is loaded here
 * by transpiling it with the project's TypeScript, so there is one source.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

function loadTranslations() {
  const file = path.resolve(__dirname, "../src/functions/translations.ts");
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const module = { exports: {} };
  new Function("module", "exports", "require", outputText)(module, module.exports, require);
  return module.exports.DUTCH;
}

/** Returns the Dutch metadata; throws when a function or parameter has no Dutch text. */
function translateMetadata(metadata, table = loadTranslations()) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const nl = table[fn.id];
    if (!nl) {
      missing.push(fn.id);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const t = nl.parameters[p.name];
      if (!t || !t.name || !t.description) {
        missing.push(`${fn.id}.${p.name}`);
        return p;
      }
      return { ...p, name: t.name, description: t.description };
    });
    if (!nl.name || !nl.description) missing.push(`${fn.id} (name/description)`);
    return { ...fn, name: nl.name, description: nl.description, parameters };
  });
  if (missing.length) throw new Error(`Dutch metadata missing for: ${missing.join(", ")}`);
  return { ...metadata, functions };
}

module.exports = { translateMetadata, loadTranslations };
