import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_CANDIDATES_PER_EVENT, instantOf, monthRange, nextOccurrence, occurrences, occurrencesOf, type Occurrence } from '../src/occurrences.ts';
import { parseFeed } from '../src/parse.ts';
import { dayNumberOf, toBerlin } from '../src/time.ts';
import type { FeedEvent } from '../src/schema.ts';
import { miniFeed } from './fixtures.ts';

function event(fields: Partial<FeedEvent> & Pick<FeedEvent, 'start'>): FeedEvent {
  return { id: 'e', title: { de: 'Termin' }, ...fields };
}

const iso = (ms: number) => new Date(ms).toISOString();
const starts = (list: Occurrence[]) => list.map((o) => iso(o.start));
const days = (list: Occurrence[]) => list.map((o) => o.id.split('/')[1]);

test('a weekly Tuesday 09:00 stays 09:00 in Berlin across the clock changes of 2026 and 2027', () => {
  const cafe = event({ id: 'cafe', start: '2026-10-13T09:00:00+02:00', end: '2026-10-13T11:00:00+02:00', recurrence: { freq: 'weekly', byDay: ['tu'] } });
  const list = occurrencesOf(cafe, '2026-10-01', '2027-12-01');
  assert.equal(list.length, 60);
  for (const o of list) {
    const wall = toBerlin(o.start);
    assert.deepEqual([wall.hour, wall.minute], [9, 0], o.id);
    assert.equal(o.end - o.start, 2 * 3_600_000, o.id);
  }
  const at = (day: string) => iso(list.find((o) => o.id === `cafe/${day}`)!.start);
  // Summer time ends on 25 Oct 2026, starts on 28 Mar 2027, ends on 31 Oct 2027.
  assert.equal(at('2026-10-20'), '2026-10-20T07:00:00.000Z');
  assert.equal(at('2026-10-27'), '2026-10-27T08:00:00.000Z');
  assert.equal(at('2027-03-23'), '2027-03-23T08:00:00.000Z');
  assert.equal(at('2027-03-30'), '2027-03-30T07:00:00.000Z');
  assert.equal(at('2027-10-26'), '2027-10-26T07:00:00.000Z');
  assert.equal(at('2027-11-02'), '2027-11-02T08:00:00.000Z');
});

test('monthly on the first Monday ("1mo") and on the last Friday ("-1fr")', () => {
  const first = event({ start: '2026-01-05T18:00:00+01:00', recurrence: { freq: 'monthly', byDay: ['1mo'] } });
  assert.deepEqual(days(occurrencesOf(first, '2026-01-01', '2026-07-01')), ['2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06', '2026-05-04', '2026-06-01']);
  const last = event({ start: '2026-01-30T18:00:00+01:00', recurrence: { freq: 'monthly', byDay: ['-1fr'] } });
  const list = occurrencesOf(last, '2026-01-01', '2026-07-01');
  assert.deepEqual(days(list), ['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29', '2026-06-26']);
  assert.deepEqual(starts(list).slice(2, 4), ['2026-03-27T17:00:00.000Z', '2026-04-24T16:00:00.000Z']);
});

test('monthly with several positions, and a fifth weekday only in months that have one', () => {
  const twice = event({ start: '2026-01-06T10:00:00+01:00', recurrence: { freq: 'monthly', byDay: ['-1tu', '1tu'] } });
  assert.deepEqual(days(occurrencesOf(twice, '2026-01-01', '2026-04-01')), ['2026-01-06', '2026-01-27', '2026-02-03', '2026-02-24', '2026-03-03', '2026-03-31']);
  const fifth = event({ start: '2026-03-30T10:00:00+02:00', recurrence: { freq: 'monthly', byDay: ['5mo'] } });
  assert.deepEqual(days(occurrencesOf(fifth, '2026-03-01', '2027-01-01')), ['2026-03-30', '2026-06-29', '2026-08-31', '2026-11-30']);
});

test('monthly without byDay keeps the day of the month and skips months without it', () => {
  const onThe31st = event({ start: '2026-01-31T18:00:00+01:00', recurrence: { freq: 'monthly' } });
  assert.deepEqual(days(occurrencesOf(onThe31st, '2026-01-01', '2027-01-01')), ['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31', '2026-10-31', '2026-12-31']);
  const leap = event({ start: '2024-02-29T10:00:00+01:00', recurrence: { freq: 'monthly', interval: 12 } });
  assert.deepEqual(days(occurrencesOf(leap, '2024-01-01', '2033-01-01')), ['2024-02-29', '2028-02-29', '2032-02-29']);
});

