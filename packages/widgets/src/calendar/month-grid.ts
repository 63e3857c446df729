/**
 * The calendar's layout, as pure functions of Berlin day numbers (`daysFromCivil`): which weeks a
 * month grid shows, which occurrences fall on which day (a multi-day occurrence on every day it
 * covers), how many fit in a cell, and where the keyboard moves. No DOM, no Intl: tested in Node.
 */
import { berlinDayNumber, civilFromDays, daysFromCivil, daysInMonth, fromBerlin, weekdayOfDays, type Occurrence } from '@infamilie/feed';

/** A calendar month; `month` is 1-12. */
export interface MonthId {
  year: number;
  month: number;
}

/** One occurrence as shown on one day. */
export interface DayEntry {
  occurrence: Occurrence;
  /** The day this entry is shown on. */
  day: number;
  /** 0 on the occurrence's first day, 1 on its second, ... */
  dayIndex: number;
  /** How many days the occurrence covers (1 for most). */
  dayCount: number;
}

/** Per-cell limit of the month grid: more than this, and the cell says "+N weitere". */
export const MAX_PER_CELL = 3;

/** Reads `2026-07` (or a date `2026-07-20`, whose month is meant); anything else is undefined. */
export function parseMonth(value: string | null | undefined): MonthId | undefined {
  const match = /^\s*(\d{4})-(\d{2})(?:-\d{2})?\s*$/.exec(value ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && year >= 1900 && year <= 2200 ? { year, month } : undefined;
}

/** `2026-07` */
export function formatMonth({ year, month }: MonthId): string {
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

export function addMonths({ year, month }: MonthId, count: number): MonthId {
  const index = year * 12 + (month - 1) + count;
  const y = Math.floor(index / 12);
  return { year: y, month: index - y * 12 + 1 };
}

export function monthOfDay(day: number): MonthId {
  const { year, month } = civilFromDays(day);
  return { year, month };
}

export function sameMonth(a: MonthId, b: MonthId): boolean {
  return a.year === b.year && a.month === b.month;
}

export function firstDayOf(month: MonthId): number {
  return daysFromCivil(month.year, month.month, 1);
}

export function lastDayOf(month: MonthId): number {
  return daysFromCivil(month.year, month.month, daysInMonth(month.year, month.month));
}

/** Today in Berlin, as a day number. */
export function berlinToday(now = Date.now()): number {
  return berlinDayNumber(now);
}

/** The Berlin midnight that starts a day: range bounds for `occurrences`. */
export function dayStart(day: number): number {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  return fromBerlin({ year, month, day: dayOfMonth });
}

/** Column of a day in a week that starts on `weekStart` (0 = Monday ... 6 = Sunday). */
export function columnOf(day: number, weekStart: number): number {
  return (weekdayOfDays(day) - weekStart + 7) % 7;
}

export function weekStartOf(day: number, weekStart: number): number {
  return day - columnOf(day, weekStart);
}

/** The weeks a month grid shows: whole weeks from the one holding the 1st to the one holding the last day. */
export function gridWeeks(month: MonthId, weekStart: number): number[][] {
  const first = weekStartOf(firstDayOf(month), weekStart);
  const last = lastDayOf(month);
  const weeks: number[][] = [];
  for (let start = first; start <= last; start += 7) weeks.push(Array.from({ length: 7 }, (_, column) => start + column));
  return weeks;
}

/**
 * The occurrences per day between `fromDay` and `toDay` (inclusive): each occurrence on every day it
 * covers, in the order given (occurrences() sorts by start, so what began earlier comes first).
 */
export function entriesByDay(list: readonly Occurrence[], fromDay: number, toDay: number): Map<number, DayEntry[]> {
  const byDay = new Map<number, DayEntry[]>();
  for (const occurrence of list) {
    const dayCount = Math.max(1, occurrence.endDay - occurrence.startDay + 1);
    const first = Math.max(fromDay, occurrence.startDay);
    const last = Math.min(toDay, occurrence.startDay + dayCount - 1);
    for (let day = first; day <= last; day++) {
      let entries = byDay.get(day);
      if (!entries) byDay.set(day, (entries = []));
      entries.push({ occurrence, day, dayIndex: day - occurrence.startDay, dayCount });
    }
  }
  return byDay;
}

/** A range as a view shows it: entries per day, the days with entries, and how many occurrences. */
export interface RangeSummary {
  byDay: Map<number, DayEntry[]>;
  /** Days from `countFrom` to `countTo` that have entries, in order. */
  days: number[];
  /** Occurrences overlapping `countFrom`..`countTo` (a month, where the grid shows more days). */
  count: number;
}

export function summarize(list: readonly Occurrence[], fromDay: number, toDay: number, countFrom = fromDay, countTo = toDay): RangeSummary {
  const byDay = entriesByDay(list, fromDay, toDay);
  const days = [...byDay.keys()].filter((day) => day >= countFrom && day <= countTo).sort((a, b) => a - b);
  let count = 0;
  for (const occurrence of list) if (occurrence.endDay >= countFrom && occurrence.startDay <= countTo) count++;
  return { byDay, days, count };
}

/** What a cell shows: the first `max` entries, and how many more there are. */
export function cellEntries(entries: readonly DayEntry[] | undefined, max = MAX_PER_CELL): { shown: readonly DayEntry[]; more: number } {
  if (!entries) return { shown: [], more: 0 };
  const limit = Math.max(0, Math.floor(max));
  return entries.length > limit ? { shown: entries.slice(0, limit), more: entries.length - limit } : { shown: entries, more: 0 };
}

/** The keys that move through the month grid. */
export const GRID_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'] as const;
export type GridKey = (typeof GRID_KEYS)[number];

export function isGridKey(key: string): key is GridKey {
  return (GRID_KEYS as readonly string[]).includes(key);
}

/**
 * The day the focus moves to from `day` (WAI-ARIA grid pattern, as date pickers do): arrows by a
 * day (mirrored right to left) or a week, Home/End to the start/end of the week, PageUp/PageDown to
 * the same day of the previous/next month (the last day where the month is shorter), with Shift
 * by a year.
 */
export function moveDay(day: number, key: GridKey, options: { weekStart: number; rtl?: boolean; shift?: boolean }): number {
  const { weekStart, rtl = false, shift = false } = options;
  switch (key) {
    case 'ArrowLeft':
      return day + (rtl ? 1 : -1);
    case 'ArrowRight':
      return day + (rtl ? -1 : 1);
    case 'ArrowUp':
      return day - 7;
    case 'ArrowDown':
      return day + 7;
    case 'Home':
      return weekStartOf(day, weekStart);
    case 'End':
      return weekStartOf(day, weekStart) + 6;
    case 'PageUp':
    case 'PageDown': {
      const { year, month, day: dayOfMonth } = civilFromDays(day);
      const target = addMonths({ year, month }, (key === 'PageUp' ? -1 : 1) * (shift ? 12 : 1));
      return daysFromCivil(target.year, target.month, Math.min(dayOfMonth, daysInMonth(target.year, target.month)));
    }
  }
}

/** The day a month view focuses first: `preferred` when it lies in the month, else the 1st. */
export function focusDayIn(month: MonthId, preferred: number): number {
  return preferred >= firstDayOf(month) && preferred <= lastDayOf(month) ? preferred : firstDayOf(month);
}
