/**
 * Event occurrences: the dates on which the feed's events happen, recurring rules expanded.
 *
 * Semantics are RFC 5545 RRULE, restricted to what the feed can say (FEED.md, `recurrence`):
 * - The event's own start is always the first occurrence and counts towards `count`, even when it
 *   does not match the rule (RFC 5545: DTSTART "always counts as the first occurrence").
 * - `weekly` without `byDay` repeats on the start's weekday; weeks start on Monday (WKST=MO), which
 *   matters for `interval` > 1. `daily` with `byDay` repeats every `interval` days on those weekdays.
 * - `monthly` without `byDay` repeats on the start's day of the month and skips months that do not
 *   have that day (a series on the 31st has no occurrence in April). With `byDay`, `mo` means every
 *   Monday of the month, `1mo` the first, `-1fr` the last Friday; a month without a fifth Monday has
 *   no `5mo`.
 * - `until` is a Berlin calendar day, inclusive; `count` and `until` together end at whichever comes
 *   first. `except` lists Berlin calendar days whose occurrence is left out; a left-out occurrence
 *   still counts towards `count` (EXDATE removes from the set the rule generates).
 * - Timed occurrences keep the start's wall-clock time in Europe/Berlin across daylight-saving
 *   changes; a time that does not exist on a spring-forward day moves forward by the hour, as RFC 5545
 *   says. Every occurrence lasts as long as the event (end minus start, RFC 5545's exact duration).
 * - All-day events: `start` and `end` are dates and `end` is the LAST day, inclusive (as an editor
 *   writes "14.-16. Juli"), unlike iCalendar's exclusive DTEND. Such an occurrence runs from Berlin
 *   midnight of its first day to Berlin midnight after its last day.
 * - Cancelled and postponed events are returned, with their status, so that a calendar can show them.
 *
 * Nothing here reads the machine's or the visitor's time zone: days are Berlin civil day numbers and
 * instants come from time.ts's rule-based Berlin conversion.
 *
 * Speed (a month of a city-scale feed in a few milliseconds, see scripts/bench/feed-bench.ts): a rule
 * is never walked day by day from its start; the walk jumps to the requested range (for `count` rules
 * the last day is found once per event object and cached). Events are treated as immutable, as
 * `parseFeed` returns them: what is derived from one is cached per object. The fast paths (reading
 * dates by hand, sorting by rank) make this module longer than most; they are checked against
 * Date.parse, Intl and the `rrule` package in test/occurrences.property.node.test.ts.
 */
import type { EventStatus, FeedEvent, Recurrence } from './schema.ts';
import { berlinDayNumber, berlinInstant, berlinOffsetMinutes, civilFromDays, DAY, dayNumberOf, daysFromCivil, daysInMonth, digits, formatCivilDate, fromBerlin, instantOfIso, toBerlin, weekdayOfDays } from './time.ts';

/** One time an event happens. */
export interface Occurrence {
  event: FeedEvent;
  /** Stable id: `${event.id}/${YYYY-MM-DD of its Berlin start day}` (at most one occurrence per day). */
  id: string;
  /** UTC milliseconds. */
  start: number;
  /**
   * UTC milliseconds: start plus the event's duration; an event without end lasts no time (end = start).
   * All-day: Berlin midnight after the last day (exclusive).
   */
  end: number;
  allDay: boolean;
  /** Berlin civil day number (`daysFromCivil`) of the first day the occurrence covers. */
  startDay: number;
  /** Berlin civil day number of the last day it covers, inclusive (an end at midnight does not cover the next day). */
  endDay: number;
  status: EventStatus;
}

/**
 * An instant: UTC milliseconds, a Date, an ISO date-time, or `YYYY-MM-DD` for the start of that Berlin
 * day. A date-time without offset (`2026-07-20T10:00`) is Berlin wall-clock time, never the machine's.
 */
export type RangeInput = number | Date | string;

/** Candidate days (or months) one call may look at per event, so that no rule can hang a page. */
export const MAX_CANDIDATES_PER_EVENT = 5000;

