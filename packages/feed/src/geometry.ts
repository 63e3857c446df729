/**
 * Checks of the feed's geometry that a schema cannot express: outlines that cross themselves or enclose
 * nothing, and positions so far from their quarters that they are probably written the wrong way round.
 *
 * The reader (parse.ts) drops what fails as a field and reports why; the map uses the same checks on data
 * given to it directly. Pure and dependency-free: runs in the browser and in Node.
 */
import type { DroppedItem } from './parse.ts';
import type { Feed, Geometry, Position } from './schema.ts';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** A position farther than this from every outline of its quarters is dropped. */
export const MAX_DISTANCE_FROM_QUARTER_KM = 20;

/** Web Mercator cannot show the poles; nothing in a city network lies beyond this latitude. */
export const MERCATOR_MAX_LATITUDE = 85.05112878;

/** About one square metre, in square degrees at the latitude of Germany: an outline smaller than this encloses nothing. */
const MIN_RING_AREA = 1e-10;

type Ring = readonly (readonly number[])[];

/** The polygons of a Polygon or MultiPolygon, as lists of rings. */
export function polygonsOf(geometry: Geometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Whether a [lon, lat] point lies inside a Polygon or MultiPolygon (even-odd over all rings: holes are outside). */
export function pointInGeometry([x, y]: readonly number[], geometry: Geometry): boolean {
  return polygonsOf(geometry).some((rings) => {
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}

/**
 * What is wrong with an outline, in words an editor can act on; undefined when it can be drawn.
 * Accepts anything, so that data given to a widget directly can be checked too.
 */
export function geometryProblem(geometry: unknown): string | undefined {
  if (isRecord(geometry)) {
    // The reader and the map check the same objects: once is enough (a checked outline is never mutated).
    const known = checked.get(geometry);
    if (known !== undefined) return known || undefined;
    const problem = findGeometryProblem(geometry);
    checked.set(geometry, problem ?? '');
    return problem;
  }
  return findGeometryProblem(geometry);
}

const checked = new WeakMap<object, string>();
const boxes = new WeakMap<object, BBox>();

function findGeometryProblem(geometry: unknown): string | undefined {
  if (!isRecord(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !Array.isArray(geometry.coordinates)) {
    return 'must be a GeoJSON Polygon or MultiPolygon';
  }
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown[];
  if (polygons.length === 0) return 'is empty: it has no polygon';
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return 'is empty: a polygon has no outer ring';
    for (let r = 0; r < polygon.length; r++) {
      const problem = ringProblem(polygon[r]);
      if (problem) return r === 0 ? problem : `has a hole that ${problem}`;
    }
  }
  return undefined;
}

function ringProblem(ring: unknown): string | undefined {
  if (!Array.isArray(ring) || ring.length < 4) return 'is empty: a ring needs at least four positions';
  for (const position of ring) {
    const problem = positionProblem(position);
    if (problem) return problem;
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'is not closed: a ring must end where it starts';
  if (spannedArea(ring as Ring) < MIN_RING_AREA) return 'encloses no area: its positions lie on one line or on one spot';
  const crossing = ringSelfIntersection(ring as Ring);
  if (crossing) return `crosses itself near [${round(crossing[0])}, ${round(crossing[1])}]: the outline must not cross or overlap itself`;
  return undefined;
}

/** What is wrong with a single [longitude, latitude], if anything. */
export function positionProblem(position: unknown): string | undefined {
  if (!Array.isArray(position) || position.length < 2 || !Number.isFinite(position[0]) || !Number.isFinite(position[1])) {
    return 'has a position that is not [longitude, latitude] in numbers';
  }
  const [lon, lat] = position as number[];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return `has a position outside the world: [${lon}, ${lat}] (longitude -180..180, latitude -90..90)`;
  return undefined;
}

/** Signed area of a closed ring in square degrees (positive when counter-clockwise). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

/** The area of the triangles fanning out from the first position, without signs: zero only when every position lies on one line. */
function spannedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length - 1; i++) sum += Math.abs(cross(ring[0], ring[i], ring[i + 1]));
  return sum / 2;
}

/**
 * A point where a closed ring crosses or overlaps itself, or undefined when it is simple. Touching at a
 * single point is tolerated (it draws fine). A sweep over the segments sorted by their west end keeps
 * this near O(n log n) for real outlines: each segment is compared only with those whose spans overlap it.
 */
export function ringSelfIntersection(ring: Ring): [number, number] | undefined {
  const points: (readonly number[])[] = [];
  for (const p of ring) {
    const previous = points[points.length - 1];
    if (!previous || previous[0] !== p[0] || previous[1] !== p[1]) points.push(p);
  }
  const count = points.length - 1; // segments; the last point repeats the first
  if (count < 3) return undefined;
  const minX = new Float64Array(count);
  const maxX = new Float64Array(count);
  const minY = new Float64Array(count);
  const maxY = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const a = points[i];
    const b = points[i + 1];
    minX[i] = a[0] < b[0] ? a[0] : b[0];
    maxX[i] = a[0] < b[0] ? b[0] : a[0];
    minY[i] = a[1] < b[1] ? a[1] : b[1];
    maxY[i] = a[1] < b[1] ? b[1] : a[1];
  }
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => minX[a] - minX[b]);
  for (let a = 0; a < count; a++) {
    const i = order[a];
    for (let b = a + 1; b < count; b++) {
      const j = order[b];
      if (minX[j] > maxX[i]) break;
      if (maxY[j] < minY[i] || minY[j] > maxY[i]) continue;
      const gap = i > j ? i - j : j - i;
      const hit = segmentsMeet(points[i], points[i + 1], points[j], points[j + 1], gap === 1 || gap === count - 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * Whether two segments cross (properly) or overlap along a line. Neighbouring segments share an end,
 * so for them only an overlap counts (a spike that runs back along itself).
 */
function segmentsMeet(p1: readonly number[], p2: readonly number[], q1: readonly number[], q2: readonly number[], adjacent: boolean): [number, number] | undefined {
  const d1 = orientation(q1, q2, p1);
  const d2 = orientation(q1, q2, p2);
  const d3 = orientation(p1, p2, q1);
  const d4 = orientation(p1, p2, q2);
  if (d1 === 0 && d2 === 0) {
    // Collinear: an overlap longer than a point is a fold in the outline.
    const horizontal = Math.abs(p2[0] - p1[0]) >= Math.abs(p2[1] - p1[1]);
    const k = horizontal ? 0 : 1;
    const lo = Math.max(Math.min(p1[k], p2[k]), Math.min(q1[k], q2[k]));
    const hi = Math.min(Math.max(p1[k], p2[k]), Math.max(q1[k], q2[k]));
    if (hi <= lo) return undefined;
    // `lo` is the larger of the two segments' starts, so one of the four ends lies there.
    const start = [p1, p2, q1, q2].find((p) => p[k] === lo)!;
    return [start[0], start[1]];
  }
  if (adjacent) return undefined;
  if (d1 * d2 < 0 && d3 * d4 < 0) {
    const t = cross(q1, q2, p1) / (cross(q1, q2, p1) - cross(q1, q2, p2));
    return [p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1])];
  }
  return undefined;
}

function cross(a: readonly number[], b: readonly number[], c: readonly number[]): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** -1, 0 or 1, with a tolerance scaled to the coordinates so that rounding noise does not count as a turn. */
function orientation(a: readonly number[], b: readonly number[], c: readonly number[]): number {
  const value = cross(a, b, c);
  const scale = Math.abs(b[0] - a[0]) + Math.abs(b[1] - a[1]) + Math.abs(c[0] - a[0]) + Math.abs(c[1] - a[1]);
  return Math.abs(value) <= 1e-12 * scale * scale ? 0 : Math.sign(value);
}

/** The bounding box of an outline. */
export function geometryBBox(geometry: Geometry): BBox {
  const known = boxes.get(geometry);
  if (known) return known;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon < box[0]) box[0] = lon;
      if (lat < box[1]) box[1] = lat;
      if (lon > box[2]) box[2] = lon;
      if (lat > box[3]) box[3] = lat;
    }
  }
  boxes.set(geometry, box);
  return box;
}

