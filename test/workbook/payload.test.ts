/** Splitting writes and reads so that no sync passes Excel on the web's 5 MB. */
import { MAX_SYNC_BYTES, cellBytes, chunkRows, rowsPerRead } from "../../src/workbook/payload";

describe("cellBytes", () => {
  it("estimates the JSON a value travels as", () => {
    expect(cellBytes("abc")).toBe(JSON.stringify("abc").length + 1);
    expect(cellBytes(0.225)).toBe(JSON.stringify(0.225).length + 1);
    expect(cellBytes(true)).toBe(JSON.stringify(true).length + 2);
    expect(cellBytes({ formula: "=A1" })).toBe(cellBytes("=A1"));
    // "ë" takes 2 bytes in UTF-8: text with such letters counts double.
    expect(cellBytes("Zuidoost-ëiland")).toBeGreaterThanOrEqual(
      Buffer.byteLength(JSON.stringify("Zuidoost-ëiland")) + 1,
    );
  });
});

describe("chunkRows", () => {
  it("covers every row once, in order, each chunk within the budget", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`area ${i}`, i / 3, { formula: `=Data!B${i + 2}` }]);
    const chunks = chunkRows(rows, 5000);
    expect(chunks[0].start).toBe(0);
    expect(chunks[chunks.length - 1].end).toBe(1000);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i].start).toBe(chunks[i - 1].end);
    for (const chunk of chunks) {
      expect(chunk.bytes).toBeLessThanOrEqual(5000);
      expect(
        JSON.stringify(
          rows.slice(chunk.start, chunk.end).map((r) => [r[0], r[1], (r[2] as { formula: string }).formula]),
        ).length,
      ).toBeLessThanOrEqual(chunk.bytes);
    }
  });

  it("keeps a normal sheet in one chunk and sends a row larger than the budget on its own", () => {
    expect(chunkRows([["a"], ["b"]])).toEqual([{ start: 0, end: 2, bytes: 14 }]);
    const chunks = chunkRows([["x".repeat(100)], ["y"], ["z".repeat(100)]], 50);
    expect(chunks.map((c) => [c.start, c.end])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });
});

describe("rowsPerRead", () => {
  it("reads as many rows as fit the budget at 24 bytes a cell", () => {
    expect(rowsPerRead(8)).toBe(Math.floor(MAX_SYNC_BYTES / (8 * 24)));
    expect(rowsPerRead(1, 10)).toBe(1);
  });
});