const HOUR = 3_600_000;

interface Rule {
  freq: Recurrence['freq'];
  interval: number;
  /** Plain weekdays as a bit mask (bit 0 = Monday); 0 when the rule has none. */
  weekdays: number;
  /** Monthly positions: [n, weekday], n = 1..5 or -1..-5. */
  positions: Array<[number, number]>;
  until: number;
  count: number;
  /** Last day of the series (from `until` and `count`); computed lazily for `count`. */
  lastDay: number | undefined;
  except: Set<number> | undefined;
}

/** What an event's fields mean for expansion, derived once per event object. */
interface Plan {
  start: string;
  end: string | undefined;
  allDay: boolean | undefined;
  recurrence: Recurrence | undefined;
  /** False when the event's dates cannot be read (then it has no occurrences). */
  valid: boolean;
  isAllDay: boolean;
  /** The event's own first occurrence. */
  firstStart: number;
  firstEnd: number;
  firstDay: number;
  /** Timed: Berlin wall-clock time of day in ms, repeated on every day of the series. */
  timeOfDay: number;
  /** Timed: exact duration in ms. */
  duration: number;
  /** All-day: days after the first that an occurrence covers. Timed: an upper bound of the same. */
  spanDays: number;
  rule: Rule | undefined;
}

const plans = new WeakMap<FeedEvent, Plan>();

/**
 * The occurrences of events that overlap [from, to), sorted by start, then German title, then id.
 * An occurrence without duration overlaps when it starts in the range.
 * @throws {RangeError} when `from` or `to` is not a readable instant.
 */
export function occurrences(events: readonly FeedEvent[], from: RangeInput, to: RangeInput): Occurrence[] {
  const fromMs = instantOf(from);
  const toMs = instantOf(to);
  const out: Occurrence[] = [];
  if (!(toMs > fromMs)) return out;
  const fromDay = berlinDayNumber(fromMs);
  const toDay = berlinDayNumber(toMs);
  // Dates written in the feed are within a day of Berlin's: a single event that ends two days before
  // the range or starts two days after it is left out by comparing text, before anything is parsed.
  const endsBefore = isoDateOf(fromDay - 2);
  const startsAfter = isoDateOf(toDay + 2);
  for (const event of events) {
    if (!event.recurrence && isOutside(event, endsBefore, startsAfter)) continue;
    collect(event, fromMs, toMs, fromDay, toDay, out);
  }
  return sortByStartThenTitle(out);
}

const STANDARD_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Whether a single event ends before the day `endsBefore` or starts on or after `startsAfter` (`YYYY-MM-DD`). */
function isOutside(event: FeedEvent, endsBefore: string, startsAfter: string): boolean {
  const { start, end } = event;
  if (typeof start !== 'string' || !STANDARD_DATE.test(start)) return false;
  if (start >= startsAfter) return true;
  const last = end ?? start;
  return typeof last === 'string' && STANDARD_DATE.test(last) && last < endsBefore;
}

function isoDateOf(day: number): string {
  const date = civilFromDays(day);
  // Outside four-digit years, bounds that compare below or above every date the feed can write.
  return date.year < 0 ? '0000' : date.year > 9999 ? '9999~' : formatCivilDate(date);
}

/** The occurrences of one event that overlap [from, to), by start. */
export function occurrencesOf(event: FeedEvent, from: RangeInput, to: RangeInput): Occurrence[] {
  const fromMs = instantOf(from);
  const toMs = instantOf(to);
  const out: Occurrence[] = [];
  if (toMs > fromMs) collect(event, fromMs, toMs, berlinDayNumber(fromMs), berlinDayNumber(toMs), out);
  return out;
}

/**
 * The first occurrence that starts at or after `after` (an occurrence already running is not "next").
 * Undefined when the series has ended, or no occurrence is found within the candidate limit.
 */
