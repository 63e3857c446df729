import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { parseFeed } from '../src/parse.ts';
import { eventToICalendar, eventsToICalendar, escapeText, foldLine, icsFileName } from '../src/ics.ts';
import { filterEvents } from '../src/query.ts';
import { civilFromDays, dayNumberOf, formatCivilDate, fromBerlin, toBerlin } from '../src/time.ts';
import { instantOf, occurrences, occurrencesOf } from '../src/occurrences.ts';
import type { Feed, FeedEvent, FeedInput } from '../src/schema.ts';
import { miniFeed } from './fixtures.ts';

const fixture = () => parseFeed(miniFeed()).feed;
const eventById = (feed: Feed, id: string) => feed.events.find((event) => event.id === id)!;

/** A feed with extra events (validated like any feed, so the tests only use what a reader can get). */
function feedWith(...events: NonNullable<FeedInput['events']>): Feed {
  const doc = miniFeed();
  doc.events = events;
  const { feed, dropped } = parseFeed(doc);
  assert.deepEqual(dropped, []);
  return feed;
}

/** Parses with ical.js, registering the calendar's own VTIMEZONE (ical.js knows no zones by itself). */
function parse(ics: string): ICAL.Component {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

function vevents(ics: string): ICAL.Event[] {
  return parse(ics)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
}

/** Occurrence starts as UTC instants, expanded by ical.js. */
function expand(event: ICAL.Event, limit = 1000): number[] {
  const iterator = event.iterator();
  const starts: number[] = [];
  for (let next = iterator.next(); next && starts.length < limit; next = iterator.next()) starts.push(next.toJSDate().getTime());
  return starts;
}

const berlin = (ms: number) => {
  const t = toBerlin(ms);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')} ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
};
const lines = (ics: string) => ics.split('\r\n').slice(0, -1);
/** Content lines with folding undone (RFC 5545 3.1). */
const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);

test('a calendar has the RFC 5545 frame, CRLF line ends and one Berlin time zone', () => {
  const ics = eventsToICalendar(fixture(), fixture().events);
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
  const props = unfolded(ics);
  assert.deepEqual(props.slice(0, 5).map((line) => line.split(':')[0]), ['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD']);
  assert.ok(props.includes('VERSION:2.0') && props.includes('CALSCALE:GREGORIAN') && props.includes('METHOD:PUBLISH'));
  assert.equal(props.filter((line) => line === 'BEGIN:VTIMEZONE').length, 1);
  const zone = parse(ics).getFirstSubcomponent('vtimezone')!;
  assert.equal(zone.getFirstPropertyValue('tzid'), 'Europe/Berlin');
  const rules = Object.fromEntries(
    ['standard', 'daylight'].map((kind) => {
      const part = zone.getFirstSubcomponent(kind)!;
      return [kind, [part.getFirstPropertyValue('tzname'), part.getFirstProperty('rrule')!.toICALString()]];
    }),
  );
  assert.deepEqual(rules, { standard: ['CET', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'], daylight: ['CEST', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'] });
  assert.equal(vevents(ics).length, 3);
});

test('the weekly event repeats at 09:00 Berlin time across both DST changes, skips EXDATE and ends on UNTIL inclusive', () => {
  const feed = fixture();
  const [event] = vevents(eventToICalendar(feed, eventById(feed, 'elterncafe-woechentlich')));
  const starts = expand(event);
  // Tuesdays from 2026-03-03 to 2026-12-22 are 43; 2026-04-07 is excepted.
  assert.equal(starts.length, 42);
  assert.deepEqual(new Set(starts.map((ms) => berlin(ms).slice(11))), new Set(['09:00']));
  assert.ok(starts.every((ms) => new Date(ms).getUTCDay() === 2));
  // Both offsets occur: 08:00 UTC in winter, 07:00 UTC in summer.
  assert.deepEqual(new Set(starts.map((ms) => new Date(ms).getUTCHours())), new Set([7, 8]));
  assert.equal(berlin(starts[0]), '2026-03-03 09:00');
  assert.equal(berlin(starts.at(-1)!), '2026-12-22 09:00');
  const days = starts.map((ms) => berlin(ms).slice(0, 10));
  assert.ok(!days.includes('2026-04-07'));
  assert.ok(days.includes('2026-03-31') && days.includes('2026-04-14') && days.includes('2026-10-27'));
  assert.equal(event.duration.toSeconds(), 2 * 3600);
});

