/**
 * Writes the sample network feed from the real Dortmund geodata and the data modules beside this file:
 *
 *   pnpm exec tsx scripts/sample-feed/generate.ts [--out demo/public] [--geo scripts/feed/data]
 *
 * Output (deterministic: no clock, no randomness): `feed.json` (the index: network, categories,
 * quarters, partners), `quarters/<id>.json` (each quarter's offers and events) and `basemap.geojson`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { berlinOffsetMinutes, fromBerlin, parseCivilDate } from '@infamilie/feed';
import { pointInGeometry } from '@infamilie/feed';
import { addressKey, baseMap, loadGeoData, round, unionOf, type GeoData, type Geometry, type Pos } from './geo.ts';
import {
  BASEMAP_ATTRIBUTION,
  CATEGORIES,
  CONTACT,
  GENERATED,
  NETWORK_DESCRIPTION,
  NETWORK_NAME,
  QUARTERS,
  SAMPLE_NOTICE,
  THEME,
  outlineNote,
} from './network.ts';
import { PARTNERS, type PartnerSpec } from './partners.ts';
import { OFFERS_NORTH } from './offers-north.ts';
import { OFFERS_SOUTH_WEST } from './offers-south-west.ts';
import { EVENTS_NORTH } from './events-north.ts';
import { EVENTS_SOUTH_WEST } from './events-south-west.ts';
import type { CostSpec, EventSpec, OfferSpec, RegistrationSpec } from './spec.ts';
import { LANGUAGES, joinText, type T8 } from './text.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
export const DEFAULT_OUT = join(REPO, 'demo/public');
export const DEFAULT_GEO = process.env.INFAMILIE_GEO_DIR ?? resolve(REPO, 'scripts/feed/data');

/** Douglas-Peucker tolerance for the base map, in metres. */
const BASEMAP_TOLERANCE_M = 25;

export const OFFERS: OfferSpec[] = [...OFFERS_NORTH, ...OFFERS_SOUTH_WEST];
export const EVENTS: EventSpec[] = [...EVENTS_NORTH, ...EVENTS_SOUTH_WEST];

export interface SampleFeed {
  index: Record<string, unknown>;
  parts: Map<string, Record<string, unknown>>;
  basemap: Record<string, unknown>;
}