test('weekly every other week counts weeks from Monday', () => {
  const list = occurrencesOf(event({ start: '2026-01-11T10:00:00+01:00', recurrence: { freq: 'weekly', interval: 2, byDay: ['mo', 'su'] } }), '2026-01-01', '2026-02-10');
  // Weeks of 5 Jan, 19 Jan, 2 Feb; with weeks starting on Sunday it would be 11, 12, 25, 26 Jan ...
  assert.deepEqual(days(list), ['2026-01-11', '2026-01-19', '2026-01-25', '2026-02-02', '2026-02-08']);
  const plain = occurrencesOf(event({ start: '2026-01-07T10:00:00+01:00', recurrence: { freq: 'weekly', interval: 3 } }), '2026-01-01', '2026-03-01');
  assert.deepEqual(days(plain), ['2026-01-07', '2026-01-28', '2026-02-18']);
});

test('daily, with an interval and with a weekday filter', () => {
  const everyThird = event({ start: '2026-05-30T08:00:00+02:00', recurrence: { freq: 'daily', interval: 3, count: 4 } });
  assert.deepEqual(days(occurrencesOf(everyThird, '2026-05-01', '2026-07-01')), ['2026-05-30', '2026-06-02', '2026-06-05', '2026-06-08']);
  const weekdaysOnly = event({ start: '2026-06-05T08:00:00+02:00', recurrence: { freq: 'daily', byDay: ['mo', 'tu', 'we', 'th', 'fr'] } });
  assert.deepEqual(days(occurrencesOf(weekdaysOnly, '2026-06-05', '2026-06-12')), ['2026-06-05', '2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11']);
});