test('the output does not depend on the machine time zone', () => {
  const feed = fixture();
  const saved = process.env.TZ;
  try {
    process.env.TZ = 'America/Los_Angeles';
    const west = eventsToICalendar(feed, feed.events);
    process.env.TZ = 'Asia/Tokyo';
    const east = eventsToICalendar(feed, feed.events);
    assert.equal(west, east);
    assert.ok(unfolded(west).includes('DTSTART;TZID=Europe/Berlin:20260303T090000'));
    assert.ok(unfolded(west).includes('DTSTART;TZID=Europe/Berlin:20260718T140000'));
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('a start given with another offset is written as Berlin wall-clock time', () => {
  const feed = feedWith({ id: 'utc-start', title: 'X', start: '2026-01-15T17:30:00Z', end: '2026-01-15T19:00:00+00:00' });
  const props = unfolded(eventsToICalendar(feed, feed.events));
  assert.ok(props.includes('DTSTART;TZID=Europe/Berlin:20260115T183000'));
  assert.ok(props.includes('DTEND;TZID=Europe/Berlin:20260115T200000'));
});

test('UNTIL covers the whole Berlin day, also late in the evening', () => {
  const feed = feedWith({ id: 'late', title: 'Spät', start: '2026-07-06T23:30:00+02:00', recurrence: { freq: 'daily', until: '2026-07-10' } });
  const ics = eventsToICalendar(feed, feed.events);
  assert.ok(unfolded(ics).includes('RRULE:FREQ=DAILY;UNTIL=20260710T215959Z'));
  assert.deepEqual(expand(vevents(ics)[0]).map(berlin), ['2026-07-06 23:30', '2026-07-07 23:30', '2026-07-08 23:30', '2026-07-09 23:30', '2026-07-10 23:30']);
});

test('monthly rules with positions, intervals and counts keep their wall-clock time', () => {
  const feed = feedWith({
    id: 'last-friday',
    title: 'Spielenachmittag',
    start: '2026-01-30T15:00:00+01:00',
    end: '2026-01-30T17:00:00+01:00',
    recurrence: { freq: 'monthly', interval: 2, byDay: ['-1fr'], count: 4 },
  });
  const ics = eventsToICalendar(feed, feed.events);
  assert.ok(unfolded(ics).includes('RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;COUNT=4'));
  assert.deepEqual(expand(vevents(ics)[0]).map(berlin), ['2026-01-30 15:00', '2026-03-27 15:00', '2026-05-29 15:00', '2026-07-31 15:00']);
});

test('all-day events use dates with an exclusive DTEND and need no time zone', () => {
  const feed = feedWith(
    { id: 'one-day', title: 'Fest', start: '2026-11-11', allDay: true },
    { id: 'three-days', title: 'Ferienfreizeit', start: '2026-07-20', end: '2026-07-22', allDay: true },
  );
  const ics = eventsToICalendar(feed, feed.events);
  const props = unfolded(ics);
  assert.ok(!props.includes('BEGIN:VTIMEZONE'));
  assert.ok(props.includes('DTSTART;VALUE=DATE:20261111') && props.includes('DTEND;VALUE=DATE:20261112'));
  assert.ok(props.includes('DTSTART;VALUE=DATE:20260720') && props.includes('DTEND;VALUE=DATE:20260723'));
  const [oneDay, threeDays] = vevents(ics);
  assert.ok(oneDay.startDate.isDate && oneDay.endDate.isDate);
  assert.equal(oneDay.duration.toSeconds(), 86400);
  assert.equal(threeDays.duration.toSeconds(), 3 * 86400);
});

test('all-day recurrences use DATE values for UNTIL and EXDATE', () => {
  const feed = feedWith({
    id: 'weekly-day',
    title: 'Ausflugstag',
    start: '2026-06-06',
    allDay: true,
    recurrence: { freq: 'weekly', until: '2026-06-27', except: ['2026-06-13'] },
  });
  const ics = eventsToICalendar(feed, feed.events);
  const props = unfolded(ics);
  assert.ok(props.includes('RRULE:FREQ=WEEKLY;UNTIL=20260627'));
  assert.ok(props.includes('EXDATE;VALUE=DATE:20260613'));
  const days = expand(vevents(ics)[0]).map((ms) => new Date(ms).toISOString().slice(0, 10));
  assert.deepEqual(days, ['2026-06-06', '2026-06-20', '2026-06-27']);
});

test('cancelled and postponed events carry their status and say so in the summary', () => {
  const feed = fixture();
  const cancelled = vevents(eventToICalendar(feed, eventById(feed, 'laternenumzug')))[0];
  assert.equal(cancelled.component.getFirstPropertyValue('status'), 'CANCELLED');
  assert.match(cancelled.summary, /^Abgesagt: Laternenumzug$/);
  const postponedFeed = feedWith({ id: 'later', title: { de: 'Lesung', en: 'Reading' }, start: '2026-05-05T16:00:00+02:00', status: 'postponed' });
  const postponed = vevents(eventToICalendar(postponedFeed, postponedFeed.events[0], { lang: 'en' }))[0];
  assert.equal(postponed.component.getFirstPropertyValue('status'), 'TENTATIVE');
  assert.equal(postponed.summary, 'Postponed: Reading');
  const scheduled = vevents(eventToICalendar(feed, eventById(feed, 'stadtteilfest-2026')))[0];
  assert.equal(scheduled.component.getFirstPropertyValue('status'), null);
  assert.equal(scheduled.summary, 'Stadtteilfest');
});

test('texts are in the requested language with per-field fallback to German', () => {
  const feed = feedWith({
    id: 'lang',
    title: { de: 'Elterncafé', tr: 'Veli kafesi' },
    description: { de: 'Mit Frühstück' },
    category: 'language',
    partner: 'kita-sonnenblume',
    start: '2026-05-05T09:00:00+02:00',
    registration: { url: 'https://kita.example/anmeldung', note: { de: 'Bitte anmelden', tr: 'Lütfen kaydolun' } },
  });
  const [tr] = vevents(eventToICalendar(feed, feed.events[0], { lang: 'tr-TR' }));
  assert.equal(tr.summary, 'Veli kafesi');
  assert.equal(tr.component.getFirstPropertyValue('categories'), 'Dil desteği');
  assert.equal(tr.description, 'Mit Frühstück\n\nKita Sonnenblume\nKayıt: Lütfen kaydolun · https://kita.example/anmeldung');
  const [fr] = vevents(eventToICalendar(feed, feed.events[0], { lang: 'fr' }));
  assert.equal(fr.summary, 'Elterncafé');
  assert.match(fr.description, /Anmeldung: Bitte anmelden/);
});

test('location, GEO (latitude;longitude), URL and ORGANIZER come from the event or its partner', () => {
  const feed = feedWith(
    { id: 'at-partner', title: 'A', partner: 'kita-sonnenblume', start: '2026-05-05T09:00:00+02:00', url: 'https://kita.example/a' },
    {
      id: 'elsewhere',
      title: 'B',
      partner: 'grundschule-kleine-kiel',
      start: '2026-05-05T09:00:00+02:00',
      location: { name: 'Nordmarkt', address: { city: 'Dortmund' }, geo: [7.455, 51.527] },
    },
  );
  const [a, b] = vevents(eventsToICalendar(feed, feed.events));
  assert.equal(a.location, 'Kita Sonnenblume, Brunnenstraße 12, 44145 Dortmund');
  assert.deepEqual(a.component.getFirstPropertyValue('geo'), [51.5245, 7.4712]);
  assert.equal(a.component.getFirstPropertyValue('url'), 'https://kita.example/a');
  assert.equal(a.component.getFirstPropertyValue('organizer'), 'mailto:kita-sonnenblume@example.org');
  assert.equal(a.component.getFirstProperty('organizer')!.getParameter('cn'), 'Kita Sonnenblume');
  assert.equal(b.location, 'Nordmarkt, Dortmund');
  assert.deepEqual(b.component.getFirstPropertyValue('geo'), [51.527, 7.455]);
  assert.equal(b.component.getFirstProperty('organizer'), null, 'a partner without e-mail gives no ORGANIZER');
});

const LONG_TEXTS = {
  german: 'Großes Stadtteilfest für Groß und Klein: Hüpfburg, Kinderschminken, Würstchen, Getränke; Musik ab 15 Uhr – Eintritt frei! '.repeat(3),
  arabic: 'مهرجان الحي الكبير للكبار والصغار: قلعة نطاطة، رسم على الوجه، مشروبات وموسيقى من الساعة الثالثة. '.repeat(3),
  emoji: '🎉🎈👨‍👩‍👧‍👦 Familienfest 🇩🇪🇹🇷🇺🇦 mit Spiel & Spaß 🧁🍉 '.repeat(5),
};

for (const [name, text] of Object.entries(LONG_TEXTS)) {
  test(`lines are folded at 75 octets without splitting characters, and unfold to the text (${name})`, () => {
    const feed = feedWith({ id: 'long', title: text.trim(), description: text + '\nZweite Zeile', start: '2026-05-05T09:00:00+02:00' });
    const ics = eventsToICalendar(feed, feed.events);
    const raw = lines(ics);
    assert.ok(raw.length > unfolded(ics).length, 'something was folded');
    for (const line of raw) {
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `too long: ${line}`);
      assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line, 'a line ends inside a character');
    }
    const [event] = vevents(ics);
    assert.equal(event.summary, text.trim());
    assert.equal(event.description, text + '\nZweite Zeile');
  });
}

test('folding fills lines up to exactly 75 octets', () => {
  const folded = foldLine('SUMMARY:' + 'x'.repeat(200)).split('\r\n');
  assert.deepEqual(folded.map((line) => line.length), [75, 75, 60]);
  assert.ok(folded.slice(1).every((line) => line.startsWith(' ')));
  const umlauts = foldLine('SUMMARY:' + 'ä'.repeat(100)).split('\r\n');
  // 8 ASCII octets + 33 two-octet characters = 74: the next one would not fit.
  assert.equal(Buffer.byteLength(umlauts[0]), 74);
  assert.equal(umlauts.join('').replace(/\r?\n? /g, ''), 'SUMMARY:' + 'ä'.repeat(100));
});

test('TEXT escaping round-trips backslash, semicolon, comma and newlines', () => {
  const title = 'Eltern, Kinder; Großeltern \\ alle\nwillkommen\r\nab 10 Uhr\rbis 12';
  assert.equal(escapeText('a\u0000b\u0007c\u009bd\te'), 'abcde', 'escapeText is usable on its own');
  assert.equal(escapeText(title), 'Eltern\\, Kinder\\; Großeltern \\\\ alle\\nwillkommen\\nab 10 Uhr\\nbis 12');
  const feed = feedWith({ id: 'escape', title, description: 'C:\\Pfad;a,b', start: '2026-05-05T09:00:00+02:00' });
  const [event] = vevents(eventsToICalendar(feed, feed.events));
  assert.equal(event.summary, 'Eltern, Kinder; Großeltern \\ alle\nwillkommen\nab 10 Uhr\nbis 12');
  assert.equal(event.description, 'C:\\Pfad;a,b');
});

test('hostile text cannot inject components or properties', () => {
  const injection = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nX-INJECTED:1\nDTSTART:20000101T000000Z\r';
  const feed = feedWith({
    id: 'hostile',
    title: injection,
    description: { de: `a\u0000b\u001bc\u007fd\u0085e\u0009f ${injection}` },
    start: '2026-05-05T09:00:00+02:00',
    location: { name: `Ort\r\nATTENDEE:mailto:evil@example.org` },
  });
  // Built past the reader, as a tool might: a link with a line break and a partner name with quotes.
  const event: FeedEvent = { ...feed.events[0], url: 'https://example.org/\r\nX-URL-INJECTED:1', partner: 'evil' };
  const evil = { id: 'evil', name: { de: 'Böse" ; X-CN:1\r\nX-PARTNER-INJECTED:1' }, email: 'evil@example.org' };
  const ics = eventsToICalendar({ ...feed, partners: [...feed.partners, evil] }, [event]);
  const props = unfolded(ics);
  assert.equal(props.filter((line) => line === 'BEGIN:VEVENT').length, 1);
  assert.equal(props.filter((line) => line === 'END:VEVENT').length, 1);
  const names = props.slice(props.indexOf('BEGIN:VEVENT') + 1, props.indexOf('END:VEVENT')).map((line) => line.split(/[;:]/)[0]);
  assert.deepEqual(names.sort(), ['DESCRIPTION', 'DTSTAMP', 'DTSTART', 'LOCATION', 'ORGANIZER', 'SUMMARY', 'UID', 'URL']);
  const [parsed] = vevents(ics);
  assert.equal(parsed.uid, 'hostile@infamilie.infamilie');
  assert.equal(parsed.summary, injection.replace(/\r\n?/g, '\n'));
  assert.match(parsed.description, /^abcdef /);
  assert.equal(parsed.component.getAllProperties().filter((p) => p.name.startsWith('x-') || p.name === 'attendee').length, 0);
  assert.equal(parsed.component.getFirstProperty('organizer')!.getParameter('cn'), 'Böse ; X-CN:1X-PARTNER-INJECTED:1');
});

test('UIDs are stable and DTSTAMP comes from the feed, not the clock', () => {
  const feed = fixture();
  const event = eventById(feed, 'elterncafe-woechentlich');
  const first = eventToICalendar(feed, event, { now: new Date('2030-01-01T00:00:00Z') });
  const second = eventToICalendar(fixture(), eventById(fixture(), 'elterncafe-woechentlich'));
  assert.equal(first, second);
  assert.equal(vevents(first)[0].uid, 'elterncafe-woechentlich@infamilie.infamilie');
  const uids = vevents(eventsToICalendar(feed, feed.events)).map((e) => e.uid);
  assert.equal(new Set(uids).size, 3);
  assert.ok(unfolded(first).includes('DTSTAMP:20261101T080000Z'), 'the feed was generated 2026-11-01 09:00 Berlin');
  // A later check of the event wins over an older export; without either, the given clock.
  const updated = { ...event, updated: '2026-12-01' };
  assert.ok(unfolded(eventToICalendar(feed, updated)).includes('DTSTAMP:20261201T000000Z'));
  const undated: Feed = { ...feed, generated: undefined };
  assert.ok(unfolded(eventToICalendar(undated, event, { now: new Date('2030-01-02T03:04:05.678Z') })).includes('DTSTAMP:20300102T030405Z'));
});

test('a calendar of a filtered set holds exactly those events, under its name', () => {
  const feed = fixture();
  const chosen = filterEvents(feed, { partner: 'kita-sonnenblume' });
  assert.equal(chosen.length, 2);
  const ics = eventsToICalendar(feed, chosen, { name: 'INFamilie: Kita Sonnenblume, Brunnenstraße' });
  assert.deepEqual(vevents(ics).map((e) => e.uid), ['stadtteilfest-2026@infamilie.infamilie', 'elterncafe-woechentlich@infamilie.infamilie']);
  const calendar = parse(ics);
  // ical.js knows neither NAME (RFC 7986) nor X-WR-CALNAME and keeps them raw; calendar apps read them as TEXT.
  for (const property of ['name', 'x-wr-calname']) {
    assert.equal(calendar.getFirstPropertyValue(property), 'INFamilie: Kita Sonnenblume\\, Brunnenstraße');
  }
  assert.equal(parse(eventsToICalendar(feed, [])).getAllSubcomponents('vevent').length, 0);
  assert.equal(parse(eventToICalendar(feed, chosen[0])).getFirstPropertyValue('x-wr-calname'), null);
});

test('icsFileName gives a safe download name in any script', () => {
  assert.equal(icsFileName('Elterncafé: "Dienstag" / 10 Uhr'), 'Elterncafé-Dienstag-10-Uhr.ics');
  assert.equal(icsFileName('../../etc/passwd'), 'etc-passwd.ics');
  assert.equal(icsFileName('con<>:|?*\u0000'), 'con.ics');
  assert.equal(icsFileName('مقهى الآباء'), 'مقهى-الآباء.ics');
  assert.equal(icsFileName('🎉 !!'), 'termin.ics');
  assert.equal(icsFileName('', 'event'), 'event.ics');
  const long = icsFileName('Sprachförderung '.repeat(20));
  assert.ok(Array.from(long).length <= 64, long);
  assert.doesNotMatch(long, /-\.ics$/);
});

test('with both count and until, the rule that ends first is written (RFC 5545 allows only one)', () => {
  const feed = feedWith(
    { id: 'count-first', title: 'A', start: '2026-05-04T10:00:00+02:00', recurrence: { freq: 'weekly', count: 3, until: '2026-12-31' } },
    { id: 'until-first', title: 'B', start: '2026-05-04T10:00:00+02:00', recurrence: { freq: 'weekly', count: 30, until: '2026-05-25', except: ['2026-05-11'] } },
    { id: 'exact', title: 'C', start: '2026-05-04', allDay: true, recurrence: { freq: 'daily', count: 3, until: '2026-05-06', except: ['2026-05-05'] } },
  );
  const ics = eventsToICalendar(feed, feed.events);
  const rules = unfolded(ics).filter((line) => line.startsWith('RRULE:FREQ=WEEKLY') || line.startsWith('RRULE:FREQ=DAILY'));
  assert.deepEqual(rules, ['RRULE:FREQ=WEEKLY;COUNT=3', 'RRULE:FREQ=WEEKLY;UNTIL=20260525T215959Z', 'RRULE:FREQ=DAILY;COUNT=3']);
  const [a, b, c] = vevents(ics).map((event) => expand(event).map(berlin));
  assert.deepEqual(a, ['2026-05-04 10:00', '2026-05-11 10:00', '2026-05-18 10:00']);
  assert.deepEqual(b, ['2026-05-04 10:00', '2026-05-18 10:00', '2026-05-25 10:00']);
  assert.deepEqual(c.map((day) => day.slice(0, 10)), ['2026-05-04', '2026-05-06']);
});

/**
 * Occurrences by ical.js that overlap [from, to), as "start +length". ical.js adds an event's length
 * to the local start (wall-clock), which is not RFC 5545's exact duration when an occurrence spans a
 * DST change; the calendar states one exact length (DTEND - DTSTART), so lengths are compared as such.
 */
function expandRange(event: ICAL.Event, from: number, to: number): string[] {
  const out: string[] = [];
  const seconds = event.duration.toSeconds();
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const date = next.isDate ? `${next.year}-${String(next.month).padStart(2, '0')}-${String(next.day).padStart(2, '0')}` : '';
    const start = next.isDate ? fromBerlin({ year: next.year, month: next.month, day: next.day }) : next.toJSDate().getTime();
    if (start >= to) break;
    const end = next.isDate ? fromBerlin(civilFromDays(dayNumberOf(date) + seconds / 86400)) : start + seconds * 1000;
    if (end > from || (end === start && start >= from)) out.push(next.isDate ? `${date} +${seconds / 86400}d` : `${berlin(start)} +${seconds}s`);
  }
  return out;
}

