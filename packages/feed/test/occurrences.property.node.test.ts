// Recurrence expansion against an independent implementation, the `rrule` package.
//
// rrule works in "floating" time: a UTC Date stands for a wall-clock time. The rule is given in Berlin
// wall-clock time as such dates, and each result is turned into an instant with fromBerlin, which is
// how rrule is used without its tzid support.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import rrule from 'rrule';
import { nextOccurrence, occurrences, occurrencesOf, type Occurrence } from '../src/occurrences.ts';
import { eventSchema, type FeedEvent, type Recurrence } from '../src/schema.ts';
import { civilFromDays, DAY, daysFromCivil, formatCivilDate, fromBerlin, pad, weekdayOfDays } from '../src/time.ts';

const { RRule, datetime } = rrule;
const CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const FREQ = { daily: RRule.DAILY, weekly: RRule.WEEKLY, monthly: RRule.MONTHLY } as const;
const HOUR = 3_600_000;

interface Spec {
  startDay: number;
  hour: number;
  minute: number;
  allDay: boolean;
  spanDays: number;
  durationMinutes: number;
  recurrence: Recurrence;
}

/** Day number of the last Sunday of a month, found without time.ts. */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month, 0) / DAY;
  return last - ((new Date(last * DAY).getUTCDay() + 7) % 7);
}

/** Start days spread over years, and often within two weeks of a clock change. */
const startDay = fc.oneof(
  fc.integer({ min: daysFromCivil(2024, 1, 1), max: daysFromCivil(2031, 12, 31) }),
  fc.record({ year: fc.integer({ min: 2024, max: 2031 }), month: fc.constantFrom(3, 10), shift: fc.integer({ min: -14, max: 14 }) }).map(({ year, month, shift }) => lastSunday(year, month) + shift),
);
const weekdays = fc.subarray([...CODES], { minLength: 1 });
const positions = fc.uniqueArray(
  fc.record({ n: fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -3, -5), day: fc.constantFrom(...CODES) }).map(({ n, day }) => `${n}${day}`),
  { minLength: 1, maxLength: 3 },
);

const specs = fc
  .record({
    startDay,
    hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(2, 3)),
    minute: fc.constantFrom(0, 15, 30, 45),
    allDay: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    spanDays: fc.integer({ min: 0, max: 2 }),
    durationMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 24 }).map((q) => q * 15), fc.integer({ min: 1, max: 60 }).map((h) => h * 60)),
    freq: fc.constantFrom('daily', 'weekly', 'monthly') as fc.Arbitrary<Recurrence['freq']>,
    interval: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 13 })),
    plainDays: fc.option(weekdays, { freq: 2 }),
    positioned: fc.option(positions, { freq: 2 }),
    end: fc.constantFrom('none', 'until', 'count', 'both'),
    untilOffset: fc.integer({ min: -3, max: 700 }),
    count: fc.integer({ min: 1, max: 60 }),
    exceptOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 6 }),
  })
  .map((r): Spec => {
    const recurrence: Recurrence = { freq: r.freq };
    if (r.interval !== undefined) recurrence.interval = r.interval;
    // rrule cannot mix plain and positioned weekdays in one monthly rule (it returns nothing): one kind per rule here.
    const byDay = r.freq === 'monthly' && r.positioned ? r.positioned : r.plainDays;
    if (byDay) recurrence.byDay = byDay;
    if (r.end === 'until' || r.end === 'both') recurrence.until = formatCivilDate(civilFromDays(r.startDay + r.untilOffset));
    if (r.end === 'count' || r.end === 'both') recurrence.count = r.count;
    if (r.exceptOffsets.length) recurrence.except = r.exceptOffsets.map((offset) => formatCivilDate(civilFromDays(r.startDay + offset)));
    return { startDay: r.startDay, hour: r.hour, minute: r.minute, allDay: r.allDay, spanDays: r.spanDays, durationMinutes: r.durationMinutes, recurrence };
  });

