/**
 * Pure queries over a parsed feed: which offers and events match what a family or a page asks for.
 */
import type { Ages, Category, Feed, FeedEvent, Offer, Partner, Quarter } from './schema.ts';
import { allTexts } from './text.ts';
import { dayNumberOf, berlinDayNumber } from './time.ts';

type OneOrMany<T> = T | readonly T[];

/** An age in years, or a span of ages (a life phase such as 2-4 years). */
export type AgeQuery = number | { min?: number; max?: number };

/** What offers and events are filtered by. Every given criterion must match; lists match any of their values. */
export interface ItemQuery {
  quarter?: OneOrMany<string>;
  category?: OneOrMany<string>;
  partner?: OneOrMany<string>;
  /** Items for this age or overlapping this span of ages; items without ages match any age. */
  age?: AgeQuery;
  /** Items offered in one of these languages (BCP 47 tags; `tr` matches `tr-TR`). */
  language?: OneOrMany<string>;
  /** `true`: only items marked free of charge. */
  free?: boolean;
  /** Words that must all occur in the title, summary, description, partner or category, in any language. */
  text?: string;
}

export interface OfferQuery extends ItemQuery {
  /** Only offers valid on this day (`YYYY-MM-DD` or an instant; Berlin's calendar day is used). */
  on?: string | Date;
}

/** Lookup tables of a feed, built once per feed object. */
export interface FeedIndex {
  categories: Map<string, Category>;
  quarters: Map<string, Quarter>;
  partners: Map<string, Partner>;
  offers: Map<string, Offer>;
  events: Map<string, FeedEvent>;
}

const indexes = new WeakMap<Feed, FeedIndex>();

export function indexFeed(feed: Feed): FeedIndex {
  let index = indexes.get(feed);
  if (!index) {
    index = {
      categories: byId(feed.categories),
      quarters: byId(feed.quarters),
      partners: byId(feed.partners),
      offers: byId(feed.offers),
      events: byId(feed.events),
    };
    indexes.set(feed, index);
  }
  return index;
}

/** The quarters an offer or event belongs to: its own, else its partner's. */
export function quartersOf(feed: Feed, item: Offer | FeedEvent): string[] {
  if (item.quarters?.length) return item.quarters;
  const partner = item.partner ? indexFeed(feed).partners.get(item.partner) : undefined;
  return partner?.quarters ?? [];
}

/** Where an offer or event takes place: its own location, else its partner's address and position. */
export function locationOf(feed: Feed, item: Offer | FeedEvent): { name?: Partner['name']; address?: Partner['address']; geo?: Partner['geo'] } | undefined {
  const partner = item.partner ? indexFeed(feed).partners.get(item.partner) : undefined;
  const own = item.location;
  if (!own && !partner) return undefined;
  return {
    name: own?.name ?? partner?.name,
    address: own?.address ?? partner?.address,
    geo: own?.geo ?? (own?.address ? undefined : partner?.geo),
  };
}

/** How to reach someone about an offer or event: its registration first, then its partner. */
export interface Contact {
  phone?: string;
  email?: string;
  /** Where to register, when registration is online. */
  register?: string;
  /** The offer's or event's page, else the partner's. */
  website?: string;
}

export function contactOf(feed: Feed, item: Offer | FeedEvent): Contact {
  const partner = item.partner ? indexFeed(feed).partners.get(item.partner) : undefined;
  const registration = item.registration;
  const contact: Contact = {};
  const phone = registration?.phone ?? partner?.phone;
  const email = registration?.email ?? partner?.email;
  const website = item.url ?? partner?.url;
  if (phone) contact.phone = phone;
  if (email) contact.email = email;
  if (registration?.url) contact.register = registration.url;
  if (website) contact.website = website;
  return contact;
}

