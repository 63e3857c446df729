/**
 * The feed format, version 1, as zod schemas: the executable form of the feed contract.
 *
 * Each schema describes one item as a writer must produce it; `parseFeed` applies them item by item,
 * so that one bad offer costs that offer and not the feed. `feed.schema.json` is generated from
 * `feedSchema` (see scripts/feed/write-json-schema.ts), so editors and other tools see the same rules.
 *
 * Only `zod/mini` is imported: this module ends up in the browser bundle.
 */
import * as z from 'zod/mini';
import { geometryProblem } from './geometry.ts';
import { CSS_COLOR } from './values.ts';

export const FORMAT_VERSION = 1;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Hex, functional notation or a keyword; nothing that could close a declaration or load a URL. */
const WEEKDAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
const BY_DAY = /^(-?[1-5])?(mo|tu|we|th|fr|sa|su)$/;

export const id = () =>
  z.string().check(z.regex(ID_PATTERN, 'must be an id: lower-case letters, digits and hyphens, starting with a letter or digit, at most 64 characters (e.g. "kita-sonnenblume")'));

const languageTag = z.string().check(z.regex(LANGUAGE_TAG, 'must be a language tag such as "de", "tr" or "pt-BR"'));

/**
 * Text in several languages: `{"de": "Elterncafé", "tr": "Veli kafesi"}`, German required.
 * A plain string is shorthand for German; readers always get the object form.
 */
export const localizedText = z.pipe(
  z.union(
    [
      z.string(),
      z.catchall(z.object({ de: z.string({ error: 'needs a German text ("de")' }) }), z.string({ error: 'every translation must be a text' })),
    ],
    { error: 'must be a text, or an object of language tags to texts with at least "de"' },
  ),
  z.transform((value): LocalizedText => (typeof value === 'string' ? { de: value } : value)),
);

export type LocalizedText = { de: string } & Record<string, string>;

/** Web links: http(s) only. Anything else (javascript:, data:, relative paths) is not a link. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' });
/** A link to a document beside the feed (split parts, base maps): absolute http(s) or relative. */
const documentRef = z.string().check(
  z.refine((value) => isSafeDocumentRef(value), 'must be a relative path or a web address starting with https:// or http://'),
);
export const email = z.email({ error: 'must be an e-mail address such as "info@example.org"' });
export const phone = z.string().check(
  z.regex(/^\+?[0-9 ()/.-]{3,30}$/, 'must be a phone number of digits, spaces and + ( ) / . - (e.g. "+49 231 123456")'),
);
const cssColor = z.string().check(z.regex(CSS_COLOR, 'must be a CSS colour such as "#e30613" or "rgb(0 90 160)"'));
const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
export const isoDateTime = z.iso.datetime({ offset: true, error: 'must be a date and time with offset, e.g. "2026-07-20T10:00:00+02:00"' });
const year = z.number().check(z.int(), z.minimum(1900), z.maximum(2200));
const age = z.number().check(z.minimum(0, 'an age cannot be negative'), z.maximum(120));

const longitude = z.number().check(z.minimum(-180, 'longitude must lie between -180 and 180'), z.maximum(180, 'longitude must lie between -180 and 180'));
const latitude = z.number().check(z.minimum(-90, 'latitude must lie between -90 and 90'), z.maximum(90, 'latitude must lie between -90 and 90'));
/** GeoJSON position: [longitude, latitude] (RFC 7946 order). */
export const position = z.tuple([longitude, latitude], { error: 'must be [longitude, latitude], e.g. [7.4653, 51.5136]' });
const linearRing = z.array(position).check(
  z.minLength(4, 'a ring needs at least four positions'),
  z.refine((ring) => samePosition(ring[0], ring[ring.length - 1]), 'a ring must end where it starts'),
);
const polygonCoordinates = z.array(linearRing).check(z.minLength(1, 'a polygon needs an outer ring'));
export const geometry = z.union(
  [
    z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates).check(z.minLength(1, 'a multipolygon needs a polygon')) }),
  ],
  { error: 'must be a GeoJSON Polygon or MultiPolygon' },
).check(
  // Rings that cross themselves or enclose nothing (geometry.ts); the reader drops the outline, not the quarter.
  z.superRefine((value, ctx) => {
    const problem = geometryProblem(value);
    if (problem) ctx.issues.push({ code: 'custom', input: value, message: problem });
  }),
);