function assertAgreement(feed: Feed, events: readonly FeedEvent[], from: string, to: string) {
  const ics = eventsToICalendar(feed, events);
  const [fromMs, toMs] = [instantOf(from), instantOf(to)];
  const parsed = vevents(ics);
  for (const [i, event] of events.entries()) {
    const byIcal = expandRange(parsed[i], fromMs, toMs);
    const byFeed = occurrencesOf(event, fromMs, toMs).map((o) =>
      o.allDay ? `${formatCivilDate(civilFromDays(o.startDay))} +${o.endDay - o.startDay + 1}d` : `${berlin(o.start)} +${(o.end - o.start) / 1000}s`,
    );
    assert.ok(byFeed.length > 0, `${event.id} has occurrences`);
    assert.deepEqual(byIcal, byFeed, event.id);
  }
}

test('ical.js and occurrences() agree on the fixture events over a year', () => {
  const feed = fixture();
  assertAgreement(feed, feed.events, '2026-01-01', '2027-01-01');
  assert.equal(occurrences(feed.events, '2026-01-01', '2027-01-01').length, 44);
});

test('ical.js and occurrences() agree on other rule shapes across DST changes', () => {
  const feed = feedWith(
    { id: 'last-friday', title: 'A', start: '2026-01-30T15:00:00+01:00', end: '2026-01-30T17:00:00+01:00', recurrence: { freq: 'monthly', byDay: ['-1fr', '1mo'] } },
    { id: 'every-other', title: 'B', start: '2026-01-07T18:00:00+01:00', end: '2026-01-07T19:30:00+01:00', recurrence: { freq: 'weekly', interval: 2, byDay: ['we', 'fr'], except: ['2026-04-01'] } },
    { id: 'weekdays', title: 'C', start: '2026-03-02T08:00:00+01:00', end: '2026-03-02T08:30:00+01:00', recurrence: { freq: 'daily', byDay: ['mo', 'tu', 'we', 'th', 'fr'], count: 60 } },
    { id: 'thirty-first', title: 'D', start: '2026-01-31T10:00:00+01:00', recurrence: { freq: 'monthly' } },
    { id: 'overnight', title: 'E', start: '2026-03-28T22:00:00+01:00', end: '2026-03-29T06:00:00+02:00', recurrence: { freq: 'daily', interval: 3, until: '2026-11-30' } },
    { id: 'camp', title: 'F', start: '2026-07-06', end: '2026-07-08', allDay: true, recurrence: { freq: 'weekly', count: 4, except: ['2026-07-13'] } },
    { id: 'both-limits', title: 'G', start: '2026-02-02T16:00:00+01:00', recurrence: { freq: 'monthly', byDay: ['1mo'], count: 6, until: '2026-05-31' } },
  );
  assertAgreement(feed, feed.events, '2026-01-01', '2027-01-01');
});