export function buildSampleFeed(geo: GeoData): SampleFeed {
  const quarterGeometry = new Map<string, Geometry>();
  const quarters = QUARTERS.map((quarter) => {
    const geometry = unionOf(geo, quarter.ubz);
    quarterGeometry.set(quarter.id, geometry);
    return {
      id: quarter.id,
      name: quarter.name,
      district: quarter.district,
      since: quarter.since,
      description: joinText(quarter.intro, outlineNote(quarter.ubz)),
      geometry,
      feed: `quarters/${quarter.id}.json`,
    };
  });

  const partnerById = new Map(PARTNERS.map((partner) => [partner.id, partner]));
  const partnerGeo = new Map<string, Pos>();
  const partners = PARTNERS.map((partner) => {
    const quarter = QUARTERS.find((q) => q.id === partner.quarter);
    if (!quarter) throw new Error(`partner ${partner.id}: unknown quarter ${partner.quarter}`);
    const address = geo.addresses.get(addressKey(partner.street, partner.number));
    if (!address) throw new Error(`partner ${partner.id}: ${partner.street} ${partner.number} is not in the address register`);
    const position: Pos = [round(address.lon, 5), round(address.lat, 5)];
    if (!quarter.ubz.includes(address.ubz)) throw new Error(`partner ${partner.id}: ${partner.street} ${partner.number} lies in sub-district ${address.ubz}, not in ${quarter.ubz.join('/')}`);
    if (!pointInGeometry(position, quarterGeometry.get(quarter.id)!)) throw new Error(`partner ${partner.id}: ${partner.street} ${partner.number} lies outside the outline of ${quarter.id}`);
    const quarterSince = `${quarter.since}-01-01`;
    if (partner.memberSince < quarterSince) throw new Error(`partner ${partner.id}: member since ${partner.memberSince}, before its quarter joined (${quarter.since})`);
    partnerGeo.set(partner.id, position);
    return {
      id: partner.id,
      name: partner.name,
      kind: partner.kind,
      ...(partner.anchor ? { anchor: true } : {}),
      ...(partner.steering ? { steering: true } : {}),
      quarters: [partner.quarter],
      address: addressOf(partner),
      geo: position,
      url: websiteOf(partner),
      email: emailOf(partner),
      phone: phoneOf(partner),
      languages: partner.languages,
      accessibility: { wheelchair: partner.wheelchair, notes: partner.access },
      memberSince: partner.memberSince,
    };
  });

  const categoryIds = new Set(CATEGORIES.map((category) => category.id));
  const lookupPartner = (owner: string, id: string): PartnerSpec => {
    const partner = partnerById.get(id);
    if (!partner) throw new Error(`${owner}: unknown partner ${id}`);
    return partner;
  };
  const locationAt = (owner: string, at: string | undefined, place: T8 | undefined) => {
    if (!at && !place) return undefined;
    const host = lookupPartner(owner, at ?? '');
    return { name: place ?? { de: host.name }, address: addressOf(host), geo: partnerGeo.get(host.id)! };
  };

  const parts = new Map<string, { offers: unknown[]; events: unknown[] }>(QUARTERS.map((q) => [q.id, { offers: [], events: [] }]));
  const seen = new Set<string>();
  for (const offer of OFFERS) {
    if (seen.has(offer.id)) throw new Error(`duplicate id ${offer.id}`);
    seen.add(offer.id);
    const partner = lookupPartner(offer.id, offer.partner);
    if (!categoryIds.has(offer.category)) throw new Error(`${offer.id}: unknown category ${offer.category}`);
    const location = locationAt(offer.id, offer.at, offer.place);
    parts.get(partner.quarter)!.offers.push({
      id: offer.id,
      title: offer.title,
      summary: offer.summary,
      ...(offer.description ? { description: offer.description } : {}),
      category: offer.category,
      partner: offer.partner,
      ages: { min: offer.ages[0], max: offer.ages[1] },
      audience: offer.audience,
      languages: offer.languages,
      cost: costOf(offer.cost),
      registration: registrationOf(offer.registration, partner),
      ...(offer.weekly || offer.scheduleText ? { schedule: scheduleOf(offer) } : {}),
      ...(location ? { location } : {}),
      ...(offer.validFrom ? { validFrom: offer.validFrom } : {}),
      ...(offer.validTo ? { validTo: offer.validTo } : {}),
      updated: offer.updated,
    });
  }
  for (const event of EVENTS) {
    if (seen.has(event.id)) throw new Error(`duplicate id ${event.id}`);
    seen.add(event.id);
    const partner = lookupPartner(event.id, event.partner);
    if (!categoryIds.has(event.category)) throw new Error(`${event.id}: unknown category ${event.category}`);
    const location = locationAt(event.id, event.at ?? (event.place ? event.partner : undefined), event.place);
    parts.get(partner.quarter)!.events.push({
      id: event.id,
      title: event.title,
      description: event.description,
      category: event.category,
      partner: event.partner,
      ...timesOf(event),
      ...(event.recurrence ? { recurrence: event.recurrence } : {}),
      ...(location ? { location } : {}),
      ...(event.ages ? { ages: { min: event.ages[0], max: event.ages[1] } } : {}),
      ...(event.audience ? { audience: event.audience } : {}),
      ...(event.languages ? { languages: event.languages } : {}),
      ...(event.cost ? { cost: costOf(event.cost) } : { cost: { free: true } }),
      ...(event.registration ? { registration: registrationOf(event.registration, partner) } : {}),
      status: event.status ?? 'scheduled',
      updated: event.updated,
    });
  }

  const index = {
    version: 1,
    generated: GENERATED,
    network: {
      id: 'infamilie',
      name: NETWORK_NAME,
      description: NETWORK_DESCRIPTION,
      notice: SAMPLE_NOTICE,
      url: 'https://infamilie.example/',
      contact: CONTACT,
      theme: THEME,
      languages: [...LANGUAGES],
      basemap: { url: 'basemap.geojson', attribution: BASEMAP_ATTRIBUTION },
    },
    categories: CATEGORIES.map((category) => ({ id: category.id, name: category.name, description: category.description, icon: category.icon, color: category.color })),
    quarters,
    partners,
  };
  const partDocuments = new Map<string, Record<string, unknown>>();
  for (const [id, part] of parts) partDocuments.set(id, { version: 1, generated: GENERATED, offers: part.offers, events: part.events });
  return { index, parts: partDocuments, basemap: baseMap(geo, BASEMAP_TOLERANCE_M, BASEMAP_ATTRIBUTION.de) };
}