/** Distance in kilometres from a position to a box (0 inside); an equirectangular estimate, good to a few per cent at city scale. */
export function distanceToBBoxKm([lon, lat]: readonly number[], [west, south, east, north]: BBox): number {
  const nearestLon = Math.min(Math.max(lon, west), east);
  const nearestLat = Math.min(Math.max(lat, south), north);
  const meanLat = ((lat + nearestLat) / 2) * (Math.PI / 180);
  const dx = (lon - nearestLon) * 111.32 * Math.cos(meanLat);
  const dy = (lat - nearestLat) * 110.57;
  return Math.hypot(dx, dy);
}

/**
 * Why a position cannot be where it says, given the outlines of the quarters it belongs to: undefined
 * when it lies within `limitKm` of one of them (or there are none to compare with).
 */
export function implausiblePosition(geo: Position, quarterBoxes: readonly BBox[], limitKm = MAX_DISTANCE_FROM_QUARTER_KM): string | undefined {
  if (quarterBoxes.length === 0) return undefined;
  let distance = Infinity;
  for (const box of quarterBoxes) distance = Math.min(distance, distanceToBBoxKm(geo, box));
  if (distance <= limitKm) return undefined;
  const km = distance >= 100 ? Math.round(distance) : Math.round(distance * 10) / 10;
  const swapped: Position = [geo[1], geo[0]];
  const swappedFits = Math.abs(swapped[1]) <= 90 && Math.min(...quarterBoxes.map((box) => distanceToBBoxKm(swapped, box))) <= limitKm;
  if (swappedFits || Math.abs(geo[1]) < Math.abs(geo[0])) {
    return `lies ${km} km from its quarters: probably latitude and longitude swapped (GeoJSON order is [longitude, latitude]${swappedFits ? `, here [${swapped[0]}, ${swapped[1]}]` : ''})`;
  }
  return `lies ${km} km from its quarters: more than ${limitKm} km from every quarter's outline`;
}

