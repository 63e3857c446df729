// The rule-based Berlin conversion of time.ts against the time zone database behind Intl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { berlinDayNumber, berlinOffsetMinutes, civilFromDays, DAY, daysFromCivil, fromBerlin, toBerlin, weekdayOfDays, type WallClock } from '../src/time.ts';

const BERLIN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Berlin's wall clock at an instant, according to Intl. */
function intlBerlin(ms: number): WallClock {
  const parts: Record<string, number> = {};
  for (const part of BERLIN.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

const FROM = Date.UTC(1996, 0, 1);
const TO = Date.UTC(2100, 0, 1);
const sameWall = (a: WallClock, b: WallClock) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;

/** Instants near the clock changes: the last days of March and October, 00:00-04:00 UTC. */
const nearChange = fc
  .record({
    year: fc.integer({ min: 1996, max: 2099 }),
    month: fc.constantFrom(3, 10),
    day: fc.integer({ min: 24, max: 31 }),
    seconds: fc.integer({ min: 0, max: 4 * 3600 }),
  })
  .map(({ year, month, day, seconds }) => Date.UTC(year, month - 1, day) + seconds * 1000);
const anyInstant = fc.integer({ min: FROM, max: TO - 1 });
const instants = fc.oneof(anyInstant, nearChange);

test('toBerlin, berlinOffsetMinutes and berlinDayNumber agree with Intl (1996-2100)', () => {
  fc.assert(
    fc.property(instants, (ms) => {
      const wall = intlBerlin(ms);
      assert.deepEqual(toBerlin(ms), wall);
      const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
      assert.equal(berlinOffsetMinutes(ms), Math.round((wallAsUtc - (ms - (ms % 1000 + 1000) % 1000)) / 60_000));
      assert.equal(berlinDayNumber(ms), daysFromCivil(wall.year, wall.month, wall.day));
    }),
    { numRuns: 5000 },
  );
});

test('every half hour around every clock change from 1996 to 2099 matches Intl', () => {
  let checked = 0;
  for (let year = 1996; year < 2100; year++) {
    for (const month of [3, 10]) {
      for (let ms = Date.UTC(year, month - 1, 24); ms < Date.UTC(year, month - 1, 31, 4); ms += 30 * 60_000) {
        if (new Date(ms).getUTCHours() > 4) continue;
        for (const at of [ms - 1000, ms, ms + 1000]) {
          assert.deepEqual(toBerlin(at), intlBerlin(at), new Date(at).toISOString());
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 30_000);
});

const walls = fc.oneof(
  anyInstant.map((ms) => intlBerlin(ms)),
  // Wall-clock times around the changes, including the skipped and the doubled hour.
  fc
    .record({ year: fc.integer({ min: 1996, max: 2099 }), month: fc.constantFrom(3, 10), day: fc.integer({ min: 25, max: 31 }), hour: fc.integer({ min: 0, max: 4 }), minute: fc.integer({ min: 0, max: 59 }), second: fc.integer({ min: 0, max: 59 }) }),
);

test('fromBerlin: the instant Intl shows as that wall clock; skipped times move an hour on; doubled times mean the first', () => {
  let gaps = 0;
  let doubles = 0;
  fc.assert(
    fc.property(walls, (wall) => {
      const ms = fromBerlin(wall);
      const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
      const readings = [asUtc - 2 * 3_600_000, asUtc - 3_600_000].filter((candidate) => sameWall(intlBerlin(candidate), wall));
      if (readings.length === 0) {
        gaps++;
        assert.deepEqual(intlBerlin(ms), { ...wall, hour: wall.hour + 1 }, 'a skipped time is read with the offset before the change');
      } else {
        if (readings.length === 2) doubles++;
        assert.equal(ms, readings[0], 'the first of two readings');
      }
    }),
    { numRuns: 5000 },
  );
  assert.ok(gaps > 0 && doubles > 0, `the generator reached skipped (${gaps}) and doubled (${doubles}) times`);
});

test('civil day numbers agree with Date.UTC and getUTCDay', () => {
  fc.assert(
    fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
      const date = new Date(days * DAY);
      assert.deepEqual(civilFromDays(days), { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      assert.equal(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()), days);
      assert.equal(weekdayOfDays(days), (date.getUTCDay() + 6) % 7);
    }),
    { numRuns: 2000 },
  );
});
