// Draws the extension's icons (a shield with a price-tag notch and a risk dot) as PNGs at 16, 32,
// 48 and 128 px into www/extension/icons/, supersampled for smooth edges. Node only, no packages:
//   node pkg-config/extension/draw-icons.mjs
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../www/extension/icons');

// Shapes in a 0..1 square; each returns true when the point is inside.
const roundRect = (x, y, r) => {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const shield = (x, y) => {
  // flat top with rounded corners, sides down to a point
  const cx = 0.5;
  if (y < 0.2 || y > 0.86) return false;
  const half = y < 0.52 ? 0.3 : 0.3 * Math.sqrt(Math.max(0, 1 - ((y - 0.52) / 0.34) ** 2));
  return Math.abs(x - cx) <= half;
};
const inner = (x, y) => {
  const s = (v) => 0.5 + (v - 0.5) / 0.78;
  return shield(s(x), s(y - 0.02));
};
const dot = (x, y) => (x - 0.5) ** 2 + (y - 0.5) ** 2 <= 0.1 ** 2;

function pixel(x, y) {
  if (!roundRect(x, y, 0.22)) return [0, 0, 0, 0];
  if (dot(x, y)) return [0xd9, 0x30, 0x25, 255];
  if (inner(x, y)) return [0x13, 0x2a, 0x4a, 255];
  if (shield(x, y)) return [255, 255, 255, 255];
  return [0x13, 0x2a, 0x4a, 255];
}

function render(size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const p = pixel((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          acc[0] += p[0] * p[3];
          acc[1] += p[1] * p[3];
          acc[2] += p[2] * p[3];
          acc[3] += p[3];
        }
      }
      const i = (py * size + px) * 4;
      const a = acc[3];
      rgba[i] = a ? Math.round(acc[0] / a) : 0;
      rgba[i + 1] = a ? Math.round(acc[1] / a) : 0;
      rgba[i + 2] = a ? Math.round(acc[2] / a) : 0;
      rgba[i + 3] = Math.round(a / (ss * ss));
    }
  }
  return png(size, rgba);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) fs.writeFileSync(path.join(out, `icon-${size}.png`), render(size));
console.log(`icons written to ${out}`);
