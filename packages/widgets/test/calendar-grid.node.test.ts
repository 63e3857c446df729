// The calendar's pure parts: month grid layout, entries per day, +N overflow, keyboard moves,
// subscription URLs, memoised occurrences and the visitor's zone. Run: node --import tsx --test <file>
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { civilFromDays, dayNumberOf, formatCivilDate, occurrences, parseFeed, type FeedEvent, type FeedInput } from '@infamilie/feed';
import {
  addMonths,
  cellEntries,
  columnOf,
  dayStart,
  entriesByDay,
  firstDayOf,
  focusDayIn,
  formatMonth,
  gridWeeks,
  isGridKey,
  lastDayOf,
  moveDay,
  parseMonth,
  summarize,
} from '../src/calendar/month-grid.ts';
import { calendarEvents, calendarOccurrences, nextCalendarOccurrence, occurrenceStartIso, queryKey, zoneDiffersFromBerlin } from '../src/calendar/calendar-data.ts';
import { subscriptionFile, subscriptionUrl } from '../src/calendar/subscribe.ts';
import { narrowCalendar } from '../src/calendar/calendar-filters.ts';

const date = (day: number) => formatCivilDate(civilFromDays(day));
const day = (value: string) => dayNumberOf(value);
const MONDAY = 0;
const SUNDAY = 6;

function event(fields: Partial<FeedEvent> & Pick<FeedEvent, 'start'>): FeedEvent {
  return { id: 'e', title: { de: 'Termin' }, ...fields };
}

test('parseMonth reads YYYY-MM (and the month of a date), nothing else', () => {
  assert.deepEqual(parseMonth('2027-03'), { year: 2027, month: 3 });
  assert.deepEqual(parseMonth(' 2027-03-15 '), { year: 2027, month: 3 });
  for (const bad of ['2027-13', '2027-00', '27-03', 'März', '', null, undefined, '2027-3', '0999-01']) assert.equal(parseMonth(bad), undefined, String(bad));
  assert.equal(formatMonth({ year: 2027, month: 3 }), '2027-03');
  assert.deepEqual(addMonths({ year: 2027, month: 1 }, -1), { year: 2026, month: 12 });
  assert.deepEqual(addMonths({ year: 2026, month: 12 }, 14), { year: 2028, month: 2 });
});

test('a month grid holds whole weeks from the week of the 1st to the week of the last day', () => {
  // March 2027 starts on a Monday and ends on a Wednesday.
  const weeks = gridWeeks({ year: 2027, month: 3 }, MONDAY);
  assert.equal(weeks.length, 5);
  assert.equal(date(weeks[0][0]), '2027-03-01');
  assert.equal(date(weeks[4][6]), '2027-04-04');
  // With Sunday first (en-US), the grid starts on the last Sunday of February.
  const sundayFirst = gridWeeks({ year: 2027, month: 3 }, SUNDAY);
  assert.equal(date(sundayFirst[0][0]), '2027-02-28');
  assert.equal(date(sundayFirst.at(-1)![6]), '2027-04-03');
  // August 2026 starts on a Saturday and ends on a Monday: six weeks.
  const six = gridWeeks({ year: 2026, month: 8 }, MONDAY);
  assert.equal(six.length, 6);
  assert.equal(date(six[0][0]), '2026-07-27');
  assert.equal(date(six[5][0]), '2026-08-31');
  // February 2021 fills exactly four weeks.
  assert.equal(gridWeeks({ year: 2021, month: 2 }, MONDAY).length, 4);
  for (let month = 1; month <= 12; month++) {
    for (const start of [0, 5, 6]) {
      const grid = gridWeeks({ year: 2027, month }, start);
      for (const week of grid) assert.deepEqual(week.map((d) => columnOf(d, start)), [0, 1, 2, 3, 4, 5, 6]);
      assert.ok(grid[0][0] <= firstDayOf({ year: 2027, month }) && grid.at(-1)![6] >= lastDayOf({ year: 2027, month }));
    }
  }
});

