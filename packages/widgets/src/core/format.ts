/**
 * Formatting through `Intl`, in the reader's language and the network's time zone. Formatters are
 * costly to create, so each is made once per locale and options.
 */
import { NETWORK_TIME_ZONE, type Ages, type Weekday } from '@infamilie/feed';
import { inTurn } from './turns.ts';

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * The first formatter of a kind costs a browser 5 to 15 ms (it loads its language data), several times that
 * on a cheap phone. An element calls this while its feed downloads: the formatters that cards, lists and
 * names need are made then, each in a task of its own, and not all at once when the feed has arrived.
 */
export function prepareFormats(locale: string): void {
  if (prepared.has(locale)) return;
  prepared.add(locale);
  const makers = [
    () => collator(locale),
    () => languageName('tr', locale),
    () => formatList(['a', 'b'], locale),
    () => formatYears({ min: 0, max: 3 }, locale),
    () => weekdayName(0, locale),
    () => formatTimeSpan('09:00', '10:00', locale),
  ];
  for (const make of makers) inTurn(make);
}
const prepared = new Set<string>();

/** Sorting in the reader's language: "Ärztin" beside "Arzt", "Kurs 2" before "Kurs 10". */
export function collator(locale: string): Intl.Collator {
  return cached(`collator:${locale}`, () => new Intl.Collator([locale, 'de'], { sensitivity: 'base', numeric: true }));
}

/** "Türkisch" for `tr` in German, "Turkish" in English; the tag itself if the browser has no name. */
export function languageName(tag: string, locale: string): string {
  try {
    const names = cached(`lang:${locale}`, () => new Intl.DisplayNames([locale, 'de'], { type: 'language', fallback: 'code' }));
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A list in the reader's language: "Deutsch, Türkisch und Arabisch". */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`list:${locale}:${type}`, () => new Intl.ListFormat([locale, 'de'], { style: 'long', type })).format(items);
}

export function formatNumber(value: number, locale: string): string {
  return cached(`num:${locale}`, () => new Intl.NumberFormat([locale, 'de'])).format(value);
}

/** "0–6 Jahre", "ab 3 Jahren" is left to the caller's message; this gives the numbers with their unit. */
export function formatYears(ages: Ages, locale: string): string | undefined {
  const years = cached(`years:${locale}`, () => new Intl.NumberFormat([locale, 'de'], { style: 'unit', unit: 'year', unitDisplay: 'long' }));
  const { min, max } = ages;
  if (min !== undefined && max !== undefined) return min === max ? years.format(min) : years.formatRange(min, max);
  if (min !== undefined) return years.format(min);
  if (max !== undefined) return years.format(max);
  return undefined;
}

/** 2024-01-01 is a Monday: weekday names come from formatting the days of that week. */
const MONDAY_UTC = Date.UTC(2024, 0, 1, 12);
const WEEKDAY_INDEX: Record<Weekday, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };

export function weekdayName(day: Weekday | number, locale: string, width: 'long' | 'short' = 'long'): string {
  const index = typeof day === 'number' ? day : WEEKDAY_INDEX[day];
  const format = cached(`wd:${locale}:${width}`, () => new Intl.DateTimeFormat([locale, 'de'], { weekday: width, timeZone: 'UTC' }));
  return format.format(new Date(MONDAY_UTC + index * 86_400_000));
}

/** Opening hours from Monday to Sunday, each day's hours in order. */
export function sortedWeekly<T extends { day: Weekday; opens: string }>(slots: readonly T[]): T[] {
  return [...slots].sort((a, b) => WEEKDAY_INDEX[a.day] - WEEKDAY_INDEX[b.day] || a.opens.localeCompare(b.opens));
}

/** "09:00–11:00" (or "9:00 AM – 11:00 AM") for wall-clock times written HH:MM. */
export function formatTimeSpan(opens: string, closes: string, locale: string): string {
  const format = cached(`hm:${locale}`, () => new Intl.DateTimeFormat([locale, 'de'], { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }));
  const at = (hhmm: string) => Date.UTC(2024, 0, 1, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)));
  return format.formatRange(at(opens), at(closes));
}

/** Date and time formats in Berlin time, whatever the visitor's zone. */
export function berlinFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `dt:${locale}:${JSON.stringify(options)}`;
  return cached(key, () => new Intl.DateTimeFormat([locale, 'de'], { ...options, timeZone: NETWORK_TIME_ZONE }));
}

/** The first day of the week for a locale (0 = Monday ... 6 = Sunday); Monday where the browser cannot say. */
export function firstDayOfWeek(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const firstDay = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay;
    return firstDay ? (firstDay + 6) % 7 : 0;
  } catch {
    return 0;
  }
}