export const address = z.object({
  street: z.optional(z.string()),
  postalCode: z.optional(z.string()),
  city: z.optional(z.string()),
});

const accessibility = z.object({
  wheelchair: z.optional(z.boolean()),
  notes: z.optional(localizedText),
});

const ages = z
  .object({ min: z.optional(age), max: z.optional(age) })
  .check(z.refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, { message: 'the lowest age is above the highest', path: ['min'] }));

export const AUDIENCES = ['children', 'parents', 'families', 'professionals'] as const;
const audienceValue = z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` });
/** One audience or several; readers always get a list. */
const audience = z.pipe(
  z.union([audienceValue, z.array(audienceValue)]),
  z.transform((value) => (Array.isArray(value) ? value : [value])),
);

const cost = z.object({ free: z.optional(z.boolean()), note: z.optional(localizedText) });

const registration = z.object({
  required: z.optional(z.boolean()),
  url: z.optional(webUrl),
  email: z.optional(email),
  phone: z.optional(phone),
  note: z.optional(localizedText),
});

const location = z.object({
  name: z.optional(localizedText),
  address: z.optional(address),
  geo: z.optional(position),
});

export const WEEKDAYS = WEEKDAY_CODES;
const weekday = z.enum(WEEKDAY_CODES, { error: 'must be a weekday: mo, tu, we, th, fr, sa or su' });
const openingHours = z
  .object({
    day: weekday,
    opens: z.string().check(z.regex(TIME_OF_DAY, 'must be a time written HH:MM')),
    closes: z.string().check(z.regex(TIME_OF_DAY, 'must be a time written HH:MM')),
  })
  .check(z.refine((h) => h.opens < h.closes, { message: 'closes before it opens', path: ['closes'] }));

const schedule = z.object({ text: z.optional(localizedText), weekly: z.optional(z.array(openingHours)) });

const theme = z.object({
  primary: z.optional(cssColor),
  onPrimary: z.optional(cssColor),
  accent: z.optional(cssColor),
  surface: z.optional(cssColor),
  text: z.optional(cssColor),
});

export const networkSchema = z.object({
  id: id(),
  name: localizedText,
  description: z.optional(localizedText),
  /** A notice shown with the data, e.g. that a feed holds sample data. */
  notice: z.optional(localizedText),
  url: z.optional(webUrl),
  logo: z.optional(webUrl),
  contact: z.optional(z.object({ email: z.optional(email), phone: z.optional(phone), address: z.optional(address) })),
  theme: z.optional(theme),
  languages: z.optional(z.array(languageTag)),
  /** A GeoJSON FeatureCollection drawn under the quarters on maps, and who to credit for it. */
  basemap: z.optional(z.object({ url: documentRef, attribution: z.optional(localizedText) })),
});

export const categorySchema = z.object({
  id: id(),
  name: localizedText,
  description: z.optional(localizedText),
  icon: z.optional(id()),
  color: z.optional(cssColor),
});

export const quarterSchema = z.object({
  id: id(),
  name: localizedText,
  district: z.optional(z.string()),
  since: z.optional(year),
  description: z.optional(localizedText),
  geometry: z.optional(geometry),
  /** This quarter's part of a split feed, relative to the index document. */
  feed: z.optional(documentRef),
});

export const PARTNER_KINDS = [
  'daycare',
  'school',
  'family-centre',
  'counselling',
  'youth-welfare',
  'association',
  'housing',
  'health',
  'public-office',
  'other',
] as const;

export const partnerSchema = z.object({
  id: id(),
  name: localizedText,
  kind: z.optional(z.enum(PARTNER_KINDS, { error: `must be one of ${PARTNER_KINDS.join(', ')}` })),
  anchor: z.optional(z.boolean()),
  steering: z.optional(z.boolean()),
  quarters: z.optional(z.array(id())),
  address: z.optional(address),
  geo: z.optional(position),
  url: z.optional(webUrl),
  email: z.optional(email),
  phone: z.optional(phone),
  languages: z.optional(z.array(languageTag)),
  accessibility: z.optional(accessibility),
  memberSince: z.optional(isoDate),
});

export const offerSchema = z
  .object({
    id: id(),
    title: localizedText,
    summary: z.optional(localizedText),
    description: z.optional(localizedText),
    category: z.optional(id()),
    partner: z.optional(id()),
    quarters: z.optional(z.array(id())),
    ages: z.optional(ages),
    audience: z.optional(audience),
    languages: z.optional(z.array(languageTag)),
    cost: z.optional(cost),
    registration: z.optional(registration),
    schedule: z.optional(schedule),
    location: z.optional(location),
    accessibility: z.optional(accessibility),
    url: z.optional(webUrl),
    validFrom: z.optional(isoDate),
    validTo: z.optional(isoDate),
    updated: z.optional(isoDate),
  })
  .check(
    z.refine((o) => !o.validFrom || !o.validTo || o.validFrom <= o.validTo, { message: 'ends (validTo) before it starts (validFrom)', path: ['validTo'] }),
  );

export const RECURRENCE_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
const recurrence = z.object({
  freq: z.enum(RECURRENCE_FREQUENCIES, { error: 'must be daily, weekly or monthly' }),
  interval: z.optional(z.number().check(z.int(), z.minimum(1, 'must be 1 or more'), z.maximum(366))),
  byDay: z.optional(z.array(z.string().check(z.regex(BY_DAY, 'must be a weekday (mo..su), for monthly rules with its position: "1mo" (first Monday), "-1fr" (last Friday)'))).check(z.minLength(1))),
  until: z.optional(isoDate),
  count: z.optional(z.number().check(z.int(), z.minimum(1, 'must be 1 or more'), z.maximum(1000))),
  except: z.optional(z.array(isoDate)),
});

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;

export const eventSchema = z
  .object({
    id: id(),
    title: localizedText,
    description: z.optional(localizedText),
    category: z.optional(id()),
    partner: z.optional(id()),
    quarters: z.optional(z.array(id())),
    start: z.union([isoDateTime, isoDate], { error: 'must be a date and time with offset ("2026-07-20T10:00:00+02:00"), or a date for all-day events' }),
    end: z.optional(z.union([isoDateTime, isoDate], { error: 'must be a date and time with offset, or a date for all-day events' })),
    allDay: z.optional(z.boolean()),
    recurrence: z.optional(recurrence),
    location: z.optional(location),
    ages: z.optional(ages),
    audience: z.optional(audience),
    languages: z.optional(z.array(languageTag)),
    cost: z.optional(cost),
    registration: z.optional(registration),
    status: z.optional(z.enum(EVENT_STATUSES, { error: 'must be scheduled, cancelled or postponed' })),
    url: z.optional(webUrl),
    updated: z.optional(isoDate),
  })
  .check(
    z.superRefine((event, ctx) => {
      const dateOnly = (value: string) => value.length === 10;
      if (event.allDay) {
        if (!dateOnly(event.start)) ctx.issues.push({ code: 'custom', input: event.start, path: ['start'], message: 'an all-day event starts on a date (YYYY-MM-DD), without a time' });
        if (event.end && !dateOnly(event.end)) ctx.issues.push({ code: 'custom', input: event.end, path: ['end'], message: 'an all-day event ends on a date (YYYY-MM-DD), without a time' });
      } else {
        if (dateOnly(event.start)) ctx.issues.push({ code: 'custom', input: event.start, path: ['start'], message: 'has no time: give a date and time with offset, or set "allDay": true' });
        if (event.end && dateOnly(event.end)) ctx.issues.push({ code: 'custom', input: event.end, path: ['end'], message: 'has no time: give a date and time with offset, or set "allDay": true' });
      }
      if (event.end && Date.parse(event.end) < Date.parse(event.start)) {
        ctx.issues.push({ code: 'custom', input: event.end, path: ['end'], message: 'ends before it starts' });
      }
      const byDay = event.recurrence?.byDay ?? [];
      if (event.recurrence?.freq !== 'monthly' && byDay.some((day) => day.length > 2)) {
        ctx.issues.push({ code: 'custom', input: byDay, path: ['recurrence', 'byDay'], message: 'positions such as "1mo" or "-1fr" only make sense in monthly rules' });
      }
    }),
  );

/** The whole document as a writer must produce it (used for feed.schema.json and strict validation). */
export const feedSchema = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(FORMAT_VERSION, { error: `must be ${FORMAT_VERSION}` }),
  generated: z.optional(isoDateTime),
  network: networkSchema,
  categories: z.optional(z.array(categorySchema)),
  quarters: z.optional(z.array(quarterSchema)),
  partners: z.optional(z.array(partnerSchema)),
  offers: z.optional(z.array(offerSchema)),
  events: z.optional(z.array(eventSchema)),
});

/** A quarter's part of a split feed: that quarter's offers and events. */
export const feedPartSchema = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(FORMAT_VERSION, { error: `must be ${FORMAT_VERSION}` }),
  generated: z.optional(isoDateTime),
  offers: z.optional(z.array(offerSchema)),
  events: z.optional(z.array(eventSchema)),
});

export type Network = z.output<typeof networkSchema>;
export type Category = z.output<typeof categorySchema>;
export type Quarter = z.output<typeof quarterSchema>;
export type Partner = z.output<typeof partnerSchema>;
export type Offer = z.output<typeof offerSchema>;
export type FeedEvent = z.output<typeof eventSchema>;
export type Geometry = z.output<typeof geometry>;
export type Position = z.output<typeof position>;
export type Address = z.output<typeof address>;
export type Recurrence = z.output<typeof recurrence>;
export type Ages = z.output<typeof ages>;
export type Weekday = (typeof WEEKDAY_CODES)[number];
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
/** The feed as written (input side): what tools and tests build documents from. */
export type FeedInput = z.input<typeof feedSchema>;

/** The parsed feed: every array present, every text in object form. */
export interface Feed {
  version: typeof FORMAT_VERSION;
  generated?: string;
  network: Network;
  categories: Category[];
  quarters: Quarter[];
  partners: Partner[];
  offers: Offer[];
  events: FeedEvent[];
}

/** The item kinds of a feed, by the name of their array. */
export const ITEM_SCHEMAS = {
  categories: categorySchema,
  quarters: quarterSchema,
  partners: partnerSchema,
  offers: offerSchema,
  events: eventSchema,
} as const;
export type ItemCollection = keyof typeof ITEM_SCHEMAS;

/** Fields whose bad values cost only the field: links, contact details and presentation, never facts. */
export const DROPPABLE_FIELDS: ReadonlySet<string> = new Set([
  'url',
  'logo',
  'email',
  'phone',
  'geo',
  'geometry',
  'color',
  'icon',
  'kind',
  'primary',
  'onPrimary',
  'accent',
  'surface',
  'text',
  'basemap',
  'feed',
]);

function samePosition(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

/**
 * Read as a URL parser reads it (which drops leading spaces and control characters and every tab and
 * newline, and takes backslashes for slashes): `" javascript:…"`, `"java\tscript:…"` and `"\\\\host"` are
 * not relative paths. An absolute reference is http(s) written out; a relative one stays on the feed's
 * host, whether the feed is served over https or http (`"https:host"` is relative to an https feed only).
 * Relative paths are shorter than 2000 characters; absolute addresses may carry a long query.
 */
function isSafeDocumentRef(value: string): boolean {
  const absolute = /^https?:\/\//i.test(value);
  if (value.length === 0 || (!absolute && value.length >= 2000)) return false;
  return ['https://feed.invalid/feed/', 'http://feed.invalid/feed/'].every((base) => {
    try {
      const url = new URL(value, base);
      return (url.protocol === 'https:' || url.protocol === 'http:') && (absolute || url.host === 'feed.invalid');
    } catch {
      return false;
    }
  });
}