test('until is a Berlin calendar day and inclusive', () => {
  // 00:30 in Berlin on a Tuesday is still Monday in UTC.
  const late = event({ start: '2026-12-01T00:30:00+01:00', recurrence: { freq: 'weekly', until: '2026-12-22' } });
  const list = occurrencesOf(late, '2026-11-01', '2027-02-01');
  assert.deepEqual(days(list), ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22']);
  assert.equal(iso(list[3].start), '2026-12-21T23:30:00.000Z');
  assert.equal(nextOccurrence(late, '2026-12-23'), undefined);
});

test('count includes the start, even a start that the rule would not pick', () => {
  const fiveDays = event({ start: '2026-06-01T08:00:00+02:00', recurrence: { freq: 'daily', count: 5 } });
  assert.equal(occurrencesOf(fiveDays, '2026-01-01', '2027-01-01').length, 5);
  const mondayStart = event({ start: '2026-06-01T08:00:00+02:00', recurrence: { freq: 'weekly', byDay: ['we'], count: 3 } });
  assert.deepEqual(days(occurrencesOf(mondayStart, '2026-01-01', '2027-01-01')), ['2026-06-01', '2026-06-03', '2026-06-10']);
  // A range far into a count series still ends where the count does.
  const long = event({ start: '2026-01-06T09:00:00+01:00', recurrence: { freq: 'weekly', count: 100 } });
  assert.deepEqual(days(occurrencesOf(long, '2027-11-20', '2028-01-01')), ['2027-11-23', '2027-11-30']);
});

test('except leaves out days but they still count', () => {
  const list = occurrencesOf(event({ start: '2026-06-01T08:00:00+02:00', recurrence: { freq: 'daily', count: 5, except: ['2026-06-01', '2026-06-03'] } }), '2026-01-01', '2027-01-01');
  assert.deepEqual(days(list), ['2026-06-02', '2026-06-04', '2026-06-05']);
  const { feed } = parseFeed(miniFeed());
  const cafe = occurrencesOf(feed.events.find((e) => e.id === 'elterncafe-woechentlich')!, '2026-03-30', '2026-04-15');
  assert.deepEqual(days(cafe), ['2026-03-31', '2026-04-14']);
});

test('a start at 02:30 on the spring-forward day: that day at 03:30 summer time, 02:30 on every other day', () => {
  const daily = event({ start: '2027-03-28T02:30:00+01:00', recurrence: { freq: 'daily', count: 3 } });
  assert.deepEqual(starts(occurrencesOf(daily, '2027-03-01', '2027-04-30')), ['2027-03-28T01:30:00.000Z', '2027-03-29T00:30:00.000Z', '2027-03-30T00:30:00.000Z']);
  const weekly = event({ start: '2027-03-21T02:30:00+01:00', recurrence: { freq: 'weekly', count: 3 } });
  const list = occurrencesOf(weekly, '2027-03-01', '2027-04-30');
  assert.deepEqual(starts(list), ['2027-03-21T01:30:00.000Z', '2027-03-28T01:30:00.000Z', '2027-04-04T00:30:00.000Z']);
  assert.deepEqual(list.map((o) => toBerlin(o.start).hour), [2, 3, 2]);
  // 02:30 happens twice on the autumn day: the first, summer-time one is meant.
  const autumn = event({ start: '2026-10-18T02:30:00+02:00', recurrence: { freq: 'weekly', count: 3 } });
  assert.deepEqual(starts(occurrencesOf(autumn, '2026-10-01', '2026-11-30')), ['2026-10-18T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-11-01T01:30:00.000Z']);
});

test('all-day events: end is the last day, inclusive; they run from Berlin midnight to midnight', () => {
  const { feed } = parseFeed(miniFeed());
  const [lantern] = occurrences(feed.events, '2026-11-01', '2026-12-01').filter((o) => o.event.id === 'laternenumzug');
  assert.equal(lantern.allDay, true);
  assert.equal(lantern.status, 'cancelled');
  assert.deepEqual([iso(lantern.start), iso(lantern.end)], ['2026-11-10T23:00:00.000Z', '2026-11-11T23:00:00.000Z']);
  assert.deepEqual([lantern.startDay, lantern.endDay], [dayNumberOf('2026-11-11'), dayNumberOf('2026-11-11')]);

  const camp = event({ start: '2027-03-27', end: '2027-03-29', allDay: true });
  const [occurrence] = occurrencesOf(camp, '2027-03-01', '2027-04-01');
  assert.deepEqual([occurrence.startDay, occurrence.endDay], [dayNumberOf('2027-03-27'), dayNumberOf('2027-03-29')]);
  assert.deepEqual([iso(occurrence.start), iso(occurrence.end)], ['2027-03-26T23:00:00.000Z', '2027-03-29T22:00:00.000Z']);
  assert.equal(occurrencesOf(camp, '2027-03-29', '2027-03-30').length, 1, 'the last day is part of it');
  assert.equal(occurrencesOf(camp, '2027-03-30', '2027-04-30').length, 0);
  assert.equal(occurrencesOf(camp, '2027-03-20', '2027-03-27').length, 0);

  const weekend = event({ start: '2026-07-04', end: '2026-07-05', allDay: true, recurrence: { freq: 'weekly', count: 3 } });
  const list = occurrencesOf(weekend, '2026-07-12', '2026-08-01');
  assert.deepEqual(list.map((o) => [o.id, o.endDay - o.startDay]), [['e/2026-07-11', 1], ['e/2026-07-18', 1]]);
});

test('timed events over several days, and an end at midnight', () => {
  const retreat = event({ start: '2026-09-11T16:00:00+02:00', end: '2026-09-13T12:00:00+02:00' });
  const [o] = occurrencesOf(retreat, '2026-09-13', '2026-09-14');
  assert.deepEqual([o.startDay, o.endDay], [dayNumberOf('2026-09-11'), dayNumberOf('2026-09-13')]);
  assert.equal(occurrencesOf(retreat, '2026-09-13T12:00:00+02:00', '2026-09-14').length, 0, 'ends before the range');
  const evening = event({ start: '2026-09-11T20:00:00+02:00', end: '2026-09-12T00:00:00+02:00' });
  const [e] = occurrencesOf(evening, '2026-09-01', '2026-10-01');
  assert.equal(e.endDay, e.startDay);
  assert.equal(occurrencesOf(evening, '2026-09-12', '2026-09-13').length, 0);
  const noEnd = event({ start: '2026-09-11T20:00:00+02:00' });
  assert.equal(occurrencesOf(noEnd, '2026-09-11T20:00:00+02:00', '2026-09-12').length, 1, 'an instant at the range start is in it');
  assert.equal(occurrencesOf(noEnd, '2026-09-11', '2026-09-11T20:00:00+02:00').length, 0, 'the range end is not');
});

test('a range in the middle of a long series, and occurrences running into the range', () => {
  const since2000 = event({ id: 'morning', start: '2000-01-03T09:00:00+01:00', recurrence: { freq: 'daily' } });
  const july = occurrencesOf(since2000, ...monthRange(2026, 7));
  assert.equal(july.length, 31);
  assert.equal(july[0].id, 'morning/2026-07-01');
  assert.equal(iso(july[0].start), '2026-07-01T07:00:00.000Z');
  const everyThirdWeek = event({ start: '2001-01-01T09:00:00+01:00', recurrence: { freq: 'weekly', interval: 3, byDay: ['mo', 'fr'] } });
  const list = occurrencesOf(everyThirdWeek, '2026-06-01', '2026-08-01');
  for (const o of list) assert.equal(((o.startDay - dayNumberOf('2001-01-01')) % 21 + 21) % 21 < 7, true, o.id);
  assert.deepEqual(days(list), ['2026-06-01', '2026-06-05', '2026-06-22', '2026-06-26', '2026-07-13', '2026-07-17']);
  const overnight = event({ start: '2026-01-05T22:00:00+01:00', end: '2026-01-06T02:00:00+01:00', recurrence: { freq: 'weekly' } });
  assert.deepEqual(days(occurrencesOf(overnight, '2026-02-03T01:00:00+01:00', '2026-02-03T01:30:00+01:00')), ['2026-02-02']);
});

test('pathological rules are capped and cannot hang', () => {
  const began = Date.now();
  const never = event({ start: '2026-06-02T09:00:00+02:00', recurrence: { freq: 'daily', interval: 14, byDay: ['mo'], count: 1000 } });
  assert.deepEqual(days(occurrencesOf(never, '2026-01-01', '2100-01-01')), ['2026-06-02']);
  assert.equal(nextOccurrence(never, '2026-06-03'), undefined);
  const forever = event({ start: '2026-06-01T09:00:00+02:00', recurrence: { freq: 'daily' } });
  assert.equal(occurrencesOf(forever, '2026-01-01', '9999-01-01').length, MAX_CANDIDATES_PER_EVENT + 1);
  const rare = event({ start: '2026-06-02T09:00:00+02:00', recurrence: { freq: 'monthly', interval: 12, byDay: ['5mo'] } });
  const rareList = occurrencesOf(rare, '2026-01-01', '9999-01-01');
  // Five Mondays in June only some years; the walk gives up after MAX_CANDIDATES_PER_EVENT months.
  assert.deepEqual(days(rareList.slice(0, 3)), ['2026-06-02', '2026-06-29', '2031-06-30']);
  assert.ok(rareList.at(-1)!.startDay < dayNumberOf('2026-01-01') + (MAX_CANDIDATES_PER_EVENT + 1) * 12 * 31);
  assert.ok(Date.now() - began < 2000, `took ${Date.now() - began} ms`);
});

test('events written with any offset are found by their Berlin time', () => {
  const events = [
    event({ id: 'honolulu', start: '2026-05-04T17:00:00-10:00' }), // 05:00 on 5 May in Berlin
    event({ id: 'kiritimati', start: '2026-05-06T01:00:00+14:00' }), // 13:00 on 5 May
    event({ id: 'utc', start: '2026-05-04T22:30:00Z', end: '2026-05-04T23:30:00.000Z' }), // 00:30-01:30 on 5 May
    event({ id: 'before', start: '2026-05-04T21:59:59Z' }),
  ];
  const list = occurrences(events, '2026-05-05', '2026-05-06');
  assert.deepEqual(list.map((o) => o.id), ['utc/2026-05-05', 'honolulu/2026-05-05', 'kiritimati/2026-05-05']);
});

test('cancelled and postponed events are returned with their status; the list is sorted by start, then title', () => {
  const events = [
    event({ id: 'b', title: { de: 'Zumba' }, start: '2026-05-05T10:00:00+02:00', status: 'postponed' }),
    event({ id: 'a', title: { de: 'Basteln' }, start: '2026-05-05T10:00:00+02:00', status: 'cancelled' }),
    event({ id: 'c', title: { de: 'Anfang' }, start: '2026-05-04T10:00:00+02:00' }),
  ];
  const list = occurrences(events, '2026-05-01', '2026-06-01');
  assert.deepEqual(list.map((o) => [o.event.id, o.status]), [['c', 'scheduled'], ['a', 'cancelled'], ['b', 'postponed']]);
});

test('nextOccurrence: the first start at or after the instant', () => {
  const cafe = event({ start: '2026-03-03T09:00:00+01:00', recurrence: { freq: 'weekly', until: '2026-12-22', except: ['2026-04-07'] } });
  assert.equal(nextOccurrence(cafe, '2026-01-01')?.id, 'e/2026-03-03');
  assert.equal(nextOccurrence(cafe, '2026-04-01')?.id, 'e/2026-04-14');
  assert.equal(nextOccurrence(cafe, '2026-04-14T09:00:00+02:00')?.id, 'e/2026-04-14');
  assert.equal(nextOccurrence(cafe, '2026-04-14T09:00:01+02:00')?.id, 'e/2026-04-21');
  assert.equal(nextOccurrence(event({ start: '2026-03-03T09:00:00+01:00' }), '2026-03-04'), undefined);
});

test('range bounds: dates are Berlin days, date-times without offset are Berlin wall-clock time', () => {
  assert.equal(iso(instantOf('2026-07-01')), '2026-06-30T22:00:00.000Z');
  assert.equal(iso(instantOf('2026-12-01T10:00')), '2026-12-01T09:00:00.000Z');
  assert.equal(instantOf(new Date('2026-07-01T00:00:00Z')), Date.UTC(2026, 6, 1));
  assert.equal(instantOf(5), 5);
  assert.throws(() => instantOf('next week'), RangeError);
  assert.deepEqual(monthRange(2027, 3).map(iso), ['2027-02-28T23:00:00.000Z', '2027-03-31T22:00:00.000Z']);
  assert.deepEqual(monthRange(2026, 13), monthRange(2027, 1));
  assert.deepEqual(monthRange(2026, 0), monthRange(2025, 12));
});