function addressOf(partner: PartnerSpec) {
  return { street: `${partner.street} ${partner.number}`, postalCode: partner.postalCode, city: 'Dortmund' };
}

function websiteOf(partner: PartnerSpec): string {
  return `https://${partner.domain}.example/`;
}

function emailOf(partner: PartnerSpec): string {
  return `info@${partner.domain}.example`;
}

function phoneOf(partner: PartnerSpec): string {
  return `+49 231 9999${partner.phone}`;
}

function costOf(cost: CostSpec | undefined) {
  if (!cost) return { free: true };
  return cost.note ? { free: cost.free, note: cost.note } : { free: cost.free };
}

function registrationOf(spec: RegistrationSpec | undefined, partner: PartnerSpec) {
  if (!spec) return { required: false };
  const via = spec.via ?? [];
  return {
    required: spec.required,
    ...(via.includes('url') ? { url: `${websiteOf(partner)}anmeldung` } : {}),
    ...(via.includes('email') ? { email: emailOf(partner) } : {}),
    ...(via.includes('phone') ? { phone: phoneOf(partner) } : {}),
    ...(spec.note ? { note: spec.note } : {}),
  };
}

function scheduleOf(offer: OfferSpec) {
  const weekly = (offer.weekly ?? []).flatMap(([days, opens, closes]) => days.map((day) => ({ day, opens, closes })));
  return { ...(offer.scheduleText ? { text: offer.scheduleText } : {}), ...(weekly.length ? { weekly } : {}) };
}

/** `2027-03-03` + `10:00` -> `2027-03-03T10:00:00+01:00`, with the offset Berlin has on that day. */
export function berlinDateTime(date: string, time: string): string {
  const { year, month, day } = parseCivilDate(date);
  const [hour, minute] = time.split(':').map(Number);
  const offset = berlinOffsetMinutes(fromBerlin({ year, month, day, hour, minute }));
  return `${date}T${time}:00+0${offset / 60}:00`;
}

function timesOf(event: EventSpec) {
  if (!event.from) return { start: event.date, end: event.endDate ?? event.date, allDay: true };
  if (!event.to) throw new Error(`${event.id}: a start time needs an end time`);
  return { start: berlinDateTime(event.date, event.from), end: berlinDateTime(event.endDate ?? event.date, event.to) };
}

/**
 * JSON with two-space indentation, except that arrays of numbers, strings or nested number arrays
 * (positions, rings, language lists) stay on one line: readable, and the outlines stay short.
 */
export function stringify(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isFlat)) return JSON.stringify(value);
    const inner = indent + '  ';
    return `[\n${value.map((item) => inner + stringify(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${stringify(item, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function isFlat(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((item) => typeof item === 'number' || isFlat(item));
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

export function writeSampleFeed(outDir: string, geoDir: string): string[] {
  const feed = buildSampleFeed(loadGeoData(geoDir));
  mkdirSync(join(outDir, 'quarters'), { recursive: true });
  const written: string[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(join(outDir, name), text);
    written.push(name);
  };
  write('feed.json', stringify(feed.index) + '\n');
  for (const [id, part] of feed.parts) write(`quarters/${id}.json`, stringify(part) + '\n');
  // The base map is only drawn, never read by people: compact.
  write('basemap.geojson', JSON.stringify(feed.basemap) + '\n');
  return written;
}

function main(argv: string[]): void {
  let out = DEFAULT_OUT;
  let geo = DEFAULT_GEO;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' && argv[i + 1]) out = resolve(argv[++i]);
    else if (arg === '--geo' && argv[i + 1]) geo = resolve(argv[++i]);
    else {
      console.error('Usage: tsx scripts/sample-feed/generate.ts [--out <dir>] [--geo <dir with dortmund-addresses.csv.gz and dortmund-ubz.geojson>]');
      process.exitCode = 2;
      return;
    }
  }
  const written = writeSampleFeed(out, geo);
  console.log(`Sample feed written to ${out}: ${written.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
