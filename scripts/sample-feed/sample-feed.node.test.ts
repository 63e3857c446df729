/**
 * The sample feed in demo/public: read cleanly by the tolerant reader, rich enough for the demo and the
 * widgets' tests, placed correctly on the map, and exactly what the generator writes.
 *
 *   node --import tsx --test scripts/sample-feed/sample-feed.node.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  agesOverlap,
  occurrencesOf,
  parseFeed,
  parseFeedPart,
  toBerlin,
  type Feed,
  type FeedEvent,
  type Geometry,
  type Offer,
} from '@infamilie/feed';
import { selfIntersects } from './geo.ts';
import { DEFAULT_GEO } from './generate.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const PUBLIC = join(REPO, 'demo/public');

const indexText = readFileSync(join(PUBLIC, 'feed.json'), 'utf8');
const index = parseFeed(indexText);
const feed: Feed = index.feed;
const parts = feed.quarters.map((quarter) => {
  const file = join(PUBLIC, quarter.feed ?? '');
  return { quarter, file, exists: !!quarter.feed && existsSync(file) };
});
const partResults = parts.filter((p) => p.exists).map((p) => ({ ...p, result: parseFeedPart(readFileSync(p.file, 'utf8'), p.quarter.feed) }));
const offers: Offer[] = partResults.flatMap((p) => p.result.part.offers);
const events: FeedEvent[] = partResults.flatMap((p) => p.result.part.events);

const WINDOW_FROM = '2026-12-01';
const WINDOW_TO = '2027-12-01';
const REQUIRED_LANGUAGES = ['en', 'tr', 'ar', 'uk', 'bg'];
const LIFE_PHASES: [number, number][] = [
  [0, 2],
  [2, 4],
  [4, 6],
  [6, 10],
];

test('the index and every quarter part are read with nothing dropped', () => {
  assert.deepEqual(index.dropped, []);
  for (const { quarter, result } of partResults) assert.deepEqual(result.dropped, [], `part of ${quarter.id}`);
});

test('every quarter points to a part that exists, and every part belongs to a quarter', () => {
  assert.equal(feed.quarters.length, 6);
  for (const part of parts) assert.ok(part.exists, `${part.quarter.id}: ${part.quarter.feed} is missing`);
  const files = readdirSync(join(PUBLIC, 'quarters')).sort();
  assert.deepEqual(files, feed.quarters.map((q) => `${q.id}.json`).sort());
});

test('the index holds network, categories, quarters and partners; the parts hold offers and events', () => {
  const raw = JSON.parse(indexText);
  assert.equal(raw.offers, undefined);
  assert.equal(raw.events, undefined);
  assert.equal(feed.network.id, 'infamilie');
  assert.deepEqual(feed.network.languages, ['de', 'en', 'tr', 'ar', 'uk', 'bg', 'ro', 'pl']);
  assert.match(feed.network.notice?.de ?? '', /Beispieldaten/);
  for (const lang of REQUIRED_LANGUAGES) assert.ok(feed.network.notice?.[lang], `notice in ${lang}`);
  assert.equal(feed.network.basemap?.url, 'basemap.geojson');
  assert.match(feed.network.basemap?.attribution?.de ?? '', /Stadt Dortmund/);
});

test('partners: at least 15, of every kind the sample needs, with anchors and steering members in every quarter', () => {
  assert.ok(feed.partners.length >= 15, `${feed.partners.length} partners`);
  const kinds = new Set(feed.partners.map((p) => p.kind));
  for (const kind of ['daycare', 'school', 'family-centre', 'counselling', 'association', 'housing', 'health', 'youth-welfare']) {
    assert.ok(kinds.has(kind as never), `a partner of kind ${kind}`);
  }
  for (const quarter of feed.quarters) {
    const members = feed.partners.filter((p) => p.quarters?.includes(quarter.id));
    assert.ok(members.some((p) => p.anchor), `an anchor site in ${quarter.id}`);
    assert.ok(members.some((p) => p.steering), `a steering-group member in ${quarter.id}`);
    for (const partner of members) {
      assert.ok(partner.memberSince && partner.memberSince >= `${quarter.since}`, `${partner.id} joined after its quarter`);
    }
  }
});

test('partners: fictional contacts, normal street spelling, plausible postal codes', () => {
  const postalCodes: Record<string, string[]> = {
    brunnenstrassenviertel: ['44145', '44147'],
    libellenviertel: ['44145', '44147'],
    maerchensiedlung: ['44339'],
    unionviertel: ['44137', '44147'],
    'westerfilde-bodelschwingh': ['44357'],
    'clarenberg-hoerder-neumarkt': ['44263'],
  };
  for (const partner of feed.partners) {
    assert.match(partner.phone ?? '', /^\+49 231 9999\d{3}$/, partner.id);
    assert.match(partner.email ?? '', /\.example$/, partner.id);
    assert.match(partner.url ?? '', /^https:\/\/[a-z0-9-]+\.example\/$/, partner.id);
    const street = partner.address?.street ?? '';
    assert.match(street, /^\p{Lu}[\p{Ll}ß]+.* \d+[A-Z]?$/u, `${partner.id}: "${street}"`);
    assert.notEqual(street, street.toUpperCase(), partner.id);
    assert.ok(postalCodes[partner.quarters![0]].includes(partner.address?.postalCode ?? ''), `${partner.id}: ${partner.address?.postalCode}`);
  }
});

test("every partner's position lies inside its quarter's outline", () => {
  for (const partner of feed.partners) {
    const quarter = feed.quarters.find((q) => q.id === partner.quarters?.[0]);
    assert.ok(quarter?.geometry, `${partner.id} has a quarter with an outline`);
    assert.ok(partner.geo && insideGeometry(partner.geo, quarter.geometry), `${partner.id} at ${partner.geo} lies in ${quarter.id}`);
  }
});

test('quarter outlines are valid: closed rings of four or more positions, no self-crossing, 5 decimals', () => {
  for (const quarter of feed.quarters) {
    const geometry = quarter.geometry!;
    assert.ok(['Polygon', 'MultiPolygon'].includes(geometry.type));
    for (const ring of ringsOf(geometry)) {
      assert.ok(ring.length >= 4, quarter.id);
      assert.deepEqual(ring[0], ring[ring.length - 1], quarter.id);
      assert.equal(selfIntersects(ring as [number, number][]), false, `${quarter.id}: a ring crosses itself`);
      for (const [lon, lat] of ring) assert.ok(decimals(lon) <= 5 && decimals(lat) <= 5, quarter.id);
    }
  }
});

test('offers: at least 40, every category used, every life phase covered by at least 5', () => {
  assert.ok(offers.length >= 40, `${offers.length} offers`);
  const used = new Set(offers.map((o) => o.category));
  for (const category of feed.categories) assert.ok(used.has(category.id), `an offer in ${category.id}`);
  for (const [min, max] of LIFE_PHASES) {
    const covering = offers.filter((o) => o.ages && agesOverlap(o.ages, { min, max }));
    assert.ok(covering.length >= 5, `${covering.length} offers for ages ${min}-${max}`);
  }
  const ids = new Set([...feed.partners.map((p) => p.id)]);
  const categories = new Set(feed.categories.map((c) => c.id));
  for (const item of [...offers, ...events]) {
    assert.ok(item.partner && ids.has(item.partner), `${item.id}: partner ${item.partner}`);
    assert.ok(item.category && categories.has(item.category), `${item.id}: category ${item.category}`);
  }
});

test('offers: a few were checked more than 12 months ago, some are limited in time, some cost or need registration', () => {
  assert.ok(offers.filter((o) => (o.updated ?? '') < '2025-11-20').length >= 3);
  assert.ok(offers.some((o) => o.validFrom && o.validTo));
  assert.ok(offers.some((o) => o.cost?.free === false && o.cost.note));
  assert.ok(offers.some((o) => o.registration?.required && (o.registration.url || o.registration.email || o.registration.phone)));
  assert.ok(offers.filter((o) => o.schedule?.weekly?.length).length >= 30);
});

test('every offer title and summary, and every event title, is translated into en, tr, ar, uk and bg', () => {
  for (const offer of offers) {
    for (const lang of REQUIRED_LANGUAGES) {
      assert.ok(offer.title[lang]?.trim(), `${offer.id}: title in ${lang}`);
      assert.ok(offer.summary?.[lang]?.trim(), `${offer.id}: summary in ${lang}`);
      assert.notEqual(offer.summary?.[lang], offer.summary?.de, `${offer.id}: summary in ${lang} is German`);
    }
  }
  for (const event of events) for (const lang of REQUIRED_LANGUAGES) assert.ok(event.title[lang]?.trim(), `${event.id}: title in ${lang}`);
  for (const item of [...feed.categories, ...feed.quarters]) for (const lang of REQUIRED_LANGUAGES) assert.ok(item.name[lang], `${item.id}: name in ${lang}`);
});

test('events: at least 30 in December 2026 to November 2027, recurring, cancelled and postponed ones among them', () => {
  const inWindow = events.filter((event) => occurrencesOf(event, WINDOW_FROM, WINDOW_TO).length > 0);
  assert.ok(inWindow.length >= 30, `${inWindow.length} events in the window`);
  assert.ok(events.filter((e) => e.recurrence).length >= 10, 'recurring events');
  assert.ok(events.filter((e) => e.status === 'cancelled').length >= 2, 'cancelled events');
  assert.ok(events.some((e) => e.status === 'postponed'), 'a postponed event');
  assert.ok(events.some((e) => e.recurrence?.interval === 2), 'a biweekly event');
  assert.ok(events.some((e) => e.recurrence?.byDay?.some((d) => /^\d/.test(d))), 'a monthly "1mo"-style rule');
  assert.ok(events.some((e) => e.recurrence?.byDay?.some((d) => d.startsWith('-'))), 'a monthly "-1fr"-style rule');
  assert.ok(events.some((e) => e.allDay && e.end && e.end > e.start), 'a multi-day all-day event');
  for (const event of events) {
    const all = occurrencesOf(event, '2026-01-01', '2028-12-31');
    assert.ok(all.length > 0, `${event.id} happens`);
    for (const occurrence of all) {
      assert.ok(occurrence.start >= Date.parse('2026-12-01T00:00:00+01:00') && occurrence.start < Date.parse('2027-12-01T00:00:00+01:00'), `${event.id}: ${occurrence.id} in the window`);
    }
  }
});

test('event times carry the Berlin offset of their day, and series keep their wall-clock time across DST', () => {
  const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });
  const spanning = events.filter((e) => {
    const days = occurrencesOf(e, WINDOW_FROM, WINDOW_TO).map((o) => o.start);
    return e.recurrence && days.some((d) => d < Date.parse('2027-03-28T00:00:00Z')) && days.some((d) => d > Date.parse('2027-03-29T00:00:00Z'));
  });
  assert.ok(spanning.some((e) => e.start.startsWith('2027-03')), 'a weekly series starting in March runs into April');
  for (const event of events) {
    for (const value of [event.start, event.end].filter((v): v is string => !!v && v.length > 10)) {
      const offset = berlin.formatToParts(new Date(value)).find((part) => part.type === 'timeZoneName')!.value.replace('GMT', '');
      assert.equal(value.slice(-6), offset, `${event.id}: ${value}`);
    }
    if (event.allDay) continue;
    const wall = toBerlin(Date.parse(event.start));
    for (const occurrence of occurrencesOf(event, WINDOW_FROM, WINDOW_TO)) {
      const at = toBerlin(occurrence.start);
      assert.deepEqual([at.hour, at.minute], [wall.hour, wall.minute], `${occurrence.id} keeps ${wall.hour}:${wall.minute}`);
    }
  }
});

test('recurring events start on a day of their rule, and every exception is a day the rule would meet', () => {
  for (const event of events.filter((e) => e.recurrence)) {
    const rule = event.recurrence!;
    assert.ok(rule.byDay?.some((code) => matchesByDay(event.start.slice(0, 10), code)), `${event.id} starts on ${rule.byDay}`);
    if (!rule.except?.length) continue;
    const withoutExceptions = { ...event, recurrence: { ...rule, except: undefined } };
    const days = new Set(occurrencesOf(withoutExceptions, WINDOW_FROM, WINDOW_TO).map((o) => o.id.slice(-10)));
    for (const day of rule.except) assert.ok(days.has(day), `${event.id}: except ${day} is not an occurrence`);
  }
});

test('category colours are readable with white text (contrast at least 4.5:1)', () => {
  for (const category of feed.categories) {
    assert.ok(category.icon, `${category.id} has an icon`);
    assert.ok(contrastWithWhite(category.color ?? '#ffffff') >= 4.5, `${category.id}: ${category.color}`);
  }
});

test('the base map: 170 sub-districts, small, valid rings, 4 decimals, attributed', () => {
  const text = readFileSync(join(PUBLIC, 'basemap.geojson'), 'utf8');
  assert.ok(text.length < 150_000, `${text.length} bytes`);
  const map = JSON.parse(text);
  assert.equal(map.type, 'FeatureCollection');
  assert.match(map.attribution, /Stadt Dortmund/);
  assert.equal(map.features.length, 170);
  assert.equal(new Set(map.features.map((f: { properties: { ubz: string } }) => f.properties.ubz)).size, 170);
  for (const feature of map.features) {
    for (const ring of ringsOf(feature.geometry)) {
      assert.ok(ring.length >= 4 && ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1], feature.properties.ubz);
      for (const [lon, lat] of ring) assert.ok(decimals(lon) <= 4 && decimals(lat) <= 4);
    }
  }
});

test('running the generator again writes byte-identical files', { skip: !existsSync(join(DEFAULT_GEO, 'dortmund-ubz.geojson')) && `no geodata at ${DEFAULT_GEO}` }, () => {
  const out = mkdtempSync(join(tmpdir(), 'infamilie-sample-'));
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(HERE, 'generate.ts'), '--out', out], { cwd: REPO, stdio: 'pipe' });
    const names = ['feed.json', 'basemap.geojson', ...readdirSync(join(out, 'quarters')).map((name) => `quarters/${name}`)];
    assert.equal(names.length, 2 + feed.quarters.length);
    for (const name of names) assert.ok(readFileSync(join(out, name)).equals(readFileSync(join(PUBLIC, name))), `${name} differs from demo/public/${name}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

// ---- helpers --------------------------------------------------------------------------------------

function ringsOf(geometry: Geometry): number[][][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Even-odd ray casting, written independently of the generator's own check. */
function insideGeometry([x, y]: readonly number[], geometry: Geometry): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => {
    let crossings = 0;
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1];
        const [x2, y2] = ring[i];
        if (y1 > y !== y2 > y && x < x1 + ((y - y1) / (y2 - y1)) * (x2 - x1)) crossings++;
      }
    }
    return crossings % 2 === 1;
  });
}

function decimals(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

const WEEKDAY_INDEX: Record<string, number> = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 0 };

/** Whether a date falls on a byDay code: `we`, `1mo` (first Monday), `-1fr` (last Friday). */
function matchesByDay(date: string, code: string): boolean {
  const match = /^(-?\d)?([a-z]{2})$/.exec(code)!;
  const day = new Date(`${date}T12:00:00Z`);
  if (day.getUTCDay() !== WEEKDAY_INDEX[match[2]]) return false;
  if (!match[1]) return true;
  const position = Number(match[1]);
  const dayOfMonth = day.getUTCDate();
  const daysInMonth = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
  return position > 0 ? Math.ceil(dayOfMonth / 7) === position : Math.ceil((daysInMonth - dayOfMonth + 1) / 7) === -position;
}

function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}
