/**
 * Draws the add-in's icons (a bar chart of ten deciles, darkest = most
 * deprived) as PNGs with Node's zlib only. Run once: `node scripts/make-icons.mjs`.
 */
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function icon(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const bars = 5;
  const gap = Math.max(1, Math.round(size / 16));
  const barWidth = Math.floor((size - gap * (bars + 1)) / bars);
  const colours = [
    [0x8b, 0x1a, 0x1a],
    [0xc0, 0x39, 0x2b],
    [0xe6, 0x7e, 0x22],
    [0xf1, 0xc4, 0x0f],
    [0x27, 0xae, 0x60],
  ];
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      let rgba = [0, 0, 0, 0];
      const b = Math.floor((x - gap) / (barWidth + gap));
      const inBar = b >= 0 && b < bars && (x - gap) % (barWidth + gap) < barWidth;
      const height = Math.round(size * (0.9 - 0.15 * b));
      if (inBar && y >= size - height) rgba = [...colours[b], 255];
      raw.set(rgba, o);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, icon(size));
console.log("assets/icon-{16,32,64,80,128}.png written");
