/**
 * fast-check arbitraries of feed documents: valid ones built from the schema's shapes, nearly valid ones
 * (valid feeds with random mutations), and garbage. Pure (fast-check and types only), so that the feed
 * package's Node property test uses the same documents as the browser fuzz test.
 */
import fc from 'fast-check';
import type { FeedInput } from '@infamilie/feed';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './payloads.ts';

/** A fixed seed, so that CI is deterministic; `FC_SEED` (Node) or `fc-seed.txt` (browser) replays another. */
export const DEFAULT_SEED = 20_260_718;

export function seedFrom(value: string | undefined | null): number {
  const seed = Number(String(value ?? '').trim());
  return value && Number.isSafeInteger(seed) ? seed : DEFAULT_SEED;
}

const HOSTILE_TEXTS = TEXT_PAYLOADS.filter((_, i) => i % 7 === 0).map((p) => p.value);
const HOSTILE_URLS = URL_PAYLOADS.map((p) => p.value);

const LANGUAGES = ['de', 'en', 'tr', 'ar', 'bg', 'ro', 'pl', 'uk', 'pt-BR', 'fa'] as const;
const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
const KINDS = ['daycare', 'school', 'family-centre', 'counselling', 'youth-welfare', 'association', 'housing', 'health', 'public-office', 'other'] as const;
const ICONS = ['language', 'childcare', 'parents', 'qualification', 'leisure', 'counselling', 'meals', 'playground', 'health', 'early-help', 'unknown-icon'] as const;
const COLOURS = ['#e30613', '#005a9c', '#fff', 'rgb(0 90 160)', 'hsl(200 50% 40%)', 'oklch(0.6 0.1 200)', 'rebeccapurple', 'transparent'] as const;
const DAY = 86_400_000;
/** Around March 2027, the month the stage's calendars show. */
const EPOCH = Date.UTC(2027, 2, 1);

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;

/** Short texts: plain, any Unicode, sometimes a payload of the corpus. */
export const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
);
const localizedArb = fc.oneof(
  textArb,
  fc.record({ de: textArb, en: textArb, tr: textArb, ar: textArb }, { requiredKeys: ['de'] }),
);
const webUrlArb = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
);
const emailArb = fc.oneof(fc.emailAddress(), fc.constantFrom('info@kita.example', 'x@y.de"><img src=x>', 'javascript:alert(1)//@x.de'));
const phoneArb = fc.oneof(fc.stringMatching(/^\+?[0-9 ()/.-]{3,30}$/), fc.constantFrom('+49 231 1234567', 'javascript:1', '<script>'));
const agesArb = fc.tuple(fc.integer({ min: 0, max: 18 }), fc.integer({ min: 0, max: 18 })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
const addressArb = fc.record({ street: textArb, postalCode: fc.stringMatching(/^\d{5}$/), city: fc.constantFrom('Dortmund', 'Lünen') }, { requiredKeys: [] });
const positionArb = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.double({ min: 7.35, max: 7.6, noNaN: true }), fc.double({ min: 51.45, max: 51.6, noNaN: true })) },
  { weight: 1, arbitrary: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })) },
);
const squareArb = fc.tuple(positionArb, fc.double({ min: 0.0005, max: 0.05, noNaN: true })).map(([[x, y], size]) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
}));
const scheduleArb = fc.record(
  {
    text: localizedArb,
    weekly: fc.array(
      fc.tuple(fc.constantFrom(...WEEKDAYS), fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 4 })).map(([day, from, hours]) => ({
        day,
        opens: `${pad(from)}:00`,
        closes: `${pad(Math.min(23, from + hours))}:30`,
      })),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: [] },
);
const registrationArb = fc.record({ required: fc.boolean(), url: webUrlArb, email: emailArb, phone: phoneArb, note: localizedArb }, { requiredKeys: [] });
const costArb = fc.record({ free: fc.boolean(), note: localizedArb }, { requiredKeys: [] });

/** References: mostly known ids (`c0`..), sometimes an unknown one. */
const ref = (prefix: string, count: number) => (count ? fc.oneof({ weight: 5, arbitrary: fc.nat(count - 1).map((i) => `${prefix}${i}`) }, { weight: 1, arbitrary: fc.constant(`${prefix}-unknown`) }) : fc.constant(`${prefix}-unknown`));