/** The feed event a spec describes, written as an editor would (local time with Berlin's offset). */
function eventOf(spec: Spec): FeedEvent {
  const { year, month, day } = civilFromDays(spec.startDay);
  const date = formatCivilDate({ year, month, day });
  if (spec.allDay) {
    const end = spec.spanDays ? { end: formatCivilDate(civilFromDays(spec.startDay + spec.spanDays)) } : {};
    return { id: 'e', title: { de: 'Termin' }, start: date, ...end, allDay: true, recurrence: spec.recurrence };
  }
  const start = fromBerlin({ year, month, day, hour: spec.hour, minute: spec.minute });
  const offset = (Date.UTC(year, month - 1, day, spec.hour, spec.minute) - start) / HOUR;
  const text = `${date}T${pad(spec.hour)}:${pad(spec.minute)}:00+0${offset}:00`;
  const end = spec.durationMinutes ? { end: new Date(start + spec.durationMinutes * 60_000).toISOString() } : {};
  return { id: 'e', title: { de: 'Termin' }, start: text, ...end, recurrence: spec.recurrence };
}

/** Floating date (UTC standing for Berlin wall-clock) of a day number and time. */
function floating(day: number, hour = 0, minute = 0, second = 0): Date {
  const { year, month, day: dom } = civilFromDays(day);
  return datetime(year, month, dom, hour, minute, second);
}

interface Expected {
  id: string;
  start: number;
  end: number;
}

/** Occurrences by rrule starting on days up to `lastDay`, except days left out. */
function expectedSeries(spec: Spec, lastDay: number): Expected[] {
  const rec = spec.recurrence;
  const hour = spec.allDay ? 0 : spec.hour;
  const minute = spec.allDay ? 0 : spec.minute;
  const dtstart = floating(spec.startDay, hour, minute);
  const options: Partial<rrule.Options> = { freq: FREQ[rec.freq], dtstart, wkst: RRule.MO, interval: rec.interval ?? 1 };
  if (rec.byDay) {
    options.byweekday = rec.byDay.map((code) => {
      const weekday = RRULE_DAYS[CODES.indexOf(code.slice(-2) as (typeof CODES)[number])];
      return code.length > 2 ? weekday.nth(Number(code.slice(0, -2))) : weekday;
    });
  }
  if (rec.until) {
    const until = daysFromCivil(Number(rec.until.slice(0, 4)), Number(rec.until.slice(5, 7)), Number(rec.until.slice(8, 10)));
    options.until = floating(until, 23, 59, 59);
  }
  const limit = floating(lastDay, 23, 59, 59);
  const between = (count: number | undefined) => new RRule({ ...options, ...(count ? { count } : {}) }).between(dtstart, limit, true);
  let dates = between(rec.count);
  if (dates[0]?.getTime() !== dtstart.getTime()) {
    // The start is the first occurrence even where the rule would not pick it, and it counts.
    dates = [dtstart, ...(rec.count === undefined ? dates : rec.count > 1 ? between(rec.count - 1) : [])];
  }
  const except = new Set(rec.except ?? []);
  const out: Expected[] = [];
  for (const date of dates) {
    const wall = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes() };
    const dayText = formatCivilDate(wall);
    if (except.has(dayText)) continue;
    const day = daysFromCivil(wall.year, wall.month, wall.day);
    if (spec.allDay) {
      out.push({ id: `e/${dayText}`, start: fromBerlin(civilFromDays(day)), end: fromBerlin(civilFromDays(day + spec.spanDays + 1)) });
    } else {
      const start = fromBerlin(wall);
      out.push({ id: `e/${dayText}`, start, end: start + spec.durationMinutes * 60_000 });
    }
  }
  return out;
}

const overlaps = (o: Expected, from: number, to: number) => o.start < to && (o.end > from || (o.end === o.start && o.start >= from));
const brief = (list: readonly (Occurrence | Expected)[]) => list.map(({ id, start, end }) => ({ id, start, end }));

const ranges = fc.record({
  fromOffset: fc.integer({ min: -20, max: 720 }),
  fromHour: fc.integer({ min: 0, max: 23 }),
  lengthHours: fc.oneof(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 1, max: 120 }).map((d) => d * 24)),
});

test('expansion equals rrule on random rules and ranges, across clock changes', () => {
  fc.assert(
    fc.property(specs, ranges, (spec, range) => {
      const event = eventOf(spec);
      assert.ok(eventSchema.safeParse(event).success, `a valid feed event: ${JSON.stringify(event)}`);
      const from = fromBerlin({ ...civilFromDays(spec.startDay + range.fromOffset), hour: range.fromHour });
      const to = from + range.lengthHours * HOUR;
      const expected = expectedSeries(spec, Math.floor(to / DAY) + 2).filter((o) => overlaps(o, from, to));
      assert.deepEqual(brief(occurrencesOf(event, from, to)), expected);
    }),
    { numRuns: 1000 },
  );
});