export function nextOccurrence(event: FeedEvent, after: RangeInput): Occurrence | undefined {
  const afterMs = instantOf(after);
  const plan = planOf(event);
  if (!plan.valid) return undefined;
  const rule = plan.rule;
  if (plan.firstStart >= afterMs && !rule?.except?.has(plan.firstDay)) return make(event, plan, plan.firstDay);
  if (!rule) return undefined;
  let found: Occurrence | undefined;
  const fromDay = Math.max(plan.firstDay + 1, berlinDayNumber(afterMs) - 1);
  walk(plan, rule, fromDay, lastDayOf(plan, rule), (day) => {
    if (rule.except?.has(day)) return true;
    const occurrence = make(event, plan, day);
    if (occurrence.start < afterMs) return true;
    found = occurrence;
    return false;
  });
  return found;
}

/**
 * The instants at which a Berlin month starts and the next one starts: [start, end) for
 * `occurrences`. `month` is 1-12; other values roll over into neighbouring years (0 = December before).
 */
export function monthRange(year: number, month: number): [number, number] {
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const next = index + 1;
  const ny = Math.floor(next / 12);
  return [fromBerlin({ year: y, month: m, day: 1 }), fromBerlin({ year: ny, month: next - ny * 12 + 1, day: 1 })];
}

/**
 * UTC milliseconds of a range bound.
 * @throws {RangeError} when the value is not a readable instant.
 */
