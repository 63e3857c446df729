/**
 * Offline geocoding of Dortmund addresses, and which quarter a point lies in.
 *
 * data/dortmund-addresses.csv.gz is the address register of the city of Dortmund (source: Stadt
 * Dortmund, open data; via the data set `Adressen` of the CRAN package KOR.addrlink 1.0.1), reprojected
 * to WGS84: street (upper case, as registered), number, suffix, lon, lat, ubz.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pointInGeometry } from '@infamilie/feed';
import type { Quarter } from '@infamilie/feed/schema';

export type LonLat = [number, number];

export interface GeocodeResult {
  /** [longitude, latitude], WGS84. */
  geo: LonLat;
  /** The address as registered, e.g. "BRUNNENSTRAßE 12A". */
  matched: string;
  /** `exact`; `number` when the suffix was not registered and the plain number was used; `nearest` when another number on the street was used. */
  precision: 'exact' | 'number' | 'nearest';
  /** Statistical sub-district (Unterbezirk) of the address. */
  ubz: string;
}

export const ADDRESS_FILE = new URL('./data/dortmund-addresses.csv.gz', import.meta.url);

interface Entry {
  number: number;
  suffix: string;
  lon: number;
  lat: number;
  ubz: string;
}

interface Street {
  name: string;
  entries: Entry[];
}

let register: Map<string, Street> | undefined;

function loadRegister(): Map<string, Street> {
  if (register) return register;
  const text = gunzipSync(readFileSync(ADDRESS_FILE)).toString('utf8');
  const streets = new Map<string, Street>();
  const lines = text.split('\n');
  // A fixed, known format without quotes (checked when the file was added): street,number,suffix,lon,lat,ubz
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const [name, number, suffix, lon, lat, ubz] = line.split(',');
    const key = streetKey(name);
    let street = streets.get(key);
    if (!street) streets.set(key, (street = { name, entries: [] }));
    street.entries.push({ number: Number(number), suffix: suffix.trim().toUpperCase(), lon: Number(lon), lat: Number(lat), ubz: ubz.trim() });
  }
  register = streets;
  return streets;
}

/**
 * A street name as a lookup key: upper case; ä, ö, ü as AE, OE, UE and ß as SS; accents dropped;
 * "straße", "strasse", "str." and "str" all alike; spaces, hyphens and dots ignored.
 * "Kleine Kielstr." and "KLEINE KIELSTRAßE" give the same key.
 */
export function streetKey(street: string): string {
  return street
    .toUpperCase()
    .replace(/Ä/g, 'AE')
    .replace(/Ö/g, 'OE')
    .replace(/Ü/g, 'UE')
    .replace(/ß|ẞ/g, 'SS')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Z0-9]/g, '')
    .replace(/STRAS?SE/g, 'STR');
}

/** "12a", "12 A", "12-14" (the first number counts), "12/1" -> { number: 12, suffix: "A" | "" }. */
export function parseHouseNumber(value: string): { number: number; suffix: string } | undefined {
  const match = /^\s*(\d{1,5})\s*([a-zA-Z]?)\b/.exec(value);
  if (!match) return undefined;
  return { number: Number(match[1]), suffix: match[2].toUpperCase() };
}

/** "Brunnenstraße 12a" -> ["Brunnenstraße", "12a"]; a street without a number stays whole. */
export function splitStreetAndNumber(value: string): [string, string] {
  const match = /^(.*?\D)[\s,]*(\d{1,5}\s*[a-zA-Z]?(?:\s*[-/]\s*\d{1,5}\s*[a-zA-Z]?)?)\s*$/.exec(value.trim());
  return match ? [match[1].trim(), match[2].trim()] : [value.trim(), ''];
}

/**
 * Finds a Dortmund address. Without a number, or with a number the register does not know, the
 * nearest registered number on the same street is used (`precision: 'nearest'`).
 */
export function geocode(street: string, number = ''): GeocodeResult | undefined {
  if (!number) [street, number] = splitStreetAndNumber(street);
  const found = loadRegister().get(streetKey(street));
  if (!found || !found.entries.length) return undefined;
  const wanted = parseHouseNumber(number);
  const result = (entry: Entry, precision: GeocodeResult['precision']): GeocodeResult => ({
    geo: [entry.lon, entry.lat],
    matched: `${found.name} ${entry.number}${entry.suffix}`,
    precision,
    ubz: entry.ubz,
  });
  if (wanted) {
    const exact = found.entries.find((e) => e.number === wanted.number && e.suffix === wanted.suffix);
    if (exact) return result(exact, 'exact');
    const sameNumber = found.entries.find((e) => e.number === wanted.number && e.suffix === '') ?? found.entries.find((e) => e.number === wanted.number);
    if (sameNumber) return result(sameNumber, 'number');
  }
  const target = wanted?.number ?? 0;
  // Same side of the street first (odd or even), then the closest number.
  const nearest = [...found.entries].sort(
    (a, b) => Number(a.number % 2 !== target % 2) - Number(b.number % 2 !== target % 2) || Math.abs(a.number - target) - Math.abs(b.number - target) || a.number - b.number,
  )[0];
  return result(nearest, 'nearest');
}

/** Whether a registered street of this name exists (for "street not found" versus "number not found"). */
export function knowsStreet(street: string): boolean {
  return loadRegister().has(streetKey(street));
}

/** Registered street names that look like the given one (for "did you mean"). */
export function similarStreets(street: string, limit = 3): string[] {
  const key = streetKey(street);
  const names: Array<[number, string]> = [];
  for (const [candidate, entry] of loadRegister()) {
    const distance = quickDistance(key, candidate);
    if (distance <= Math.max(2, Math.floor(key.length / 4))) names.push([distance, entry.name]);
  }
  return names.sort((a, b) => a[0] - b[0]).slice(0, limit).map(([, name]) => name);
}

function quickDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

// ---------------------------------------------------------------------------------------------------

/** Ray casting over one ring (GeoJSON positions). */
/** The ids of the quarters whose outline contains the point (usually none or one). */
export function quarterAt(quarters: readonly Pick<Quarter, 'id' | 'geometry'>[], point: LonLat): string[] {
  return quarters.filter((quarter) => quarter.geometry && pointInGeometry(point, quarter.geometry)).map((quarter) => quarter.id);
}
