/**
 * Time in the network's zone, Europe/Berlin, independent of the visitor's zone.
 *
 * Central European Time is UTC+1, summer time UTC+2 from the last Sunday of March 01:00 UTC to the
 * last Sunday of October 01:00 UTC (EU rule, in force since 1996). The rule is computed instead of
 * asked from `Intl` because occurrence expansion converts thousands of times per month view, and
 * arithmetic is both faster and the same in every browser; a test compares it with `Intl`.
 */

export const NETWORK_TIME_ZONE = 'Europe/Berlin';

/** A calendar date without a zone. `month` is 1-12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time in Berlin. */
export interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (inverse of `daysFromCivil`). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day number: 0 = Monday ... 6 = Sunday. */
export function weekdayOfDays(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** Day number of the last Sunday of a month. */
function lastSunday(year: number, month: number): number {
  const last = daysFromCivil(year, month, daysInMonth(year, month));
  return last - ((weekdayOfDays(last) + 1) % 7);
}

const summerCache = new Map<number, [number, number]>();

/** The UTC instants at which summer time starts and ends in a year. */
function summerTime(year: number): [number, number] {
  let span = summerCache.get(year);
  if (!span) {
    span = [lastSunday(year, 3) * DAY + HOUR, lastSunday(year, 10) * DAY + HOUR];
    summerCache.set(year, span);
  }
  return span;
}

/** The mean Gregorian year: close enough to find the year of an instant outside the days around New Year. */
const MEAN_YEAR = 31_556_952_000;

/** Berlin's offset from UTC, in minutes, at a UTC instant (without allocating: expansion calls it a lot). */
export function berlinOffsetMinutes(utcMs: number): 60 | 120 {
  // The estimate may be a year off only around New Year, which is winter in both years.
  const [start, end] = summerTime(1970 + Math.floor(utcMs / MEAN_YEAR));
  return utcMs >= start && utcMs < end ? 120 : 60;
}

/** The Berlin wall clock at a UTC instant. */
export function toBerlin(utcMs: number): WallClock {
  const local = new Date(utcMs + berlinOffsetMinutes(utcMs) * MINUTE);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/**
 * The UTC instant of a Berlin wall-clock time. A time that does not exist (skipped in spring) is
 * read with the offset before the change, as RFC 5545 does (02:30 becomes 03:30 summer time); a time
 * that happens twice (autumn) means the first, summer-time one.
 */
export function fromBerlin(wall: Partial<WallClock> & CivilDate): number {
  return berlinInstant(daysFromCivil(wall.year, wall.month, wall.day), (wall.hour ?? 0) * HOUR + (wall.minute ?? 0) * MINUTE + (wall.second ?? 0) * 1000);
}

/** `fromBerlin` for a day number and the milliseconds since midnight on that Berlin day. */
export function berlinInstant(day: number, msOfDay = 0): number {
  const asUtc = day * DAY + msOfDay;
  const summer = asUtc - 2 * HOUR;
  return berlinOffsetMinutes(summer) === 120 ? summer : asUtc - HOUR;
}

/** Berlin's civil day number of a UTC instant. */
export function berlinDayNumber(utcMs: number): number {
  return Math.floor((utcMs + berlinOffsetMinutes(utcMs) * MINUTE) / DAY);
}

/** `2026-07-20` */
export function formatCivilDate(date: CivilDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** Reads `YYYY-MM-DD` (or the date part of a date-time). */
export function parseCivilDate(value: string): CivilDate {
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

/** Day number of `YYYY-MM-DD`. */
export function dayNumberOf(value: string): number {
  const { year, month, day } = parseCivilDate(value);
  return daysFromCivil(year, month, day);
}

/**
 * UTC ms of an ISO date-time with offset, as the feed writes them (`2026-07-20T10:00:00+02:00`), read
 * by hand because Date.parse is the largest cost of a first expansion; other shapes go to Date.parse.
 */
export function instantOfIso(text: string): number {
  const n = text.length;
  if (n < 16 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':') return Date.parse(text);
  let at = 16;
  let second = 0;
  let millis = 0;
  if (text[at] === ':') {
    second = digits(text, at + 1, 2);
    at += 3;
    if (text[at] === '.') {
      let end = at + 1;
      while (end < n && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      millis = Number(text.slice(at + 1, Math.min(end, at + 4)).padEnd(3, '0'));
      at = end;
    }
  }
  let offset = 0;
  if (text[at] === 'Z' || text[at] === 'z') {
    if (at + 1 !== n) return Date.parse(text);
  } else if ((text[at] === '+' || text[at] === '-') && at + 6 === n && text[at + 3] === ':') {
    offset = (text[at] === '-' ? -1 : 1) * (digits(text, at + 1, 2) * 60 + digits(text, at + 4, 2));
  } else return Date.parse(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (!(month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= daysInMonth(year, month)) && hour <= 23 && minute <= 59 && second <= 59)) return Date.parse(text);
  const value = daysFromCivil(year, month, day) * DAY + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
  return Number.isFinite(value) ? value : Date.parse(text);
}

/** The number written with `count` decimal digits at `at`, or NaN. */
export function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
