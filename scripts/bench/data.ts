/**
 * The benchmarks' data, deterministic: a month of 2,000 occurrences for the calendar, and Dortmund's
 * 170 statistical sub-districts with partners at addresses of the city's register for the map
 * (scripts/feed/data/, geodata: Stadt Dortmund). The city-scale feed is in city-feed.ts.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { localize, monthRange, occurrences, parseFeed, type FeedInput } from '@infamilie/feed';
import { GEO_DIR } from './harness.ts';

/** The calendar's month: March 2027 has a clock change in it. */
export const CALENDAR_MONTH: [number, number] = [2027, 3];
export const CALENDAR_OCCURRENCES = 2000;

type EventInput = NonNullable<FeedInput['events']>[number];

/** A deterministic feed whose March 2027 holds exactly 2,000 occurrences (recurring, multi-day, a busy day). */
export function calendarFeed(): FeedInput {
  let seed = 20270301;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pad = (n: number) => String(n).padStart(2, '0');
  const quarters = Array.from({ length: 6 }, (_, i) => ({ id: `quartier-${i}`, name: `Quartier ${i}` }));
  const partners = Array.from({ length: 60 }, (_, i) => ({ id: `partner-${i}`, name: `Kita ${i}`, quarters: [quarters[i % 6].id], address: { street: `Straße ${i}`, city: 'Dortmund' } }));
  const categories = ['language', 'parents', 'leisure', 'counselling'].map((id, i) => ({ id, name: `Kategorie ${i}`, color: ['#00577d', '#b8326a', '#2e7d32', '#6a4c93'][i] }));
  const events: EventInput[] = [];
  const base = (i: number) => ({ title: { de: `Termin ${i}`, en: `Event ${i}` }, partner: partners[i % 60].id, category: categories[i % 4].id, ages: { min: i % 6, max: (i % 6) + 4 } });
  // Weekly series over the clock change, multi-day and all-day events, a busy day, then single events.
  for (let i = 0; i < 150; i++) {
    const dayOfMonth = 1 + (i % 7);
    events.push({ id: `serie-${i}`, ...base(i), start: `2027-03-0${dayOfMonth}T${pad(8 + (i % 10))}:00:00+01:00`, end: `2027-03-0${dayOfMonth}T${pad(9 + (i % 10))}:30:00+01:00`, recurrence: { freq: 'weekly', until: '2027-12-31' } });
  }
  for (let i = 0; i < 40; i++) events.push({ id: `freizeit-${i}`, ...base(i), start: `2027-03-${pad(1 + (i % 26))}`, end: `2027-03-${pad(3 + (i % 26))}`, allDay: true });
  for (let i = 0; i < 300; i++) events.push({ id: `markt-${i}`, ...base(i), start: `2027-03-18T${pad(8 + (i % 12))}:00:00+01:00`, status: i % 10 ? 'scheduled' : 'cancelled' });
  const [from, to] = monthRange(...CALENDAR_MONTH);
  const count = () => occurrences(events as never, from, to).length;
  for (let i = 0, have = count(); have < CALENDAR_OCCURRENCES; i++, have++) {
    const dayOfMonth = 1 + Math.floor(random() * 31);
    const hour = 8 + Math.floor(random() * 12);
    const offset = dayOfMonth >= 28 && !(dayOfMonth === 28 && hour < 3) ? '+02:00' : '+01:00';
    events.push({ id: `einzel-${i}`, ...base(i), start: `2027-03-${pad(dayOfMonth)}T${pad(hour)}:${pad(Math.floor(random() * 4) * 15)}:00${offset}` });
  }
  return { version: 1, network: { id: 'bench', name: 'Netzwerk INFamilie' }, categories, quarters, partners, events };
}

/** FullCalendar's event objects for the same month: our occurrences, expanded beforehand in Node. */
export function fullCalendarEvents(input: FeedInput): { id: string; title: string; start: string | number; end?: string | number; allDay: boolean; color?: string }[] {
  const [from, to] = monthRange(...CALENDAR_MONTH);
  const feed = parseFeed(input).feed;
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
  const colors = new Map(feed.categories.map((category) => [category.id, category.color]));
  return occurrences(feed.events, from, to).map((occurrence) => ({
    id: occurrence.id,
    title: localize(occurrence.event.title, 'de'),
    // All-day: Berlin dates, the end exclusive (as ours); timed: instants.
    start: occurrence.allDay ? day.format(occurrence.start) : occurrence.start,
    ...(occurrence.end > occurrence.start ? { end: occurrence.allDay ? day.format(occurrence.end) : occurrence.end } : {}),
    allDay: occurrence.allDay,
    color: colors.get(occurrence.event.category ?? '') ?? undefined,
  }));
}

export interface MapFeed {
  version: 1;
  network: { id: string; name: string };
  quarters: { id: string; name: string; district: string; geometry: GeoJSON.Geometry }[];
  partners: { id: string; name: string; geo: [number, number] }[];
  offers: { id: string; title: string; partner: string }[];
}

/** Quarters are the 170 sub-districts; partners sit at addresses of the city's register, picked evenly, each in its sub-district. */
export function mapFeed(partnerCount: number): MapFeed {
  const collection = JSON.parse(readFileSync(`${GEO_DIR}/dortmund-ubz.geojson`, 'utf8')) as { features: { properties: { ubz: string }; geometry: GeoJSON.Geometry }[] };
  const quarters = collection.features.map((feature) => ({
    id: `ubz-${feature.properties.ubz}`,
    name: `Unterbezirk ${feature.properties.ubz}`,
    district: 'Dortmund',
    geometry: feature.geometry,
  }));
  const known = new Set(quarters.map((q) => q.id));
  const lines = gunzipSync(readFileSync(`${GEO_DIR}/dortmund-addresses.csv.gz`)).toString('utf8').trim().split(/\r?\n/).slice(1);
  const step = Math.max(1, Math.floor(lines.length / partnerCount));
  const kinds = ['daycare', 'school', 'family-centre', 'counselling', 'association'] as const;
  const partners: MapFeed['partners'] = [];
  for (let i = 0; partners.length < partnerCount && i < lines.length; i += step) {
    const [street, number, suffix, lon, lat, ubz] = lines[i].split(',');
    if (!known.has(`ubz-${ubz}`)) continue;
    const n = partners.length;
    partners.push({
      id: `partner-${n}`,
      name: `${['Kita', 'Grundschule', 'Familienzentrum', 'Beratungsstelle', 'Verein'][n % 5]} ${n}`,
      kind: kinds[n % 5],
      anchor: n % 9 === 0,
      quarters: [`ubz-${ubz}`],
      address: { street: `${street.charAt(0)}${street.slice(1).toLowerCase()} ${number}${suffix}`, city: 'Dortmund' },
      geo: [Number(lon), Number(lat)],
    } as MapFeed['partners'][number]);
  }
  const offers = Array.from({ length: partnerCount * 2 }, (_, i) => ({ id: `angebot-${i}`, title: `Angebot ${i}`, partner: `partner-${(i * 7) % partners.length}` }));
  return { version: 1, network: { id: 'bench', name: 'Benchmark' }, quarters, partners, offers };
}

/** The same sub-districts as a GeoJSON FeatureCollection and the partners' positions, for Leaflet. */
export function leafletData(feed: MapFeed): { quarters: GeoJSON.FeatureCollection; markers: [number, number][] } {
  return {
    quarters: { type: 'FeatureCollection', features: feed.quarters.map((q) => ({ type: 'Feature', properties: { id: q.id, name: q.name }, geometry: q.geometry })) },
    markers: feed.partners.map((p) => p.geo),
  };
}