test('the whole series from its start equals rrule, including where count and until end it', () => {
  fc.assert(
    fc.property(specs, (spec) => {
      const event = eventOf(spec);
      const from = fromBerlin(civilFromDays(spec.startDay - 1));
      const to = fromBerlin(civilFromDays(spec.startDay + 800));
      const expected = expectedSeries(spec, spec.startDay + 802).filter((o) => overlaps(o, from, to));
      const actual = occurrencesOf(event, from, to);
      assert.deepEqual(brief(actual), expected);
      for (const o of actual) {
        assert.equal(weekdayOfDays(o.startDay), (new Date(fromBerlin({ ...civilFromDays(o.startDay), hour: 12 })).getUTCDay() + 6) % 7);
        assert.ok(o.endDay >= o.startDay);
      }
    }),
    { numRuns: 500 },
  );
});

test('a monthly rule with plain and positioned weekdays is the union of both kinds', () => {
  fc.assert(
    fc.property(specs, weekdays, positions, fc.integer({ min: 30, max: 500 }), (spec, plain, positioned, untilOffset) => {
      const base = { ...spec, recurrence: { freq: 'monthly' as const, interval: spec.recurrence.interval, until: formatCivilDate(civilFromDays(spec.startDay + untilOffset)) } };
      const event = eventOf({ ...base, recurrence: { ...base.recurrence, byDay: [...plain, ...positioned] } });
      const from = fromBerlin(civilFromDays(spec.startDay + 1));
      const to = fromBerlin(civilFromDays(spec.startDay + untilOffset + 3));
      const union = new Map<string, Expected>();
      for (const byDay of [plain, positioned]) {
        for (const o of expectedSeries({ ...base, recurrence: { ...base.recurrence, byDay } }, spec.startDay + untilOffset + 3)) union.set(o.id, o);
      }
      const expected = [...union.values()].filter((o) => overlaps(o, from, to)).sort((a, b) => a.start - b.start);
      assert.deepEqual(brief(occurrencesOf(event, from, to)), expected);
    }),
    { numRuns: 300 },
  );
});

/** A single event written in any of the shapes the feed allows, with any offset. */
const singleEvents = fc
  .record({
    id: fc.integer({ min: 0, max: 10_000 }),
    title: fc.constantFrom('Elterncafé', 'Basteln', 'Zumba', 'Ärztin', 'elterncafé'),
    // Three weeks around a clock change, on the half hour (equal starts are common), sometimes odd instants.
    start: fc.oneof(
      fc.integer({ min: 0, max: 21 * 48 }).map((k) => Date.UTC(2026, 2, 20) + k * 30 * 60_000),
      fc.integer({ min: Date.UTC(2026, 2, 20), max: Date.UTC(2026, 3, 10) }),
    ),
    offsetMinutes: fc.oneof(fc.constantFrom(60, 120, 0, -720, -600, 780, 840), fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15)),
    form: fc.constantFrom('seconds', 'minutes', 'millis', 'zulu'),
    durationMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 * 24 * 60 })),
    allDay: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    spanDays: fc.integer({ min: 0, max: 3 }),
  })
  .map((r): FeedEvent => {
    const write = (ms: number) => {
      if (r.form === 'zulu') return new Date(ms).toISOString();
      const local = new Date(ms + r.offsetMinutes * 60_000).toISOString().slice(0, r.form === 'minutes' ? 16 : r.form === 'seconds' ? 19 : 23);
      const sign = r.offsetMinutes < 0 ? '-' : '+';
      return `${local}${sign}${pad(Math.floor(Math.abs(r.offsetMinutes) / 60))}:${pad(Math.abs(r.offsetMinutes) % 60)}`;
    };
    const base = { id: `e${r.id}`, title: { de: r.title } };
    if (r.allDay) {
      const day = new Date(r.start).toISOString().slice(0, 10);
      return { ...base, start: day, allDay: true, ...(r.spanDays ? { end: new Date(r.start + r.spanDays * DAY).toISOString().slice(0, 10) } : {}) };
    }
    return { ...base, start: write(r.start), ...(r.durationMinutes ? { end: write(r.start + r.durationMinutes * 60_000) } : {}) };
  });