const eventArb = (i: number, counts: Counts) =>
  fc
    .record({
      startDay: fc.integer({ min: -45, max: 75 }),
      minute: fc.integer({ min: 6 * 60, max: 21 * 60 }),
      duration: fc.integer({ min: 0, max: 3 * 24 * 60 }),
      allDay: fc.boolean(),
      fields: fc.record(
        {
          description: localizedArb,
          category: ref('c', counts.categories),
          partner: ref('p', counts.partners),
          quarters: fc.array(ref('q', counts.quarters), { maxLength: 2 }),
          location: fc.record({ name: localizedArb, address: addressArb, geo: positionArb }, { requiredKeys: [] }),
          ages: agesArb,
          audience: fc.constantFrom('children', 'parents', 'families', ['parents', 'children']),
          languages: fc.array(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
          cost: costArb,
          registration: registrationArb,
          status: fc.constantFrom('scheduled', 'cancelled', 'postponed'),
          url: webUrlArb,
        },
        { requiredKeys: [] },
      ),
      recurrence: fc.option(
        fc.record(
          {
            freq: fc.constantFrom('daily', 'weekly', 'monthly'),
            interval: fc.integer({ min: 1, max: 4 }),
            count: fc.integer({ min: 1, max: 40 }),
            untilDays: fc.integer({ min: 0, max: 120 }),
            except: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 3 }),
          },
          { requiredKeys: ['freq'] },
        ),
        { freq: 4 },
      ),
      title: localizedArb,
    })
    .map(({ startDay, minute, duration, allDay, fields, recurrence, title }) => {
      const start = EPOCH + startDay * DAY + minute * 60_000;
      const event: Record<string, unknown> = { id: `e${i}`, title, ...fields };
      if (allDay) Object.assign(event, { allDay: true, start: isoDay(start), end: isoDay(start + Math.floor(duration / 1440) * DAY) });
      else Object.assign(event, { start: isoTime(start), end: isoTime(start + duration * 60_000) });
      if (recurrence) {
        const { untilDays, except, ...rule } = recurrence;
        event.recurrence = {
          ...rule,
          ...(untilDays !== undefined ? { until: isoDay(start + untilDays * DAY) } : {}),
          ...(except ? { except: except.map((d) => isoDay(start + d * DAY)) } : {}),
        };
      }
      return event;
    });

interface Counts {
  categories: number;
  quarters: number;
  partners: number;
  offers: number;
  events: number;
}

const countsArb = fc.record({
  categories: fc.integer({ min: 0, max: 5 }),
  quarters: fc.integer({ min: 0, max: 5 }),
  partners: fc.integer({ min: 0, max: 10 }),
  offers: fc.integer({ min: 0, max: 14 }),
  events: fc.integer({ min: 0, max: 14 }),
});

const list = <T>(count: number, item: (i: number) => fc.Arbitrary<T>) => (count ? fc.tuple(...Array.from({ length: count }, (_, i) => item(i))) : fc.constant([] as T[]));

