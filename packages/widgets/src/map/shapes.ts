/**
 * Outlines in map coordinates: projected rings, bounds, SVG path data and label positions. Pure, and
 * memoised per geometry object: a path is built once per geometry and projection scale; panning and
 * zooming in between only change the transform of the group that holds it.
 */
import type { Geometry } from '@infamilie/feed';
import { emptyBounds, mercator, type Bounds, type Point } from './projection.ts';

/**
 * Where paths are drawn: `path = (world - origin) * scale`, rounded to whole units. The map uses ten
 * units to a pixel: whole numbers are quicker to write and read than decimals, and exact enough.
 */
export interface PathFrame {
  originX: number;
  originY: number;
  scale: number;
}

/** A polygon's rings as flat [x0, y0, x1, y1, ...] arrays of world units. */
type ProjectedPolygon = Float64Array[];

const projected = new WeakMap<object, ProjectedPolygon[]>();
const boundsCache = new WeakMap<object, Bounds>();
const labelCache = new WeakMap<object, Point>();
const pathCache = new WeakMap<object, Map<string, string>>();

function polygonsOf(geometry: Geometry): (readonly (readonly number[])[])[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** The geometry's rings in world units (computed once per geometry object). */
export function projectGeometry(geometry: Geometry): ProjectedPolygon[] {
  let result = projected.get(geometry);
  if (!result) {
    result = polygonsOf(geometry).map((polygon) =>
      polygon.map((ring) => {
        const flat = new Float64Array(ring.length * 2);
        ring.forEach((position, i) => {
          const [x, y] = mercator(position as [number, number]);
          flat[2 * i] = x;
          flat[2 * i + 1] = y;
        });
        return flat;
      }),
    );
    projected.set(geometry, result);
  }
  return result;
}

export function geometryBounds(geometry: Geometry): Bounds {
  let bounds = boundsCache.get(geometry);
  if (!bounds) {
    bounds = emptyBounds();
    for (const polygon of projectGeometry(geometry)) {
      const outer = polygon[0];
      for (let i = 0; i < outer.length; i += 2) {
        const x = outer[i];
        const y = outer[i + 1];
        if (x < bounds.minX) bounds.minX = x;
        if (x > bounds.maxX) bounds.maxX = x;
        if (y < bounds.minY) bounds.minY = y;
        if (y > bounds.maxY) bounds.maxY = y;
      }
    }
    boundsCache.set(geometry, bounds);
  }
  return bounds;
}

/** How far a simplified outline may stray from the true one, in path units (half a pixel on the map). */
const SIMPLIFY_UNITS = 5;

/**
 * SVG path data for one or more geometries in a frame, memoised per (first) geometry and frame scale.
 * Outlines are simplified (Douglas-Peucker) to within SIMPLIFY_UNITS: at a city-wide scale that leaves
 * out positions no one could see, and a closer zoom builds a finer path for its own scale.
 */
export function pathData(geometries: Geometry | readonly Geometry[], frame: PathFrame, cacheKey: object = Array.isArray(geometries) ? geometries : (geometries as Geometry)): string {
  const key = `${frame.scale}|${frame.originX}|${frame.originY}`;
  let byFrame = pathCache.get(cacheKey);
  const hit = byFrame?.get(key);
  if (hit !== undefined) return hit;
  const parts: string[] = [];
  const list = Array.isArray(geometries) ? geometries : [geometries as Geometry];
  for (const geometry of list) {
    for (const polygon of projectGeometry(geometry)) {
      for (const ring of polygon) parts.push(ringPath(ring, frame));
    }
  }
  const path = parts.join('');
  if (!byFrame) pathCache.set(cacheKey, (byFrame = new Map()));
  if (byFrame.size > 12) byFrame.clear();
  byFrame.set(key, path);
  return path;
}

function ringPath(ring: Float64Array, { originX, originY, scale }: PathFrame): string {
  const count = ring.length / 2 - 1; // the closing position repeats the first
  if (count < 3) return '';
  const xs = new Float64Array(count + 1);
  const ys = new Float64Array(count + 1);
  for (let i = 0; i <= count; i++) {
    xs[i] = (ring[2 * i] - originX) * scale;
    ys[i] = (ring[2 * i + 1] - originY) * scale;
  }
  const keep = new Uint8Array(count + 1);
  keep[0] = keep[count] = 1;
  // The position farthest from the first splits the ring, so that Douglas-Peucker has two open runs.
  let far = 1;
  let farDistance = -1;
  for (let i = 1; i < count; i++) {
    const d = (xs[i] - xs[0]) ** 2 + (ys[i] - ys[0]) ** 2;
    if (d > farDistance) {
      farDistance = d;
      far = i;
    }
  }
  keep[far] = 1;
  const stack = [0, far, far, count];
  const tolerance = SIMPLIFY_UNITS * SIMPLIFY_UNITS;
  while (stack.length) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    const ax = xs[first];
    const ay = ys[first];
    const dx = xs[last] - ax;
    const dy = ys[last] - ay;
    const lengthSquared = dx * dx + dy * dy;
    let index = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      let px = xs[i] - ax;
      let py = ys[i] - ay;
      if (lengthSquared > 0) {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
        px -= t * dx;
        py -= t * dy;
      }
      const d = px * px + py * py;
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push(first, index, index, last);
    }
  }
  let path = '';
  let kept = 0;
  for (let i = 0; i < count; i++) {
    if (!keep[i]) continue;
    path += `${kept === 0 ? 'M' : 'L'}${Math.round(xs[i])} ${Math.round(ys[i])}`;
    kept++;
  }
  // A ring smaller than a pixel is still drawn (as a dot), so that its quarter can be found.
  return kept >= 3 ? `${path}Z` : `${path}l5 0l0 5Z`;
}

/**
 * A point inside the geometry to put its name at: the middle of the widest inside stretch of a few
 * horizontal lines across its largest polygon. Unlike the centroid, it lies inside crescents and rings.
 */
export function labelPoint(geometry: Geometry): Point {
  let point = labelCache.get(geometry);
  if (point) return point;
  const polygons = projectGeometry(geometry);
  let largest = polygons[0];
  let largestArea = -1;
  for (const polygon of polygons) {
    const area = Math.abs(flatArea(polygon[0]));
    if (area > largestArea) {
      largestArea = area;
      largest = polygon;
    }
  }
  const b = emptyBounds();
  const outer = largest[0];
  for (let i = 0; i < outer.length; i += 2) {
    b.minX = Math.min(b.minX, outer[i]);
    b.maxX = Math.max(b.maxX, outer[i]);
    b.minY = Math.min(b.minY, outer[i + 1]);
    b.maxY = Math.max(b.maxY, outer[i + 1]);
  }
  let best: Point = [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
  let bestWidth = -1;
  for (const share of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    const y = b.minY + (b.maxY - b.minY) * share;
    const crossings: number[] = [];
    for (const ring of largest) {
      for (let i = 0; i < ring.length - 2; i += 2) {
        const y1 = ring[i + 1];
        const y2 = ring[i + 3];
        if (y1 <= y !== y2 <= y) crossings.push(ring[i] + ((y - y1) / (y2 - y1)) * (ring[i + 2] - ring[i]));
      }
    }
    crossings.sort((p, q) => p - q);
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const width = crossings[i + 1] - crossings[i];
      if (width > bestWidth * 1.2) {
        bestWidth = width;
        best = [(crossings[i] + crossings[i + 1]) / 2, y];
      }
    }
  }
  labelCache.set(geometry, best);
  return best;
}

function flatArea(ring: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 2; i += 2) sum += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
  return sum / 2;
}