test('occurrences of many events: each single event as Date.parse reads it, sorted by start, title and id', () => {
  let longListsWithTies = 0;
  fc.assert(
    fc.property(fc.uniqueArray(singleEvents, { minLength: 100, maxLength: 300, size: 'max', selector: (e) => e.id }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 23 }), fc.oneof(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 72, max: 24 * 12 })), (events, day, hour, hours) => {
      const from = fromBerlin({ ...civilFromDays(daysFromCivil(2026, 3, 20) + day), hour });
      const to = from + hours * HOUR;
      const expected = events
        .map((event) => {
          if (event.allDay) {
            const first = Date.parse(`${event.start}T00:00:00Z`) / DAY;
            const last = event.end ? Date.parse(`${event.end}T00:00:00Z`) / DAY : first;
            return { id: `${event.id}/${event.start}`, start: fromBerlin(civilFromDays(first)), end: fromBerlin(civilFromDays(last + 1)), title: event.title.de };
          }
          const start = Date.parse(event.start);
          const end = event.end ? Date.parse(event.end) : start;
          return { id: `${event.id}/${berlinDate(start)}`, start, end, title: event.title.de };
        })
        .filter((o) => overlaps(o, from, to))
        .sort((a, b) => a.start - b.start || (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1))
        .map(({ id, start, end }) => ({ id, start, end }));
      if (expected.length >= 64 && expected.some((o, i) => i > 0 && o.start === expected[i - 1].start)) longListsWithTies++;
      assert.deepEqual(brief(occurrences(events, from, to)), expected);
    }),
    // Shrinking hundreds of events takes minutes: report the first counterexample as found.
    { numRuns: 150, endOnFailure: true },
  );
  // About 35 expected; the check is that sorting long lists with ties was exercised at all.
  assert.ok(longListsWithTies >= 5, `long lists with equal starts: ${longListsWithTies}`);
});

const BERLIN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` of an instant in Berlin, by Intl. */
function berlinDate(ms: number): string {
  return BERLIN_DATE.format(ms);
}

test('nextOccurrence is the first occurrence starting at or after the instant', () => {
  fc.assert(
    fc.property(specs, fc.integer({ min: -10 * 24, max: 600 * 24 }), (spec, afterHours) => {
      const event = eventOf(spec);
      const after = fromBerlin(civilFromDays(spec.startDay)) + afterHours * HOUR;
      const horizon = Math.floor(after / DAY) + 800;
      const expected = expectedSeries(spec, horizon).find((o) => o.start >= after);
      const actual = nextOccurrence(event, after);
      if (expected) assert.deepEqual(actual && brief([actual])[0], expected);
      else assert.ok(actual === undefined || actual.startDay > horizon, `found ${actual?.id}`);
    }),
    { numRuns: 500 },
  );
});

test("the result does not depend on the process's time zone", () => {
  const original = process.env.TZ;
  const zones = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/Berlin'];
  const offsets = new Set<number>();
  try {
    fc.assert(
      fc.property(specs, ranges, (spec, range) => {
        const results = zones.map((zone) => {
          process.env.TZ = zone;
          offsets.add(new Date(2026, 0, 1).getTimezoneOffset());
          const from = fromBerlin({ ...civilFromDays(spec.startDay + range.fromOffset), hour: range.fromHour });
          // A fresh object each time, so that nothing derived in another zone is reused.
          return brief(occurrencesOf(eventOf(spec), from, from + range.lengthHours * HOUR));
        });
        for (const result of results.slice(1)) assert.deepEqual(result, results[0]);
      }),
      { numRuns: 100 },
    );
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
  assert.equal(offsets.size, 4, 'the zone really changed between runs');
});

test('the example tests pass with the process in Los Angeles and in Tokyo', () => {
  const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT; // else the child reports to this runner instead of printing
  for (const zone of ['America/Los_Angeles', 'Asia/Tokyo']) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', here('./occurrences.node.test.ts'), here('./time.node.test.ts')], {
      env: { ...env, TZ: zone },
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(run.status, 0, `TZ=${zone}:\n${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /# pass [1-9]/);
    assert.match(run.stdout, /# fail 0/);
  }
});
