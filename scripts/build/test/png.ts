/**
 * A small PNG reader (8-bit RGB and RGBA, not interlaced: what Chromium's screenshots are) and a pixel
 * comparison, so that screenshots can be compared without an image library.
 */
import { inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel. */
  pixels: Uint8Array;
}

export function decodePng(data: Uint8Array): Image {
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (view.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (offset < view.length) {
    const length = view.readUInt32BE(offset);
    const type = view.toString('latin1', offset + 4, offset + 8);
    const body = view.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, color, , , interlace] = body.subarray(8, 13);
      if (bitDepth !== 8 || (color !== 2 && color !== 6) || interlace !== 0) throw new Error(`unsupported PNG: depth ${bitDepth}, colour type ${color}, interlace ${interlace}`);
      colorType = color;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const current = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? current[x - channels] : 0;
      const up = previous[x];
      const upLeft = x >= channels ? previous[x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      current[x] = (line[x] + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) out[(y * width + x) * 4 + c] = current[x * channels + c];
      out[(y * width + x) * 4 + 3] = channels === 4 ? current[x * channels + 3] : 255;
    }
    previous = current;
  }
  return { width, height, pixels: out };
}

export interface Difference {
  sameSize: boolean;
  /** Share of pixels whose colour differs by more than `threshold` in any channel (0..1). */
  differing: number;
}

/**
 * Anti-aliasing may move a channel by a few levels; what a reader would notice moves it by more.
 * An element at a fractional position is captured a pixel wider or taller: sizes may differ by one
 * pixel, and the common area is compared.
 */
export function compareImages(a: Image, b: Image, threshold = 32): Difference {
  if (Math.abs(a.width - b.width) > 1 || Math.abs(a.height - b.height) > 1) return { sameSize: false, differing: 1 };
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  let differing = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * a.width + x) * 4;
      const j = (y * b.width + x) * 4;
      for (let c = 0; c < 4; c++) {
        if (Math.abs(a.pixels[i + c] - b.pixels[j + c]) > threshold) {
          differing++;
          break;
        }
      }
    }
  }
  return { sameSize: true, differing: differing / (width * height) };
}
