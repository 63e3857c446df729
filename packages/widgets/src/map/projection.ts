/**
 * Web Mercator for a map drawn in SVG: [longitude, latitude] to world units and to screen pixels, fitting
 * bounds into a viewport, zooming about a point and panning within limits. Pure: no DOM.
 *
 * World units run from 0 to 1 across the world (x east, y south), so a world at zoom level z is
 * 256 * 2^z pixels wide, as in slippy-map tiles. A viewport maps world to screen as
 * `screen = world * scale + offset`.
 */

export type LonLat = readonly [number, number];
export type Point = readonly [number, number];

/** A box in world units. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** What is on screen: `screen = world * scale + [x, y]`, in a box of width x height pixels. */
export interface Viewport {
  width: number;
  height: number;
  scale: number;
  x: number;
  y: number;
}

/** How far a viewport may zoom and where it may go. */
export interface ViewLimits {
  minScale: number;
  maxScale: number;
  /** The viewport's centre stays inside these bounds. */
  bounds: Bounds;
}

export const MAX_LATITUDE = 85.05112878;
/** Street level: zoom 18 of the slippy-map scheme. */
export const STREET_ZOOM = 18;
export const TILE_SIZE = 256;

/** [longitude, latitude] in degrees to world units. */
export function mercator([lon, lat]: LonLat): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** World units to [longitude, latitude] in degrees. */
export function inverseMercator([x, y]: Point): [number, number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

export function scaleOfZoom(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

export function zoomOfScale(scale: number): number {
  return Math.log2(scale / TILE_SIZE);
}

export function toScreen(view: Viewport, [x, y]: Point): [number, number] {
  return [x * view.scale + view.x, y * view.scale + view.y];
}

export function toWorld(view: Viewport, [sx, sy]: Point): [number, number] {
  return [(sx - view.x) / view.scale, (sy - view.y) / view.scale];
}

/** Where a [longitude, latitude] appears on screen. */
export function project(view: Viewport, lonLat: LonLat): [number, number] {
  return toScreen(view, mercator(lonLat));
}

/** The [longitude, latitude] under a screen point. */
export function unproject(view: Viewport, point: Point): [number, number] {
  return inverseMercator(toWorld(view, point));
}

export function emptyBounds(): Bounds {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

export function isEmptyBounds(bounds: Bounds): boolean {
  return !(bounds.minX <= bounds.maxX && bounds.minY <= bounds.maxY);
}

export function extendBounds(bounds: Bounds, [x, y]: Point): Bounds {
  if (x < bounds.minX) bounds.minX = x;
  if (y < bounds.minY) bounds.minY = y;
  if (x > bounds.maxX) bounds.maxX = x;
  if (y > bounds.maxY) bounds.maxY = y;
  return bounds;
}

export function unionBounds(...all: Bounds[]): Bounds {
  const result = emptyBounds();
  for (const b of all) {
    if (isEmptyBounds(b)) continue;
    extendBounds(result, [b.minX, b.minY]);
    extendBounds(result, [b.maxX, b.maxY]);
  }
  return result;
}

/** Bounds grown on every side by a share of their size, and to at least `minSize` world units. */
export function padBounds(bounds: Bounds, share: number, minSize = 0): Bounds {
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  const w = Math.max((bounds.maxX - bounds.minX) * (1 + 2 * share), minSize) / 2;
  const h = Math.max((bounds.maxY - bounds.minY) * (1 + 2 * share), minSize) / 2;
  return { minX: cx - w, minY: cy - h, maxX: cx + w, maxY: cy + h };
}

/**
 * The viewport that shows `bounds` as large as fits, centred, with `padding` pixels free on every side;
 * no closer than `maxScale` (a single point would otherwise fill the world).
 */
export function fitBounds(bounds: Bounds, width: number, height: number, padding = 24, maxScale = scaleOfZoom(STREET_ZOOM)): Viewport {
  const pad = Math.min(padding, width / 4, height / 4);
  const spanX = Math.max(bounds.maxX - bounds.minX, 1e-12);
  const spanY = Math.max(bounds.maxY - bounds.minY, 1e-12);
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY, maxScale);
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  return { width, height, scale, x: width / 2 - cx * scale, y: height / 2 - cy * scale };
}

/** The world point at the centre of the viewport. */
export function viewCenter(view: Viewport): [number, number] {
  return toWorld(view, [view.width / 2, view.height / 2]);
}

/** A viewport of the given size and scale centred on a world point. */
export function centerOn(center: Point, scale: number, width: number, height: number): Viewport {
  return { width, height, scale, x: width / 2 - center[0] * scale, y: height / 2 - center[1] * scale };
}

/** Keeps the scale within limits and the centre within the limits' bounds. */
export function clampView(view: Viewport, limits?: ViewLimits): Viewport {
  if (!limits) return view;
  const scale = Math.min(Math.max(view.scale, limits.minScale), limits.maxScale);
  let next = scale === view.scale ? view : zoomAt(view, scale / view.scale, [view.width / 2, view.height / 2]);
  const [cx, cy] = viewCenter(next);
  const b = limits.bounds;
  const clampedX = Math.min(Math.max(cx, b.minX), b.maxX);
  const clampedY = Math.min(Math.max(cy, b.minY), b.maxY);
  if (clampedX !== cx || clampedY !== cy) next = { ...next, x: next.x - (clampedX - cx) * scale, y: next.y - (clampedY - cy) * scale };
  return next;
}

/** Zooms by `factor` keeping the world point under the screen point `at` where it is. */
export function zoomAt(view: Viewport, factor: number, at: Point, limits?: ViewLimits): Viewport {
  let scale = view.scale * factor;
  if (limits) scale = Math.min(Math.max(scale, limits.minScale), limits.maxScale);
  const [wx, wy] = toWorld(view, at);
  const next = { ...view, scale, x: at[0] - wx * scale, y: at[1] - wy * scale };
  return limits ? clampView(next, limits) : next;
}

/** Moves the map content by dx, dy pixels (a drag to the right moves the content right). */
export function panBy(view: Viewport, dx: number, dy: number, limits?: ViewLimits): Viewport {
  const next = { ...view, x: view.x + dx, y: view.y + dy };
  return limits ? clampView(next, limits) : next;
}

/** A step of an animation from `a` to `b`: the scale changes evenly on a log scale, the centre in a straight line. */
export function interpolateView(a: Viewport, b: Viewport, t: number): Viewport {
  const [ax, ay] = viewCenter(a);
  const [bx, by] = viewCenter(b);
  const scale = a.scale * (b.scale / a.scale) ** t;
  return centerOn([ax + (bx - ax) * t, ay + (by - ay) * t], scale, b.width, b.height);
}

export function sameView(a: Viewport | undefined, b: Viewport | undefined): boolean {
  return !!a && !!b && a.scale === b.scale && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
