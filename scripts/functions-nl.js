/**
 * functions.json (English) + src/functions/nl/*.json → functions-nl.json: the
 * same metadata (same ids, parameters and types, so formulas keep working when
 * a workbook moves between Dutch and English Excel) with Dutch names and texts.
 */
const fs = require("fs");
const path = require("path");

const NL_DIR = path.resolve(__dirname, "../src/functions/nl");

function loadTranslations() {
  const table = {};
  for (const file of fs
    .readdirSync(NL_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    Object.assign(table, JSON.parse(fs.readFileSync(path.join(NL_DIR, file), "utf8")));
  }
  return table;
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
      const t = nl.parameters && nl.parameters[p.name];
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
