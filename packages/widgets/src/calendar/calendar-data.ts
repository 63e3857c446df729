/**
 * What the calendar shows, computed once: the feed's events filtered by the page's criteria and the
 * reader's choices, expanded into occurrences per range. A month view re-renders on every key press;
 * the expansion of a month with thousands of occurrences must not run again each time. Results are
 * kept per feed object (feeds are immutable once parsed) and per query, a few of each.
 */
import {
  berlinOffsetMinutes,
  DAY,
  filterEvents,
  nextOccurrence,
  occurrences,
  pad,
  toBerlin,
  type Feed,
  type FeedEvent,
  type ItemQuery,
  type Occurrence,
} from '@infamilie/feed';

/** The criteria of a calendar: ids per criterion (any of them matches) and an age or span of ages. */
export interface CalendarQuery {
  quarter?: readonly string[];
  category?: readonly string[];
  partner?: readonly string[];
  age?: { min?: number; max?: number };
}

interface QueryResults {
  events: FeedEvent[];
  ranges: Map<string, Occurrence[]>;
  next: Map<number, Occurrence | null>;
}

const MAX_QUERIES = 16;
const MAX_RANGES = 24;
const results = new WeakMap<Feed, Map<string, QueryResults>>();

/** A stable key: the same criteria in another order give the same key. */
export function queryKey(query: CalendarQuery): string {
  const ids = (list: readonly string[] | undefined) => (list?.length ? [...list].sort().join(',') : '');
  return [ids(query.quarter), ids(query.category), ids(query.partner), query.age ? `${query.age.min ?? ''}-${query.age.max ?? ''}` : ''].join('|');
}

export function toItemQuery(query: CalendarQuery): ItemQuery {
  const item: ItemQuery = {};
  if (query.quarter?.length) item.quarter = query.quarter;
  if (query.category?.length) item.category = query.category;
  if (query.partner?.length) item.partner = query.partner;
  if (query.age) item.age = query.age;
  return item;
}

function resultsFor(feed: Feed, query: CalendarQuery): QueryResults {
  let perQuery = results.get(feed);
  if (!perQuery) results.set(feed, (perQuery = new Map()));
  const key = queryKey(query);
  let found = perQuery.get(key);
  if (!found) {
    if (perQuery.size >= MAX_QUERIES) perQuery.delete(perQuery.keys().next().value!);
    // Feeds given from script (`data`) skip the reader: leave out what is not an event at all.
    const events: readonly (FeedEvent | null)[] = feed.events;
    const usable = events.every(isEvent) ? feed : { ...feed, events: events.filter(isEvent) };
    found = { events: filterEvents(usable, toItemQuery(query)), ranges: new Map(), next: new Map() };
    perQuery.set(key, found);
  }
  return found;
}

function isEvent(event: FeedEvent | null | undefined): event is FeedEvent {
  return !!event && typeof event === 'object' && typeof event.id === 'string' && typeof event.start === 'string';
}

/** The events that match. */
export function calendarEvents(feed: Feed, query: CalendarQuery): FeedEvent[] {
  return resultsFor(feed, query).events;
}

/** The occurrences of the matching events that overlap [fromMs, toMs), by start. */
export function calendarOccurrences(feed: Feed, query: CalendarQuery, fromMs: number, toMs: number): Occurrence[] {
  const found = resultsFor(feed, query);
  const key = `${fromMs}/${toMs}`;
  let list = found.ranges.get(key);
  if (!list) {
    if (found.ranges.size >= MAX_RANGES) found.ranges.delete(found.ranges.keys().next().value!);
    list = occurrences(found.events, fromMs, toMs);
    found.ranges.set(key, list);
  }
  return list;
}

/** The first occurrence of a matching event that starts at or after `afterMs`, for "next date" in an empty view. */
export function nextCalendarOccurrence(feed: Feed, query: CalendarQuery, afterMs: number): Occurrence | undefined {
  const found = resultsFor(feed, query);
  if (found.next.has(afterMs)) return found.next.get(afterMs) ?? undefined;
  let next: Occurrence | undefined;
  for (const event of found.events) {
    const candidate = nextOccurrence(event, afterMs);
    if (candidate && (!next || candidate.start < next.start)) next = candidate;
  }
  found.next.set(afterMs, next ?? null);
  return next;
}

/**
 * The start of an occurrence as `infamilie-select` reports it: the date (`2027-03-02`) of an all-day
 * occurrence, else the Berlin date-time with its offset (`2027-03-02T09:00:00+01:00`).
 */
export function occurrenceStartIso(occurrence: Pick<Occurrence, 'start' | 'allDay'>): string {
  const t = toBerlin(occurrence.start);
  const date = `${t.year}-${pad(t.month)}-${pad(t.day)}`;
  if (occurrence.allDay) return date;
  const offset = berlinOffsetMinutes(occurrence.start) / 60;
  return `${date}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}+${pad(offset)}:00`;
}

/** The visitor's offset from UTC in minutes at an instant (east positive, as Berlin's). */
export function visitorOffsetMinutes(instant: number): number {
  return -new Date(instant).getTimezoneOffset();
}

/**
 * Whether the visitor's clock differs from Berlin's anywhere in [fromMs, toMs), probed daily: zones
 * change to summer time on other days than Berlin, so a month may match in part.
 */
export function zoneDiffersFromBerlin(fromMs: number, toMs: number, offsetOf: (instant: number) => number = visitorOffsetMinutes): boolean {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) return false;
  const step = Math.max(DAY, (toMs - fromMs) / 400);
  for (let instant = fromMs; instant < toMs; instant += step) if (offsetOf(instant) !== berlinOffsetMinutes(instant)) return true;
  const last = Math.max(fromMs, toMs - 1);
  return offsetOf(last) !== berlinOffsetMinutes(last);
}