/** Feeds as the schema describes them (the reader may still drop a generated link or outline). */
export const validFeedArb: fc.Arbitrary<FeedInput> = countsArb.chain((counts) =>
  fc
    .record({
      network: fc.record(
        {
          id: fc.constant('infamilie'),
          name: localizedArb,
          description: localizedArb,
          notice: localizedArb,
          url: webUrlArb,
          logo: webUrlArb,
          contact: fc.record({ email: emailArb, phone: phoneArb, address: addressArb }, { requiredKeys: [] }),
          theme: fc.record({ primary: fc.constantFrom(...COLOURS), onPrimary: fc.constantFrom(...COLOURS), accent: fc.constantFrom(...COLOURS) }, { requiredKeys: [] }),
          languages: fc.array(fc.constantFrom(...LANGUAGES), { maxLength: 4 }),
        },
        { requiredKeys: ['id', 'name'] },
      ),
      categories: list(counts.categories, (i) =>
        fc.record({ id: fc.constant(`c${i}`), name: localizedArb, description: localizedArb, icon: fc.constantFrom(...ICONS), color: fc.constantFrom(...COLOURS) }, { requiredKeys: ['id', 'name'] }),
      ),
      quarters: list(counts.quarters, (i) =>
        fc.record({ id: fc.constant(`q${i}`), name: localizedArb, district: textArb, since: fc.integer({ min: 1990, max: 2030 }), description: localizedArb, geometry: squareArb }, { requiredKeys: ['id', 'name'] }),
      ),
      partners: list(counts.partners, (i) =>
        fc.record(
          {
            id: fc.constant(`p${i}`),
            name: localizedArb,
            kind: fc.constantFrom(...KINDS),
            anchor: fc.boolean(),
            steering: fc.boolean(),
            quarters: fc.array(ref('q', counts.quarters), { maxLength: 2 }),
            address: addressArb,
            geo: positionArb,
            url: webUrlArb,
            email: emailArb,
            phone: phoneArb,
            languages: fc.array(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
            accessibility: fc.record({ wheelchair: fc.boolean(), notes: localizedArb }, { requiredKeys: [] }),
          },
          { requiredKeys: ['id', 'name'] },
        ),
      ),
      offers: list(counts.offers, (i) =>
        fc.record(
          {
            id: fc.constant(`o${i}`),
            title: localizedArb,
            summary: localizedArb,
            description: localizedArb,
            category: ref('c', counts.categories),
            partner: ref('p', counts.partners),
            quarters: fc.array(ref('q', counts.quarters), { maxLength: 2 }),
            ages: agesArb,
            audience: fc.constantFrom('children', 'parents', 'families', 'professionals', ['children', 'parents']),
            languages: fc.array(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
            cost: costArb,
            registration: registrationArb,
            schedule: scheduleArb,
            location: fc.record({ name: localizedArb, address: addressArb, geo: positionArb }, { requiredKeys: [] }),
            accessibility: fc.record({ wheelchair: fc.boolean(), notes: localizedArb }, { requiredKeys: [] }),
            url: webUrlArb,
          },
          { requiredKeys: ['id', 'title'] },
        ),
      ),
      events: list(counts.events, (i) => eventArb(i, counts)),
    })
    .map((parts) => ({ version: 1, generated: '2027-02-01T09:00:00+01:00', ...parts }) as unknown as FeedInput),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const MUTATIONS = ['delete', 'wrong-type', 'out-of-range', 'huge-array', 'deep', 'duplicate-id', 'unknown-ref', 'hostile'] as const;
interface MutationSpec {
  kind: (typeof MUTATIONS)[number];
  /** Chooses the place among the candidates (modulo their number). */
  at: number;
  value: Json;
  number: number;
  hostile: string;
}

const mutationArb: fc.Arbitrary<MutationSpec> = fc.record({
  kind: fc.constantFrom(...MUTATIONS),
  at: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  number: fc.constantFrom(-1, -1e308, 1e308, 9_007_199_254_740_993, 1e-320, 121, -181, 91, 1e21, 0.5),
  hostile: fc.constantFrom(...HOSTILE_TEXTS, ...HOSTILE_URLS),
});

/**
 * The paths in a document (object keys and array indexes), the document itself as []: down to the depth
 * of a feed's own fields and at most 20 000 of them, since earlier mutations may have nested deep or wide.
 */
function pathsOf(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length >= 20_000) return out;
  out.push(path);
  if (path.length >= 8) return out;
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) pathsOf(value[key], [...path, key], out);
  return out;
}

function parentOf(doc: Json, path: (string | number)[]): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, Json>)[key as string] : undefined;
  return node;
}