export function instantOf(value: RangeInput): number {
  let ms: number;
  if (typeof value === 'number') ms = value;
  else if (value instanceof Date) ms = value.getTime();
  else if (DATE_ONLY.test(value)) ms = berlinInstant(dayNumberOf(value));
  else if (FLOATING_TIME.test(value)) ms = fromBerlin(parseWallClock(value));
  else ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a date or instant: ${String(value)}`);
  return ms;
}

function collect(event: FeedEvent, fromMs: number, toMs: number, rangeFromDay: number, rangeToDay: number, out: Occurrence[]): void {
  const plan = planOf(event);
  if (!plan.valid) return;
  const rule = plan.rule;
  if (overlaps(plan.firstStart, plan.firstEnd, fromMs, toMs) && !rule?.except?.has(plan.firstDay)) {
    out.push(make(event, plan, plan.firstDay));
  }
  if (!rule || plan.firstDay >= rangeToDay) return;
  // An occurrence starting before `from` may still run into the range: look back by its length.
  const fromDay = Math.max(plan.firstDay + 1, rangeFromDay - plan.spanDays - 1);
  const toDay = Math.min(rangeToDay, lastDayOf(plan, rule));
  if (fromDay > toDay) return;
  walk(plan, rule, fromDay, toDay, (day) => {
    if (rule.except?.has(day)) return true;
    const occurrence = make(event, plan, day);
    if (overlaps(occurrence.start, occurrence.end, fromMs, toMs)) out.push(occurrence);
    return true;
  });
}

function overlaps(start: number, end: number, fromMs: number, toMs: number): boolean {
  return start < toMs && (end > fromMs || (end === start && start >= fromMs));
}

function make(event: FeedEvent, plan: Plan, day: number): Occurrence {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  let start: number;
  let end: number;
  let endDay: number;
  if (day === plan.firstDay) {
    start = plan.firstStart;
    end = plan.firstEnd;
  } else if (plan.isAllDay) {
    start = berlinInstant(day);
    end = berlinInstant(day + plan.spanDays + 1);
  } else {
    start = berlinInstant(day, plan.timeOfDay);
    end = start + plan.duration;
  }
  if (plan.isAllDay) endDay = day + plan.spanDays;
  else if (end === start) endDay = day;
  else endDay = berlinDayNumber(end - 1);
  return {
    event,
    id: `${event.id}/${year}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`,
    start,
    end,
    allDay: plan.isAllDay,
    startDay: day,
    endDay,
    status: event.status ?? 'scheduled',
  };
}

/**
 * Calls `visit` with the days after the first on which the rule puts an occurrence, ascending, from
 * `fromDay` to `toDay` inclusive (`except` is not applied here). Stops when `visit` returns false or
 * after MAX_CANDIDATES_PER_EVENT candidates.
 */
function walk(plan: Plan, rule: Rule, fromDay: number, toDay: number, visit: (day: number) => boolean, budget = MAX_CANDIDATES_PER_EVENT): boolean {
  const first = plan.firstDay;
  fromDay = Math.max(fromDay, first + 1);
  if (fromDay > toDay) return false;
  const interval = rule.interval;
  if (rule.freq === 'daily') {
    const mask = rule.weekdays;
    // Every interval-th day from a weekday visits only some weekdays; none of them may be wanted.
    if (mask && interval % 7 === 0 && !(mask & (1 << weekdayOfDays(first)))) return false;
    for (let day = first + Math.ceil((fromDay - first) / interval) * interval; day <= toDay; day += interval) {
      if (budget-- <= 0) return true;
      if (mask && !(mask & (1 << weekdayOfDays(day)))) continue;
      if (!visit(day)) return false;
    }
    return false;
  }
  if (rule.freq === 'weekly') {
    const offsets = weekdayList(rule.weekdays || 1 << weekdayOfDays(first));
    const period = 7 * interval;
    const firstMonday = first - weekdayOfDays(first);
    for (let monday = firstMonday + Math.max(0, Math.floor((fromDay - firstMonday) / period)) * period; monday <= toDay; monday += period) {
      for (const offset of offsets) {
        const day = monday + offset;
        if (day < fromDay) continue;
        if (budget-- <= 0) return true;
        if (day > toDay || !visit(day)) return false;
      }
    }
    return false;
  }
  const { year, month, day: dayOfMonth } = civilFromDays(first);
  const firstMonth = year * 12 + month - 1;
  const from = civilFromDays(fromDay);
  const skip = Math.max(0, Math.floor((from.year * 12 + from.month - 1 - firstMonth) / interval));
  for (let index = firstMonth + skip * interval; ; index += interval) {
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    const monthStart = daysFromCivil(y, m, 1);
    if (monthStart > toDay) return false;
    if (budget-- <= 0) return true;
    for (const day of monthDays(rule, monthStart, daysInMonth(y, m), dayOfMonth)) {
      if (day < fromDay) continue;
      if (day > toDay || !visit(day)) return false;
    }
  }
}

/** The days of one month that a monthly rule picks, ascending. */
function monthDays(rule: Rule, monthStart: number, length: number, dayOfMonth: number): number[] {
  if (!rule.weekdays && !rule.positions.length) return dayOfMonth <= length ? [monthStart + dayOfMonth - 1] : [];
  const days: number[] = [];
  const firstWeekday = weekdayOfDays(monthStart);
  if (rule.weekdays) {
    for (let offset = 0; offset < length; offset++) if (rule.weekdays & (1 << ((firstWeekday + offset) % 7))) days.push(monthStart + offset);
  }
  for (const [n, weekday] of rule.positions) {
    let offset: number;
    if (n > 0) offset = ((weekday - firstWeekday + 7) % 7) + (n - 1) * 7;
    else {
      const lastWeekday = (firstWeekday + length - 1) % 7;
      offset = length - 1 - ((lastWeekday - weekday + 7) % 7) + (n + 1) * 7;
    }
    if (offset >= 0 && offset < length && !days.includes(monthStart + offset)) days.push(monthStart + offset);
  }
  return rule.positions.length ? days.sort((a, b) => a - b) : days;
}

/** The last day of a series: `until`, or the day of the `count`-th occurrence, found once per event. */
function lastDayOf(plan: Plan, rule: Rule): number {
  if (rule.lastDay !== undefined) return rule.lastDay;
  let seen = 1;
  let day = plan.firstDay;
  let exhausted = false;
  if (rule.count > 1) {
    // Once per event, so a legitimate count may look further than a range walk (every Monday by a
    // daily rule looks at seven days per occurrence); a rule that never matches still ends.
    const budget = MAX_CANDIDATES_PER_EVENT + 8 * Math.min(rule.count, 10_000);
    exhausted = walk(plan, rule, plan.firstDay + 1, rule.until, (candidate) => {
      day = candidate;
      return ++seen < rule.count;
    }, budget);
  }
  // Short of its count, the series ends at `until`, or where a pathological rule gave up.
  rule.lastDay = seen >= rule.count || exhausted ? day : rule.until;
  return rule.lastDay;
}

function planOf(event: FeedEvent): Plan {
  const cached = plans.get(event);
  if (cached && cached.start === event.start && cached.end === event.end && cached.allDay === event.allDay && cached.recurrence === event.recurrence) {
    return cached;
  }
  const plan = makePlan(event);
  plans.set(event, plan);
  return plan;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const FLOATING_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function parseWallClock(value: string) {
  const [year, month, day, hour, minute, second] = [0, 5, 8, 11, 14, 17].map((at) => Number(value.slice(at, at + (at ? 2 : 4)) || 0));
  return { year, month, day, hour, minute, second };
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?([+-]\d{2}:?\d{2}|Z)$/i;

function makePlan(event: FeedEvent): Plan {
  const plan: Plan = {
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    recurrence: event.recurrence,
    valid: false,
    isAllDay: false,
    firstStart: NaN,
    firstEnd: NaN,
    firstDay: NaN,
    timeOfDay: 0,
    duration: 0,
    spanDays: 0,
    rule: undefined,
  };
  if (typeof event.start !== 'string') return plan;
  // A date without a time is an all-day start even where `allDay` was forgotten.
  plan.isAllDay = event.allDay === true || DATE_ONLY.test(event.start);
  if (plan.isAllDay) {
    const firstDay = calendarDay(event.start);
    const lastDay = event.end ? calendarDay(event.end) : firstDay;
    if (!Number.isFinite(firstDay)) return plan;
    plan.firstDay = firstDay;
    plan.spanDays = Number.isFinite(lastDay) ? Math.max(0, lastDay - firstDay) : 0;
    plan.firstStart = berlinInstant(firstDay);
    plan.firstEnd = berlinInstant(firstDay + plan.spanDays + 1);
  } else {
    const start = instantOfIso(event.start);
    if (!Number.isFinite(start)) return plan;
    const end = event.end ? instantOfIso(event.end) : start;
    plan.firstStart = start;
    plan.duration = Number.isFinite(end) && end > start ? end - start : 0;
    plan.firstEnd = start + plan.duration;
    const local = start + berlinOffsetMinutes(start) * 60_000;
    plan.firstDay = Math.floor(local / DAY);
    if (event.recurrence) plan.timeOfDay = writtenGapTime(event.start) ?? local - plan.firstDay * DAY;
    // The exact duration may end on a later wall-clock day by up to a day's DST shift: bound generously.
    plan.spanDays = Math.ceil((plan.duration + HOUR) / DAY);
  }
  plan.valid = true;
  plan.rule = event.recurrence ? makeRule(event.recurrence) : undefined;
  return plan;
}

/**
 * The wall-clock time of day (ms) that a series repeats is normally the Berlin time of its start. But
 * a start written with a Berlin offset at a time that does not exist that day (02:30 on the
 * spring-forward Sunday) means the written time, which exists on every other day: that time, else
 * undefined.
 */
function writtenGapTime(text: string): number | undefined {
  // Only 02:xx in March can be skipped (cheap test first: this runs for every recurring event).
  if (text.charCodeAt(5) !== 48 || text.charCodeAt(6) !== 51 || text.charCodeAt(11) !== 48 || text.charCodeAt(12) !== 50) return undefined;
  const match = LOCAL_TIME.exec(text);
  if (!match || !/^\+0[12]:?00$/.test(match[8])) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const back = toBerlin(fromBerlin({ year, month, day, hour, minute, second }));
  if (back.hour === hour && back.minute === minute) return undefined;
  return ((hour * 60 + minute) * 60 + second) * 1000 + Number((match[7] ?? '').padEnd(3, '0'));
}

const WEEKDAY_INDEX: Partial<Record<string, number>> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };
const POSITIONS = ['1', '2', '3', '4', '5', '-1', '-2', '-3', '-4', '-5'];

function makeRule(recurrence: Recurrence): Rule | undefined {
  const freq = recurrence.freq;
  if (freq !== 'daily' && freq !== 'weekly' && freq !== 'monthly') return undefined;
  let weekdays = 0;
  const positions: Array<[number, number]> = [];
  for (const code of recurrence.byDay ?? []) {
    if (typeof code !== 'string') continue;
    const weekday = WEEKDAY_INDEX[code.slice(-2)];
    const position = code.length > 2 ? POSITIONS.indexOf(code.slice(0, -2)) : -1;
    if (weekday === undefined || (code.length > 2 && position < 0)) continue;
    // Positions only mean something in monthly rules; elsewhere "1mo" is read as Monday.
    if (position >= 0 && freq === 'monthly') positions.push([Number(POSITIONS[position]), weekday]);
    else weekdays |= 1 << weekday;
  }
  const interval = Number.isInteger(recurrence.interval) && recurrence.interval! >= 1 ? recurrence.interval! : 1;
  const until = recurrence.until ? calendarDay(recurrence.until) : Infinity;
  const count = Number.isInteger(recurrence.count) && recurrence.count! >= 1 ? recurrence.count! : Infinity;
  const except = recurrence.except?.length ? new Set(recurrence.except.map(calendarDay)) : undefined;
  return {
    freq: recurrence.freq,
    interval,
    weekdays,
    positions,
    until: Number.isFinite(until) ? until : Infinity,
    count,
    lastDay: count === Infinity ? (Number.isFinite(until) ? until : Infinity) : undefined,
    except,
  };
}

/** Berlin day number of `YYYY-MM-DD`, or of the Berlin day of a date-time. */
function calendarDay(value: string): number {
  if (value.length === 10 && DATE_ONLY.test(value)) return daysFromCivil(digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2));
  const ms = instantOfIso(value);
  return Number.isFinite(ms) ? berlinDayNumber(ms) : NaN;
}

function weekdayList(mask: number): number[] {
  const list: number[] = [];
  for (let weekday = 0; weekday < 7; weekday++) if (mask & (1 << weekday)) list.push(weekday);
  return list;
}

/**
 * Sorts by start, then German title, then id. Starts are ranked with a native numeric sort and the
 * occurrences placed by rank (stable, no comparator calls); titles are compared only within runs of
 * equal starts, a few occurrences each. Several times faster than one comparator for all.
 */
function sortByStartThenTitle(list: Occurrence[]): Occurrence[] {
  const n = list.length;
  if (n < 64) return list.sort((a, b) => a.start - b.start || byTitleThenId(a, b));
  const starts = new Float64Array(n);
  for (let i = 0; i < n; i++) starts[i] = list[i].start;
  const ascending = starts.slice().sort();
  const rankOf = new Map<number, number>();
  for (let i = 0; i < n; i++) if (i === 0 || ascending[i] !== ascending[i - 1]) rankOf.set(ascending[i], rankOf.size);
  const ranks = new Uint32Array(n);
  const bucketEnd = new Uint32Array(rankOf.size + 1);
  for (let i = 0; i < n; i++) bucketEnd[(ranks[i] = rankOf.get(starts[i])!) + 1]++;
  for (let r = 1; r <= rankOf.size; r++) bucketEnd[r] += bucketEnd[r - 1];
  const sorted = new Array<Occurrence>(n);
  for (let i = 0; i < n; i++) sorted[bucketEnd[ranks[i]]++] = list[i];
  for (let r = 0, from = 0; r < rankOf.size; from = bucketEnd[r++]) {
    if (bucketEnd[r] - from < 2) continue;
    const run = sorted.slice(from, bucketEnd[r]).sort(byTitleThenId);
    for (let i = 0; i < run.length; i++) sorted[from + i] = run[i];
  }
  return sorted;
}

function byTitleThenId(a: Occurrence, b: Occurrence): number {
  const ta = a.event.title?.de ?? '';
  const tb = b.event.title?.de ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