test('entries per day: a multi-day occurrence on each day it covers, with its day number', () => {
  const events = [
    event({ id: 'camp', title: { de: 'Ferienfreizeit' }, start: '2027-03-05', end: '2027-03-07', allDay: true }),
    event({ id: 'night', title: { de: 'Lesenacht' }, start: '2027-03-12T18:00:00+01:00', end: '2027-03-13T09:00:00+01:00' }),
    event({ id: 'cafe', title: { de: 'Elterncafé' }, start: '2027-03-02T09:00:00+01:00', end: '2027-03-02T11:00:00+01:00', recurrence: { freq: 'weekly' } }),
    event({ id: 'midnight', title: { de: 'Bis Mitternacht' }, start: '2027-03-20T20:00:00+01:00', end: '2027-03-21T00:00:00+01:00' }),
  ];
  const [from, to] = [day('2027-03-01'), day('2027-04-04')];
  const byDay = entriesByDay(occurrences(events, dayStart(from), dayStart(to + 1)), from, to);
  const on = (value: string) => (byDay.get(day(value)) ?? []).map((e) => `${e.occurrence.event.id} ${e.dayIndex + 1}/${e.dayCount}`);
  assert.deepEqual(on('2027-03-05'), ['camp 1/3']);
  assert.deepEqual(on('2027-03-06'), ['camp 2/3']);
  assert.deepEqual(on('2027-03-07'), ['camp 3/3']);
  assert.deepEqual(on('2027-03-08'), []);
  assert.deepEqual(on('2027-03-12'), ['night 1/2']);
  assert.deepEqual(on('2027-03-13'), ['night 2/2']);
  // An end at midnight does not reach into the next day.
  assert.deepEqual(on('2027-03-21'), []);
  assert.deepEqual(on('2027-03-20'), ['midnight 1/1']);
  // Weekly on Tuesdays, also across the clock change of 28 March.
  for (const tuesday of ['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30']) assert.deepEqual(on(tuesday), ['cafe 1/1']);
  // A span that starts before the range shows from the range's first day.
  const late = entriesByDay(occurrences(events, dayStart(day('2027-03-06')), dayStart(day('2027-03-08'))), day('2027-03-06'), day('2027-03-07'));
  assert.deepEqual(late.get(day('2027-03-06'))!.map((e) => e.dayIndex), [1]);
});

test('a range summary counts the occurrences of the month, not of the whole grid', () => {
  const events = [
    event({ id: 'camp', start: '2027-02-27', end: '2027-03-02', allDay: true }),
    event({ id: 'cafe', start: '2027-03-02T09:00:00+01:00', recurrence: { freq: 'weekly' } }),
  ];
  // The grid of March 2027 with Sunday first runs from 28 February to 3 April.
  const [gridFrom, gridTo] = [day('2027-02-28'), day('2027-04-03')];
  const summary = summarize(occurrences(events, dayStart(gridFrom), dayStart(gridTo + 1)), gridFrom, gridTo, day('2027-03-01'), day('2027-03-31'));
  assert.equal(summary.count, 6);
  assert.deepEqual(summary.days.map(date), ['2027-03-01', '2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30']);
  assert.deepEqual(summary.byDay.get(day('2027-02-28'))!.map((e) => `${e.occurrence.event.id} ${e.dayIndex + 1}/${e.dayCount}`), ['camp 2/4']);
  assert.equal(summary.byDay.has(day('2027-04-01')), false);
});

test('a cell shows at most three entries and counts the rest', () => {
  const event0 = event({ id: 'busy', start: '2027-03-10T08:00:00+01:00', recurrence: { freq: 'daily', count: 1 } });
  const many = Array.from({ length: 15 }, (_, i) => ({ ...event0, id: `e${i}`, start: `2027-03-10T${String(8 + (i % 10)).padStart(2, '0')}:00:00+01:00` }));
  const list = occurrences(many, '2027-03-10', '2027-03-11');
  const entries = entriesByDay(list, day('2027-03-10'), day('2027-03-10')).get(day('2027-03-10'));
  const { shown, more } = cellEntries(entries);
  assert.equal(shown.length, 3);
  assert.equal(more, 12);
  assert.deepEqual(shown.map((e) => e.occurrence.id), list.slice(0, 3).map((o) => o.id));
  assert.deepEqual(cellEntries(entries!.slice(0, 3)), { shown: entries!.slice(0, 3), more: 0 });
  assert.deepEqual(cellEntries(undefined), { shown: [], more: 0 });
  assert.equal(cellEntries(entries, 5).more, 10);
});

test('keys move by day, week, to the week edges, and by month or year', () => {
  const wed = day('2027-03-17');
  const move = (key: string, options: { rtl?: boolean; shift?: boolean; weekStart?: number } = {}) => {
    assert.ok(isGridKey(key));
    return date(moveDay(wed, key, { weekStart: options.weekStart ?? MONDAY, ...options }));
  };
  assert.equal(move('ArrowRight'), '2027-03-18');
  assert.equal(move('ArrowLeft'), '2027-03-16');
  assert.equal(move('ArrowRight', { rtl: true }), '2027-03-16');
  assert.equal(move('ArrowLeft', { rtl: true }), '2027-03-18');
  assert.equal(move('ArrowDown'), '2027-03-24');
  assert.equal(move('ArrowUp'), '2027-03-10');
  assert.equal(move('Home'), '2027-03-15');
  assert.equal(move('End'), '2027-03-21');
  assert.equal(move('Home', { weekStart: SUNDAY }), '2027-03-14');
  assert.equal(move('End', { weekStart: SUNDAY }), '2027-03-20');
  assert.equal(move('PageUp'), '2027-02-17');
  assert.equal(move('PageDown'), '2027-04-17');
  assert.equal(move('PageDown', { shift: true }), '2028-03-17');
  // The 31st goes to the last day of a shorter month.
  assert.equal(date(moveDay(day('2027-03-31'), 'PageUp', { weekStart: MONDAY })), '2027-02-28');
  assert.equal(date(moveDay(day('2028-03-31'), 'PageUp', { weekStart: MONDAY })), '2028-02-29');
  assert.equal(isGridKey('Enter'), false);
  assert.equal(date(focusDayIn({ year: 2027, month: 3 }, day('2027-03-09'))), '2027-03-09');
  assert.equal(date(focusDayIn({ year: 2027, month: 3 }, day('2026-11-25'))), '2027-03-01');
});

