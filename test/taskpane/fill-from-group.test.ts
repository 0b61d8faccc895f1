/**
 * "Fill blanks with the group's average" on the real Amsterdam sample (examples/amsterdam-buurten-2019.xlsx,
 * CBS 2019, 479 buurten, small counts suppressed), computed as the pane computes values mode. The buurten with
 * no figure of their own are found here from the raw cells, not from the pane: they must stay without a score
 * with filling on, and every other blank in a wijk with figures is filled.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readXlsx } from "../../src/preview/io/readXlsx";
import { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import { computeResults } from "../../src/taskpane/compute/results";
import { analyzeData } from "../../src/taskpane/model/analyze";
import { suggestConfig, type MdiConfig } from "../../src/taskpane/model/config";

async function amsterdam() {
  const file = "amsterdam-buurten-2019.xlsx";
  const bytes = readFileSync(resolve(__dirname, "../../examples", file));
  const model = await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), file);
  const data = await new MemoryWorkbook(model).readTable("Buurten");
  const analysis = analyzeData(data, (i) => `Kolom ${i + 1}`);
  return { data, analysis, config: suggestConfig(data, analysis) };
}

describe("fill from the group, Amsterdam 2019", () => {
  it("fills the blanks of buurten with figures and leaves the buurten without any figure unscored", async () => {
    const { data, analysis, config } = await amsterdam();
    const filling: MdiConfig = { ...config, missing: { ...config.missing, fillFromGroup: true } };
    const used = Object.keys(config.indicators).filter((name) => config.indicators[name].domain !== null);
    const columns = used.map((name) => data.headers.indexOf(name));
    const withoutFigures = data.rows
      .map((row, i) => (columns.every((c) => typeof row[c] !== "number") ? i : -1))
      .filter((i) => i >= 0);
    expect(withoutFigures.length).toBeGreaterThan(0);

    const plain = computeResults(config, analysis, data);
    const filled = computeResults(filling, analysis, data);
    for (const i of withoutFigures) expect(filled.score[i]).toBeNaN();
    expect(filled.unscoredWithoutData).toBe(withoutFigures.length);
    expect(filled.filled).toBeGreaterThan(0);
    // Filling only adds scores: every buurt scored without it is scored with it.
    plain.score.forEach((s, i) => {
      if (Number.isFinite(s)) expect(Number.isFinite(filled.score[i])).toBe(true);
    });
    const scored = (scores: Float64Array) => scores.filter(Number.isFinite).length;
    console.log(
      `Amsterdam 2019, ${data.rows.length} buurten, ${used.length} indicators: ${withoutFigures.length} without any figure; ` +
        `scored ${scored(plain.score)} without filling, ${scored(filled.score)} with (${filled.filled} cells filled)`,
    );
  });
});