/**
 * Drops positions of partners, offers and events that lie implausibly far from their quarters, and
 * reports each as a dropped field. `doc` is the raw document, for the paths of the reports.
 */
export function dropImplausiblePositions(feed: Feed, doc: Record<string, unknown>, dropped: DroppedItem[]): void {
  const boxes = new Map<string, BBox>();
  for (const quarter of feed.quarters) if (quarter.geometry) boxes.set(quarter.id, geometryBBox(quarter.geometry));
  if (boxes.size === 0) return;
  const boxesOf = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => (boxes.has(id) ? [boxes.get(id)!] : []));
  const partnerQuarters = new Map(feed.partners.map((p) => [p.id, p.quarters]));

  feed.partners.forEach((partner) => {
    if (!partner.geo) return;
    const problem = implausiblePosition(partner.geo, boxesOf(partner.quarters));
    if (!problem) return;
    dropped.push({ kind: 'partner', id: partner.id, path: `${rawPath(doc, 'partners', partner.id, ['geo'], partner.geo)}.geo`, message: problem, dropped: 'field' });
    delete partner.geo;
  });
  for (const key of ['offers', 'events'] as const) {
    for (const item of feed[key]) {
      const geo = item.location?.geo;
      if (!geo) continue;
      const quarters = item.quarters?.length ? item.quarters : item.partner ? partnerQuarters.get(item.partner) : undefined;
      const problem = implausiblePosition(geo, boxesOf(quarters));
      if (!problem) continue;
      const kind = key === 'offers' ? 'offer' : 'event';
      dropped.push({ kind, id: item.id, path: `${rawPath(doc, key, item.id, ['location', 'geo'], geo)}.location.geo`, message: problem, dropped: 'field' });
      delete item.location!.geo;
    }
  }
}

/** `$.partners[4]`: the raw item with this id and this position (the one the reader kept). */
function rawPath(doc: Record<string, unknown>, key: string, id: string, geoPath: string[], geo: Position): string {
  const list = Array.isArray(doc[key]) ? (doc[key] as unknown[]) : [];
  let fallback = -1;
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    if (!isRecord(raw) || raw.id !== id) continue;
    if (fallback < 0) fallback = i;
    let value: unknown = raw;
    for (const step of geoPath) value = isRecord(value) ? value[step] : undefined;
    if (Array.isArray(value) && value[0] === geo[0] && value[1] === geo[1]) return `$.${key}[${i}]`;
  }
  return `$.${key}[${Math.max(fallback, 0)}]`;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
