/** Jest transform for JSON files with another extension (the bundled .topojson boundaries). */
module.exports = {
  process(source) {
    return { code: `module.exports = ${source};` };
  },
};