/** Applies a mutation to a (cloned) document: where is chosen by `at` among the paths of the right kind. */
export function mutate(doc: Json, mutation: MutationSpec): Json {
  const paths = pathsOf(doc).filter((p) => p.length > 0);
  if (!paths.length) return doc;
  const pick = (candidates: (string | number)[][]) => (candidates.length ? candidates[mutation.at % candidates.length] : undefined);
  const set = (path: (string | number)[] | undefined, value: Json) => {
    if (!path) return;
    const parent = parentOf(doc, path);
    if (parent && typeof parent === 'object') (parent as Record<string, Json>)[path[path.length - 1] as string] = value;
  };
  const valueAt = (path: (string | number)[]) => path.reduce<Json | undefined>((node, key) => (node && typeof node === 'object' ? (node as Record<string, Json>)[key as string] : undefined), doc);
  switch (mutation.kind) {
    case 'delete': {
      const path = pick(paths)!;
      const parent = parentOf(doc, path);
      if (Array.isArray(parent)) parent.splice(path[path.length - 1] as number, 1);
      else if (parent && typeof parent === 'object') delete (parent as Record<string, Json>)[path[path.length - 1] as string];
      break;
    }
    case 'wrong-type':
      set(pick(paths), mutation.value);
      break;
    case 'out-of-range':
      set(pick(paths.filter((p) => typeof valueAt(p) === 'number')) ?? pick(paths), mutation.number);
      break;
    case 'huge-array': {
      const path = pick(paths.filter((p) => Array.isArray(valueAt(p))));
      const array = path ? (valueAt(path) as Json[]) : undefined;
      if (!path || !array) break;
      // Up to 400 copies, and at most about 200 KB of JSON: nested huge arrays would grow without bound.
      const size = Math.max(1, ...array.map((item) => JSON.stringify(item ?? 0).length));
      const copies = Math.max(array.length, Math.min(400, Math.floor(200_000 / size)));
      set(path, Array.from({ length: copies }, (_, i) => array[i % Math.max(1, array.length)] ?? i));
      break;
    }
    case 'deep': {
      let nested: Json = mutation.value;
      for (let i = 0; i < 1000; i++) nested = i % 2 ? [nested] : { x: nested };
      set(pick(paths), nested);
      break;
    }
    case 'duplicate-id': {
      const path = pick(paths.filter((p) => p.length === 2 && typeof p[1] === 'number'));
      const list = path ? parentOf(doc, path) : undefined;
      if (path && Array.isArray(list)) list.push(structuredClone(list[path[1] as number]));
      break;
    }
    case 'unknown-ref':
      set(pick(paths.filter((p) => ['category', 'partner', 'quarters'].includes(String(p[p.length - 1])))), 'nobody-knows-this-id');
      break;
    case 'hostile':
      set(pick(paths.filter((p) => typeof valueAt(p) === 'string')) ?? pick(paths), mutation.hostile);
      break;
  }
  return doc;
}

/** Valid feeds with one to four random mutations. */
export const nearlyValidFeedArb: fc.Arbitrary<unknown> = fc
  .tuple(validFeedArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([doc, mutations]) => mutations.reduce<Json>((current, mutation) => mutate(current, mutation), structuredClone(doc) as unknown as Json));

/** Not feeds, or barely: any JSON, strings (sent as the body itself), numbers, feed-like objects with junk inside. */
export const garbageArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.string().map((body) => ({ rawBody: body })),
  fc.constantFrom('', 'null', '1e999', '{"version":1}', '{"version":1,"network":{}}', '{"version":1,"network":{"id":"x","name":"X"},"offers":{}}', '[', '\uFEFF{"version":1}').map((body) => ({ rawBody: body })),
  fc.double().map((n) => ({ version: n, network: { id: 'infamilie', name: 'X' } })),
  fc.record({
    version: fc.constantFrom(1, '1', 2, null, 1.0000001),
    network: fc.oneof(fc.jsonValue(), fc.record({ id: fc.constantFrom('infamilie', 'Bad Id', ''), name: fc.jsonValue() })),
    categories: fc.jsonValue(),
    quarters: fc.jsonValue(),
    partners: fc.jsonValue(),
    offers: fc.jsonValue(),
    events: fc.jsonValue(),
  }),
);

/** The body to serve for a document: `{rawBody}` as it is, anything else as JSON. */
export function bodyOf(doc: unknown): string {
  return doc && typeof doc === 'object' && 'rawBody' in doc ? String((doc as { rawBody: string }).rawBody) : JSON.stringify(doc);
}

/** The value `parseFeed` gets for a document: the raw body as text, anything else as it is. */
export function inputOf(doc: unknown): unknown {
  return doc && typeof doc === 'object' && 'rawBody' in doc ? (doc as { rawBody: string }).rawBody : doc;
}
