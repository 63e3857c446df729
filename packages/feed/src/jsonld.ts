/**
 * schema.org JSON-LD for search engines and other readers of partner pages: events as `Event`, offers
 * as `Service`, the network as `Organization` with its partners as members.
 *
 * The functions return plain objects; `jsonLdScript` turns one into text that is safe inside
 * `<script type="application/ld+json">`. Fields the feed does not give are left out, not guessed.
 */
import type { Address, Ages, Feed, FeedEvent, Offer, Partner, Recurrence } from './schema.ts';
import { localize } from './text.ts';
import { indexFeed, locationOf, quartersOf } from './query.ts';
import { berlinOffsetMinutes, pad, toBerlin, NETWORK_TIME_ZONE } from './time.ts';

export type JsonLd = { [key: string]: unknown };

const SCHEMA = 'https://schema.org/';
const DAYS = { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' } as const;
const STATUS = { scheduled: 'EventScheduled', cancelled: 'EventCancelled', postponed: 'EventPostponed' } as const;
const PERIOD = { daily: 'D', weekly: 'W', monthly: 'M' } as const;

/** An event as schema.org `Event`. */
export function eventJsonLd(feed: Feed, event: FeedEvent, lang = 'de'): JsonLd {
  const partner = event.partner ? indexFeed(feed).partners.get(event.partner) : undefined;
  const allDay = !!event.allDay;
  return top('Event', {
    name: localize(event.title, lang),
    description: localize(event.description, lang),
    startDate: allDay ? event.start : berlinDateTime(Date.parse(event.start)),
    endDate: event.end && (allDay ? event.end : berlinDateTime(Date.parse(event.end))),
    eventStatus: SCHEMA + STATUS[event.status ?? 'scheduled'],
    eventAttendanceMode: `${SCHEMA}OfflineEventAttendanceMode`,
    eventSchedule: event.recurrence && schedule(event, event.recurrence),
    location: place(feed, event, lang),
    organizer: partner && organization(partner, lang),
    isAccessibleForFree: event.cost?.free,
    typicalAgeRange: ageRange(event.ages),
    inLanguage: event.languages,
    url: event.url,
    offers: offers(event, lang),
  });
}

/** A standing offer as schema.org `Service`. */
export function offerJsonLd(feed: Feed, offer: Offer, lang = 'de'): JsonLd {
  const { partners, categories, quarters } = indexFeed(feed);
  const partner = offer.partner ? partners.get(offer.partner) : undefined;
  const category = offer.category ? categories.get(offer.category) : undefined;
  const location = place(feed, offer, lang);
  const ages = offer.ages;
  return top('Service', {
    name: localize(offer.title, lang),
    description: [localize(offer.summary, lang), localize(offer.description, lang)].filter((text) => text).join('\n\n'),
    category: category && localize(category.name, lang),
    provider: partner && organization(partner, lang),
    areaServed: quartersOf(feed, offer).flatMap((id) => {
      const quarter = quarters.get(id);
      return quarter ? [localize(quarter.name, lang)] : [];
    }),
    audience:
      (ages || offer.audience) &&
      node('PeopleAudience', { suggestedMinAge: ages?.min, suggestedMaxAge: ages?.max, audienceType: offer.audience?.join(', ') }),
    availableLanguage: offer.languages,
    hoursAvailable: offer.schedule?.weekly?.map((hours) =>
      node('OpeningHoursSpecification', {
        dayOfWeek: SCHEMA + DAYS[hours.day],
        opens: hours.opens,
        closes: hours.closes,
        validFrom: offer.validFrom,
        validThrough: offer.validTo,
      }),
    ),
    availableChannel: location && node('ServiceChannel', { serviceLocation: location, serviceUrl: offer.registration?.url }),
    offers: offers(offer, lang),
    url: offer.url,
  });
}

/** The network as schema.org `Organization`, its partners as members. */
export function networkJsonLd(feed: Feed, lang = 'de'): JsonLd {
  const network = feed.network;
  return top('Organization', {
    name: localize(network.name, lang),
    description: localize(network.description, lang),
    url: network.url,
    logo: network.logo,
    email: network.contact?.email,
    telephone: network.contact?.phone,
    address: postalAddress(network.contact?.address),
    areaServed: feed.quarters.map((quarter) => localize(quarter.name, lang)),
    member: feed.partners.map((partner) => organization(partner, lang)),
  });
}

/**
 * JSON text for inside `<script type="application/ld+json">`: `<`, `>` and `&` are written as
 * \u escapes, so feed text such as `</script>` or `<!--` cannot end the script element.
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function top(type: string, fields: JsonLd): JsonLd {
  return { '@context': 'https://schema.org', ...node(type, fields) };
}

/** A typed node without the fields the feed leaves empty. */
function node(type: string, fields: JsonLd): JsonLd {
  const out: JsonLd = { '@type': type };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) out[key] = value;
  }
  return out;
}