test('subscription file names and URLs follow the documented convention', () => {
  assert.equal(subscriptionFile({}), 'all.ics');
  assert.equal(subscriptionFile({ quarter: ['brunnenstrassenviertel'] }), 'quarter-brunnenstrassenviertel.ics');
  assert.equal(subscriptionFile({ category: ['language'] }), 'category-language.ics');
  assert.equal(subscriptionFile({ partner: ['kita-sonne'], quarter: ['nord'], category: ['leisure'] }), 'quarter-nord_category-leisure_partner-kita-sonne.ics');
  assert.equal(subscriptionFile({ quarter: ['a', 'b'] }), undefined);
  assert.equal(subscriptionFile({ quarter: ['../x'] }), undefined);
  const base = 'https://schule.example/termine/';
  assert.equal(subscriptionUrl('https://cdn.example/feed/ics/', { quarter: ['nord'] }, base), 'https://cdn.example/feed/ics/quarter-nord.ics');
  assert.equal(subscriptionUrl('https://cdn.example/feed/ics', {}, base), 'https://cdn.example/feed/ics/all.ics');
  assert.equal(subscriptionUrl('https://cdn.example/ics/{file}?v=2', { category: ['language'] }, base), 'https://cdn.example/ics/category-language.ics?v=2');
  assert.equal(subscriptionUrl('/ics/', {}, base), 'https://schule.example/ics/all.ics');
  assert.equal(subscriptionUrl('javascript:alert(1)//', {}, base), undefined);
  assert.equal(subscriptionUrl('', {}, base), undefined);
  assert.equal(subscriptionUrl(undefined, {}, base), undefined);
  assert.equal(subscriptionUrl('https://cdn.example/', { partner: ['a', 'b'] }, base), undefined);
});

test('occurrences are expanded once per feed, query and range', () => {
  const doc: FeedInput = {
    version: 1,
    network: { id: 'n', name: 'N' },
    categories: [{ id: 'language', name: 'Sprache' }, { id: 'leisure', name: 'Freizeit' }],
    quarters: [{ id: 'nord', name: 'Nord' }],
    events: [
      { id: 'a', title: 'A', category: 'language', quarters: ['nord'], start: '2027-03-02T09:00:00+01:00', recurrence: { freq: 'weekly' }, ages: { min: 0, max: 3 } },
      { id: 'b', title: 'B', category: 'leisure', start: '2027-03-05', allDay: true },
      { id: 'c', title: 'C', category: 'leisure', start: '2027-06-01T10:00:00+02:00' },
    ],
  };
  const feed = parseFeed(doc).feed;
  const [from, to] = [dayStart(day('2027-03-01')), dayStart(day('2027-04-01'))];
  const first = calendarOccurrences(feed, { quarter: ['nord'] }, from, to);
  assert.equal(first.length, 5);
  assert.equal(calendarOccurrences(feed, { quarter: ['nord'] }, from, to), first);
  assert.equal(calendarOccurrences(feed, { category: ['leisure'] }, from, to).length, 1);
  assert.equal(queryKey({ quarter: ['b', 'a'] }), queryKey({ quarter: ['a', 'b'] }));
  assert.deepEqual(calendarEvents(feed, narrowCalendar({}, { category: '', phase: '6-10' })).map((e) => e.id), ['b', 'c']);
  assert.deepEqual(calendarEvents(feed, narrowCalendar({ category: ['language'] }, { category: 'leisure', phase: '' })).map((e) => e.id), ['b', 'c']);
  const next = nextCalendarOccurrence(feed, { category: ['leisure'] }, to);
  assert.equal(next && occurrenceStartIso(next), '2027-06-01T10:00:00+02:00');
  assert.equal(nextCalendarOccurrence(feed, { category: ['leisure'] }, dayStart(day('2027-07-01'))), undefined);
  assert.equal(occurrenceStartIso(first[0]), '2027-03-02T09:00:00+01:00');
  assert.equal(occurrenceStartIso(calendarOccurrences(feed, { category: ['leisure'] }, from, to)[0]), '2027-03-05');
});

test("the visitor's zone is compared with Berlin's on every day of the range", () => {
  const [from, to] = [dayStart(day('2027-03-01')), dayStart(day('2027-04-01'))];
  const berlin = (instant: number) => (instant >= Date.UTC(2027, 2, 28, 1) && instant < Date.UTC(2027, 9, 31, 1) ? 120 : 60);
  assert.equal(zoneDiffersFromBerlin(from, to, berlin), false);
  assert.equal(zoneDiffersFromBerlin(from, to, () => -480), true);
  // A zone at UTC+1 without summer time matches Berlin until 28 March only.
  assert.equal(zoneDiffersFromBerlin(from, dayStart(day('2027-03-27')), () => 60), false);
  assert.equal(zoneDiffersFromBerlin(from, to, () => 60), true);
});
