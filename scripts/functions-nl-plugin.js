/**
 * Webpack plugin: after the metadata plugin has emitted functions.json, emit
 * functions-nl.json — the same metadata with the Dutch names and descriptions
 * of src/functions/translations.ts (same ids, so formulas keep working when
 * a workbook moves between Dutch and English Excel).
 */
const { sources, Compilation } = require("webpack");
const { translateMetadata } = require("./functions-nl");

class FunctionsNlPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsNlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsNlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const english = compilation.getAsset(this.options.input);
          if (!english) {
            compilation.errors.push(new Error(`FunctionsNlPlugin: ${this.options.input} was not emitted`));
            return;
          }
          try {
            const metadata = JSON.parse(english.source.source().toString());
            const dutch = translateMetadata(metadata);
            compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(dutch, null, 2)));
          } catch (error) {
            compilation.errors.push(error);
          }
        },
      );
    });
  }
}

module.exports = { FunctionsNlPlugin };