function organization(partner: Partner, lang: string): JsonLd {
  return node('Organization', {
    name: localize(partner.name, lang),
    url: partner.url,
    email: partner.email,
    telephone: partner.phone,
    address: postalAddress(partner.address),
  });
}

function place(feed: Feed, item: Offer | FeedEvent, lang: string): JsonLd | undefined {
  const where = locationOf(feed, item);
  if (!where) return undefined;
  const geo = where.geo;
  return node('Place', {
    name: localize(where.name, lang),
    address: postalAddress(where.address),
    geo: geo && node('GeoCoordinates', { latitude: geo[1], longitude: geo[0] }),
  });
}

function postalAddress(address: Address | undefined): JsonLd | undefined {
  if (!address || (!address.street && !address.postalCode && !address.city)) return undefined;
  // The network works in Dortmund; the feed's addresses carry no country.
  return node('PostalAddress', { streetAddress: address.street, postalCode: address.postalCode, addressLocality: address.city, addressCountry: 'DE' });
}

/** Known cost: free (price 0) or a note such as "5 € im Monat". */
function offers(item: Offer | FeedEvent, lang: string): JsonLd | undefined {
  const cost = item.cost;
  const note = localize(cost?.note, lang);
  if (!cost?.free && !note) return undefined;
  return node('Offer', {
    price: cost?.free ? 0 : undefined,
    priceCurrency: cost?.free ? 'EUR' : undefined,
    description: note,
    url: item.registration?.url,
  });
}

/** `0-6`, `6-` or `0-3` (schema.org's form for ages in years). */
function ageRange(ages: Ages | undefined): string | undefined {
  if (!ages || (ages.min === undefined && ages.max === undefined)) return undefined;
  return `${ages.min ?? 0}-${ages.max ?? ''}`;
}

function schedule(event: FeedEvent, rule: Recurrence): JsonLd {
  const timed = !event.allDay;
  // schema.org counts weeks of the month from the start only: "-1fr" (last Friday) has no form.
  const positions = rule.byDay?.map((day) => Number(day.slice(0, -2)));
  return node('Schedule', {
    repeatFrequency: `P${rule.interval ?? 1}${PERIOD[rule.freq]}`,
    byDay: rule.byDay && [...new Set(rule.byDay.map((day) => SCHEMA + DAYS[day.slice(-2) as keyof typeof DAYS]))],
    byMonthWeek: positions?.every((week) => week > 0) ? [...new Set(positions)] : undefined,
    startDate: timed ? berlinDateTime(Date.parse(event.start)).slice(0, 10) : event.start,
    endDate: rule.until,
    repeatCount: rule.count,
    exceptDate: rule.except,
    startTime: timed ? berlinDateTime(Date.parse(event.start)).slice(11, 19) : undefined,
    endTime: timed && event.end ? berlinDateTime(Date.parse(event.end)).slice(11, 19) : undefined,
    scheduleTimezone: NETWORK_TIME_ZONE,
  });
}

/** ISO 8601 in Berlin time with its offset: `2026-07-18T14:00:00+02:00`. */
function berlinDateTime(ms: number): string {
  const t = toBerlin(ms);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}+0${berlinOffsetMinutes(ms) / 60}:00`;
}