/** The ids in a query that the feed does not know, per criterion (for "unknown quarter" messages). */
export function unknownIds(feed: Feed, query: Pick<ItemQuery, 'quarter' | 'category' | 'partner'>): { quarter: string[]; category: string[]; partner: string[] } {
  const index = indexFeed(feed);
  const missing = (ids: OneOrMany<string> | undefined, table: Map<string, unknown>) => list(ids).filter((id) => !table.has(id));
  return {
    quarter: missing(query.quarter, index.quarters),
    category: missing(query.category, index.categories),
    partner: missing(query.partner, index.partners),
  };
}

export function filterOffers(feed: Feed, query: OfferQuery = {}): Offer[] {
  const matches = itemMatcher(feed, query);
  const day = query.on === undefined ? undefined : typeof query.on === 'string' ? dayNumberOf(query.on) : berlinDayNumber(query.on.getTime());
  return feed.offers.filter((offer) => {
    if (day !== undefined) {
      if (offer.validFrom && dayNumberOf(offer.validFrom) > day) return false;
      if (offer.validTo && dayNumberOf(offer.validTo) < day) return false;
    }
    return matches(offer);
  });
}

export function filterEvents(feed: Feed, query: ItemQuery = {}): FeedEvent[] {
  return feed.events.filter(itemMatcher(feed, query));
}

/** A predicate for the criteria that offers and events share. */
export function itemMatcher(feed: Feed, query: ItemQuery): (item: Offer | FeedEvent) => boolean {
  const index = indexFeed(feed);
  const quarters = set(query.quarter);
  const categories = set(query.category);
  const partners = set(query.partner);
  const languages = list(query.language).map((tag) => tag.toLowerCase());
  const words = query.text ? searchWords(query.text) : [];
  const ageSpan = query.age === undefined ? undefined : typeof query.age === 'number' ? { min: query.age, max: query.age } : query.age;
  return (item) => {
    if (quarters && !quartersOf(feed, item).some((q) => quarters.has(q))) return false;
    if (categories && !(item.category && categories.has(item.category))) return false;
    if (partners && !(item.partner && partners.has(item.partner))) return false;
    if (ageSpan && !agesOverlap(item.ages, ageSpan)) return false;
    if (languages.length && !(item.languages ?? []).some((tag) => languages.some((wanted) => languageMatches(tag, wanted)))) return false;
    if (query.free && !item.cost?.free) return false;
    if (words.length) {
      const partner = item.partner ? index.partners.get(item.partner) : undefined;
      const category = item.category ? index.categories.get(item.category) : undefined;
      const haystack = normalizeForSearch(
        [
          ...allTexts(item.title),
          ...allTexts('summary' in item ? item.summary : undefined),
          ...allTexts(item.description),
          ...allTexts(partner?.name),
          ...allTexts(category?.name),
        ].join(' \u0000 '),
      );
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  };
}

/** Whether an item's ages overlap a span; an item without ages is for everyone. */
export function agesOverlap(ages: Ages | undefined, span: { min?: number; max?: number }): boolean {
  const min = ages?.min ?? 0;
  const max = ages?.max ?? Infinity;
  return min <= (span.max ?? Infinity) && max >= (span.min ?? 0);
}

/** `tr-TR` offered matches `tr` wanted, and `tr` offered matches `tr-TR` wanted. */
function languageMatches(offered: string, wanted: string): boolean {
  const a = offered.toLowerCase();
  return a === wanted || a.split('-')[0] === wanted.split('-')[0];
}

/** Lower case, without diacritics, ß as ss: "Müttercafé" and "muttercafe" find each other. */
export function normalizeForSearch(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/ı/g, 'i');
}

function searchWords(text: string): string[] {
  return normalizeForSearch(text).split(/[\s,;]+/u).filter(Boolean);
}

function list<T>(value: OneOrMany<T> | undefined): T[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? [...value] : [value]) as T[];
}

function set(value: OneOrMany<string> | undefined): Set<string> | undefined {
  const values = list(value);
  return values.length ? new Set(values) : undefined;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
