/**
 * Raster tiles, only when a page asks for them with a URL template: which tiles a viewport needs and
 * their URLs. Pure.
 */
import { STREET_ZOOM, zoomOfScale, type Viewport } from './projection.ts';

export interface Tile {
  /** `z/x/y`, stable for keyed rendering. */
  key: string;
  url: string;
  /** Position and size in the pixels of the current scale, relative to the world's origin. */
  x: number;
  y: number;
  size: number;
}

/**
 * A usable template: an absolute https (or http) URL with {z}, {x} and {y}, optionally {s} for
 * subdomains a, b, c and {r} for a high-density suffix (left empty). Undefined for anything else.
 */
export function tileTemplate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const template = value.trim();
  if (!['{z}', '{x}', '{y}'].every((part) => template.includes(part))) return undefined;
  try {
    const url = new URL(template.replace(/\{[sxyzr]\}/g, '0'));
    return url.protocol === 'https:' || url.protocol === 'http:' ? template : undefined;
  } catch {
    return undefined;
  }
}

export function tileUrl(template: string, z: number, x: number, y: number): string {
  const subdomain = 'abc'[(x + y) % 3];
  return template.replace('{s}', subdomain).replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)).replace('{r}', '');
}

/** The zoom level of the tiles for a scale: the nearest whole level, within 0 and street level + 1. */
export function tileZoom(scale: number): number {
  return Math.max(0, Math.min(STREET_ZOOM + 1, Math.round(zoomOfScale(scale))));
}

/** The tiles that cover the viewport (x wraps around the world; y does not). */
export function visibleTiles(view: Viewport, template: string): Tile[] {
  const z = tileZoom(view.scale);
  const count = 2 ** z;
  const size = view.scale / count;
  const left = Math.floor(-view.x / size);
  const right = Math.floor((view.width - view.x) / size);
  const top = Math.max(0, Math.floor(-view.y / size));
  const bottom = Math.min(count - 1, Math.floor((view.height - view.y) / size));
  const tiles: Tile[] = [];
  if (right - left > 64 || bottom - top > 64) return tiles;
  for (let ty = top; ty <= bottom; ty++) {
    for (let tx = left; tx <= right; tx++) {
      const wrapped = ((tx % count) + count) % count;
      tiles.push({ key: `${z}/${tx}/${ty}`, url: tileUrl(template, z, wrapped, ty), x: tx * size, y: ty * size, size });
    }
  }
  return tiles;
}
