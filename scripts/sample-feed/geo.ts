/**
 * Dortmund geodata for the sample feed: the address register and the statistical sub-districts
 * (Unterbezirke) in scripts/feed/data, turned into quarter outlines, partner positions and a small
 * base map. Everything here is deterministic: same input files, same output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import polygonClipping from 'polygon-clipping';

export type Pos = [number, number];
export type Ring = Pos[];
export type PolygonCoords = Ring[];
export type Geometry = { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

export interface AddressPoint {
  street: string;
  number: string;
  lon: number;
  lat: number;
  ubz: string;
}

export interface GeoData {
  /** `Brunnenstraße 20` -> the address; streets in normal German spelling. */
  addresses: Map<string, AddressPoint>;
  /** Sub-district number ("052") -> its outline as a list of polygons. */
  ubz: Map<string, PolygonCoords[]>;
}

export function loadGeoData(dir: string): GeoData {
  const csv = gunzipSync(readFileSync(join(dir, 'dortmund-addresses.csv.gz'))).toString('utf8');
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`dortmund-addresses.csv: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  const addresses = new Map<string, AddressPoint>();
  for (const row of parsed.data) {
    const street = prettyStreet(row.street);
    const number = `${row.number}${row.suffix ?? ''}`.trim();
    const point = { street, number, lon: Number(row.lon), lat: Number(row.lat), ubz: row.ubz };
    const key = addressKey(street, number);
    if (!addresses.has(key)) addresses.set(key, point);
  }
  const collection = JSON.parse(readFileSync(join(dir, 'dortmund-ubz.geojson'), 'utf8')) as {
    features: { properties: { ubz: string }; geometry: Geometry }[];
  };
  const ubz = new Map<string, PolygonCoords[]>();
  for (const feature of collection.features) ubz.set(feature.properties.ubz, polygonsOf(feature.geometry));
  return { addresses, ubz };
}

export function addressKey(street: string, number: string): string {
  return `${street} ${number.toUpperCase()}`;
}

/** Words that stay lower case inside a street name: "An der Herz-Jesu-Kirche", "Freiherr-vom-Stein-Straße". */
const PARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'am', 'an', 'auf', 'im', 'in', 'zum', 'zur', 'zu', 'von', 'vom', 'und', 'bei', 'unter', 'über', 'vor', 'hinter']);

/**
 * The register writes streets in capitals ("RHEINISCHE STRAßE", sometimes "BRUNNENSTR."); signs and
 * letters write "Rheinische Straße". Capitalise each word, keep particles lower case after the first word.
 */
export function prettyStreet(upper: string): string {
  const expanded = upper.trim().replace(/STR\.$/u, 'STRAßE').replace(/STR\.(?=[\s-])/gu, 'STRAßE');
  let first = true;
  return expanded.replace(/[\p{L}]+/gu, (word) => {
    const lower = word.toLowerCase();
    const keepLower = !first && PARTICLES.has(lower);
    first = false;
    return keepLower ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

function polygonsOf(geometry: Geometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The union of sub-districts, rounded to `decimals`, as a Polygon or a MultiPolygon. The source
 * outlines were simplified one by one, so neighbours leave slivers between them; holes smaller than
 * `minHoleM2` are those slivers, not real enclaves, and are filled.
 */
export function unionOf(data: GeoData, ubzList: readonly string[], decimals = 5, minHoleM2 = 5000): Geometry {
  const parts = ubzList.map((code) => {
    const polygons = data.ubz.get(code);
    if (!polygons) throw new Error(`unknown sub-district (ubz) ${code}`);
    return polygons as polygonClipping.MultiPolygon;
  });
  const [first, ...rest] = parts;
  const union = polygonClipping.union(first, ...rest) as PolygonCoords[];
  const cleaned = union
    .map(([outer, ...holes]) => [outer, ...holes.filter((hole) => ringAreaM2(hole) >= minHoleM2)])
    .map((polygon) => polygon.map((ring) => roundRing(ring, decimals)).filter((ring): ring is Ring => ring !== undefined))
    .filter((polygon) => polygon.length > 0);
  return toGeometry(cleaned);
}

function toGeometry(polygons: PolygonCoords[]): Geometry {
  if (polygons.length === 0) throw new Error('empty geometry');
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // Adding 0 turns -0 into 0, so the JSON never says "-0".
  return Math.round(value * factor) / factor + 0;
}

/** Rounds a closed ring, drops repeated positions, closes it again; undefined when fewer than 3 corners remain. */
function roundRing(ring: Ring, decimals: number): Ring | undefined {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Pos = [round(x, decimals), round(y, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && samePos(out[0], out[out.length - 1])) out.pop();
  if (out.length < 3) return undefined;
  out.push([out[0][0], out[0][1]]);
  return out;
}

/** Planar area of a ring in square metres (shoelace formula on locally scaled degrees). */
export function ringAreaM2(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return (Math.abs(sum) / 2) * M_PER_DEG_LON * M_PER_DEG_LAT;
}

function samePos(a: Pos, b: Pos): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

// ---- simplification for the base map -----------------------------------------------------------

/** Metres per degree at Dortmund's latitude (51.5° N): good enough for a 20 m tolerance. */
const M_PER_DEG_LAT = 111_200;
const M_PER_DEG_LON = 111_320 * Math.cos((51.5 * Math.PI) / 180);

/**
 * Douglas-Peucker on each ring, then rounding. A ring that would cross itself or collapse is tried
 * again with half the tolerance, down to plain rounding; a hole or a part too small to survive
 * rounding is left out (an outer ring never is).
 */
export function simplifyGeometry(geometry: Geometry, toleranceM: number, decimals: number): Geometry {
  const polygons: PolygonCoords[] = [];
  for (const [outerRing, ...holeRings] of polygonsOf(geometry)) {
    // A part whose outer ring does not survive rounding (a sliver) is left out with its holes.
    const outer = simplifyRing(outerRing, toleranceM, decimals);
    if (!outer) continue;
    const holes = holeRings.map((ring) => simplifyRing(ring, toleranceM, decimals)).filter((ring): ring is Ring => ring !== undefined);
    polygons.push([outer, ...holes]);
  }
  return toGeometry(polygons);
}

function simplifyRing(ring: Ring, toleranceM: number, decimals: number): Ring | undefined {
  for (let tolerance = toleranceM; ; tolerance /= 2) {
    const candidate = roundRing(douglasPeuckerRing(ring, tolerance < 1 ? 0 : tolerance), decimals);
    if (candidate && candidate.length >= 4 && !selfIntersects(candidate)) return candidate;
    if (tolerance < 1) return candidate && candidate.length >= 4 && !selfIntersects(candidate) ? candidate : undefined;
  }
}

function douglasPeuckerRing(ring: Ring, toleranceM: number): Ring {
  if (toleranceM === 0) return ring;
  const open = samePos(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : ring.slice();
  if (open.length < 4) return ring;
  // Split the ring at its first corner and the corner farthest from it, and simplify both halves.
  let far = 1;
  let farDistance = -1;
  for (let i = 1; i < open.length; i++) {
    const d = Math.hypot((open[i][0] - open[0][0]) * M_PER_DEG_LON, (open[i][1] - open[0][1]) * M_PER_DEG_LAT);
    if (d > farDistance) {
      farDistance = d;
      far = i;
    }
  }
  const first = douglasPeucker(open.slice(0, far + 1), toleranceM);
  const second = douglasPeucker([...open.slice(far), open[0]], toleranceM);
  return [...first.slice(0, -1), ...second];
}

function douglasPeucker(line: Ring, toleranceM: number): Ring {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [start, end] = stack.pop()!;
    let index = -1;
    let max = 0;
    for (let i = start + 1; i < end; i++) {
      const d = segmentDistanceM(line[i], line[start], line[end]);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index !== -1 && max > toleranceM) {
      keep[index] = 1;
      stack.push([start, index], [index, end]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

function segmentDistanceM(p: Pos, a: Pos, b: Pos): number {
  const px = p[0] * M_PER_DEG_LON;
  const py = p[1] * M_PER_DEG_LAT;
  const ax = a[0] * M_PER_DEG_LON;
  const ay = a[1] * M_PER_DEG_LAT;
  const bx = b[0] * M_PER_DEG_LON;
  const by = b[1] * M_PER_DEG_LAT;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether two non-adjacent edges of a closed ring touch or cross. */
export function selfIntersects(ring: Ring): boolean {
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsTouch(ring[i], ring[i + 1], ring[j], ring[j + 1])) return true;
    }
  }
  return false;
}

function segmentsTouch(a: Pos, b: Pos, c: Pos, d: Pos): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
  return (o1 === 0 && onSegment(a, c, b)) || (o2 === 0 && onSegment(a, d, b)) || (o3 === 0 && onSegment(c, a, d)) || (o4 === 0 && onSegment(c, b, d));
}

function orientation(p: Pos, q: Pos, r: Pos): number {
  const value = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1]);
  return Math.abs(value) < 1e-14 ? 0 : value > 0 ? 1 : 2;
}

function onSegment(p: Pos, q: Pos, r: Pos): boolean {
  return q[0] <= Math.max(p[0], r[0]) && q[0] >= Math.min(p[0], r[0]) && q[1] <= Math.max(p[1], r[1]) && q[1] >= Math.min(p[1], r[1]);
}

/** The base map: every sub-district, simplified, sorted by number. */
export function baseMap(data: GeoData, toleranceM: number, attribution: string) {
  const codes = [...data.ubz.keys()].sort();
  return {
    type: 'FeatureCollection',
    name: 'Dortmund: statistische Unterbezirke (Näherung)',
    attribution,
    features: codes.map((code) => ({
      type: 'Feature',
      properties: { ubz: code },
      geometry: simplifyGeometry(toGeometry(data.ubz.get(code)!), toleranceM, 4),
    })),
  };
}
