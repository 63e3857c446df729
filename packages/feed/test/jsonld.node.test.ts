import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../src/parse.ts';
import { eventJsonLd, jsonLdScript, networkJsonLd, offerJsonLd } from '../src/jsonld.ts';
import type { Feed, FeedInput } from '../src/schema.ts';
import { miniFeed } from './fixtures.ts';

const fixture = (change?: (doc: FeedInput) => void): Feed => {
  const doc = miniFeed();
  change?.(doc);
  const { feed, dropped } = parseFeed(doc);
  assert.deepEqual(dropped, []);
  return feed;
};

const KITA_ADDRESS = { '@type': 'PostalAddress', streetAddress: 'Brunnenstraße 12', postalCode: '44145', addressLocality: 'Dortmund', addressCountry: 'DE' };
const KITA = { '@type': 'Organization', name: 'Kita Sonnenblume', email: 'kita-sonnenblume@example.org', telephone: '+49 231 1234567', address: KITA_ADDRESS };

test('an event becomes a schema.org Event with Berlin offsets, place, organizer and schedule', () => {
  const feed = fixture();
  const event = feed.events.find((e) => e.id === 'elterncafe-woechentlich')!;
  assert.deepEqual(eventJsonLd(feed, { ...event, ages: { min: 0, max: 6 }, languages: ['de', 'tr'], cost: { free: true }, url: 'https://kita.example/cafe' }, 'en'), {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Elterncafé',
    startDate: '2026-03-03T09:00:00+01:00',
    endDate: '2026-03-03T11:00:00+01:00',
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventSchedule: {
      '@type': 'Schedule',
      repeatFrequency: 'P1W',
      byDay: ['https://schema.org/Tuesday'],
      startDate: '2026-03-03',
      endDate: '2026-12-22',
      exceptDate: ['2026-04-07'],
      startTime: '09:00:00',
      endTime: '11:00:00',
      scheduleTimezone: 'Europe/Berlin',
    },
    location: { '@type': 'Place', name: 'Kita Sonnenblume', address: KITA_ADDRESS, geo: { '@type': 'GeoCoordinates', latitude: 51.5245, longitude: 7.4712 } },
    organizer: KITA,
    isAccessibleForFree: true,
    typicalAgeRange: '0-6',
    inLanguage: ['de', 'tr'],
    url: 'https://kita.example/cafe',
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
  });
});

test('dates are written in Berlin time with the offset of their own day, whatever offset the feed used', () => {
  const feed = fixture((doc) => {
    doc.events = [{ id: 'summer', title: 'S', start: '2026-07-18T12:00:00Z', end: '2026-07-18T16:00:00+00:00' }];
  });
  const data = eventJsonLd(feed, feed.events[0]);
  assert.equal(data.startDate, '2026-07-18T14:00:00+02:00');
  assert.equal(data.endDate, '2026-07-18T18:00:00+02:00');
  assert.equal(Date.parse(data.startDate as string), Date.parse('2026-07-18T12:00:00Z'));
});

test('event status maps to schema.org EventStatusType; all-day events keep their dates', () => {
  const feed = fixture((doc) => {
    doc.events!.push({ id: 'later', title: 'L', start: '2026-05-05T16:00:00+02:00', status: 'postponed' });
  });
  const cancelled = eventJsonLd(feed, feed.events.find((e) => e.id === 'laternenumzug')!);
  assert.equal(cancelled.eventStatus, 'https://schema.org/EventCancelled');
  assert.equal(cancelled.startDate, '2026-11-11');
  assert.equal(cancelled.endDate, undefined);
  assert.equal(eventJsonLd(feed, feed.events.find((e) => e.id === 'later')!).eventStatus, 'https://schema.org/EventPostponed');
  assert.equal(eventJsonLd(feed, feed.events[0]).eventStatus, 'https://schema.org/EventScheduled');
});

test('typicalAgeRange is "min-max", open-ended when the feed gives one bound', () => {
  const feed = fixture();
  const event = feed.events[0];
  assert.equal(eventJsonLd(feed, event).typicalAgeRange, undefined);
  assert.equal(eventJsonLd(feed, { ...event, ages: { min: 6 } }).typicalAgeRange, '6-');
  assert.equal(eventJsonLd(feed, { ...event, ages: { max: 3 } }).typicalAgeRange, '0-3');
  assert.equal(eventJsonLd(feed, { ...event, ages: { min: 2, max: 4 } }).typicalAgeRange, '2-4');
});

test('monthly positions become byMonthWeek when schema.org can say them', () => {
  const feed = fixture((doc) => {
    doc.events = [
      { id: 'first-monday', title: 'A', start: '2026-02-02T16:00:00+01:00', recurrence: { freq: 'monthly', interval: 2, byDay: ['1mo', '3mo'], count: 6 } },
      { id: 'last-friday', title: 'B', start: '2026-01-30', allDay: true, recurrence: { freq: 'monthly', byDay: ['-1fr'] } },
      { id: 'mixed', title: 'C', start: '2026-02-02T16:00:00+01:00', recurrence: { freq: 'monthly', byDay: ['1mo', '-1fr'] } },
    ];
  });
  const [first, last, mixed] = feed.events.map((event) => eventJsonLd(feed, event).eventSchedule as Record<string, unknown>);
  assert.deepEqual(first, {
    '@type': 'Schedule',
    repeatFrequency: 'P2M',
    byDay: ['https://schema.org/Monday'],
    byMonthWeek: [1, 3],
    startDate: '2026-02-02',
    repeatCount: 6,
    startTime: '16:00:00',
    scheduleTimezone: 'Europe/Berlin',
  });
  assert.equal(last.byMonthWeek, undefined);
  assert.equal(mixed.byMonthWeek, undefined, 'a week from the end cannot be said, so no week is said');
  assert.deepEqual(mixed.byDay, ['https://schema.org/Monday', 'https://schema.org/Friday']);
  assert.equal(last.startTime, undefined);
  assert.equal(last.startDate, '2026-01-30');
});

test('an offer becomes a schema.org Service', () => {
  const feed = fixture();
  assert.deepEqual(offerJsonLd(feed, feed.offers[0], 'tr'), {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: 'Veli kafesi',
    description: 'Kaffee, Austausch und Beratung für Eltern.',
    category: 'Beratung',
    provider: KITA,
    areaServed: ['Brunnenstraßen- und Hannibalviertel'],
    audience: { '@type': 'PeopleAudience', suggestedMinAge: 0, suggestedMaxAge: 6, audienceType: 'parents' },
    availableLanguage: ['de', 'tr', 'ar'],
    hoursAvailable: [{ '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Tuesday', opens: '09:00', closes: '11:00' }],
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceLocation: { '@type': 'Place', name: 'Kita Sonnenblume', address: KITA_ADDRESS, geo: { '@type': 'GeoCoordinates', latitude: 51.5245, longitude: 7.4712 } },
    },
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
  });
});

test('an offer with a cost note, registration and validity', () => {
  const feed = fixture((doc) => {
    doc.offers![1].schedule = { weekly: [{ day: 'mo', opens: '14:00', closes: '15:30' }, { day: 'th', opens: '14:00', closes: '15:30' }] };
    doc.offers![1].validFrom = '2026-08-01';
    doc.offers![1].validTo = '2027-06-30';
  });
  const service = offerJsonLd(feed, feed.offers[1], 'en');
  assert.deepEqual(service.offers, { '@type': 'Offer', description: '5 € im Monat', url: 'https://schule.example/anmeldung' });
  assert.deepEqual(service.audience, { '@type': 'PeopleAudience', suggestedMinAge: 6, suggestedMaxAge: 10 });
  assert.deepEqual(service.provider, { '@type': 'Organization', name: 'Grundschule Kleine Kielstraße' });
  assert.equal(service.category, 'Language support');
  assert.deepEqual(
    (service.hoursAvailable as Array<Record<string, unknown>>).map((h) => [h.dayOfWeek, h.opens, h.closes, h.validFrom, h.validThrough]),
    [
      ['https://schema.org/Monday', '14:00', '15:30', '2026-08-01', '2027-06-30'],
      ['https://schema.org/Thursday', '14:00', '15:30', '2026-08-01', '2027-06-30'],
    ],
  );
  // The partner has no address or position: the place has only a name, and no field is empty.
  assert.deepEqual((service.availableChannel as Record<string, unknown>).serviceLocation, { '@type': 'Place', name: 'Grundschule Kleine Kielstraße' });
  assert.deepEqual((service.availableChannel as Record<string, unknown>).serviceUrl, 'https://schule.example/anmeldung');
});

test('the network becomes an Organization with its partners as members', () => {
  const feed = fixture((doc) => {
    doc.network.logo = 'https://infamilie.example/logo.svg';
    doc.network.contact = { email: 'info@infamilie.example', phone: '+49 231 555', address: { street: 'Burgholzstraße 1', postalCode: '44145', city: 'Dortmund' } };
  });
  const data = networkJsonLd(feed, 'en');
  assert.deepEqual({ ...data, member: undefined }, {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: 'INFamilie network',
    url: 'https://infamilie.example/',
    logo: 'https://infamilie.example/logo.svg',
    email: 'info@infamilie.example',
    telephone: '+49 231 555',
    address: { '@type': 'PostalAddress', streetAddress: 'Burgholzstraße 1', postalCode: '44145', addressLocality: 'Dortmund', addressCountry: 'DE' },
    areaServed: ['Brunnenstraßen- und Hannibalviertel', 'Märchensiedlung'],
    member: undefined,
  });
  assert.deepEqual(data.member, [
    KITA,
    { '@type': 'Organization', name: 'Grundschule Kleine Kielstraße' },
    { '@type': 'Organization', name: 'Familienzentrum Eving' },
  ]);
  assert.ok(!('@context' in (data.member as object[])[0]), 'only the top level carries @context');
});

test('texts fall back per field: requested language, its base language, then German', () => {
  const feed = fixture();
  const offer = feed.offers[0];
  assert.equal(offerJsonLd(feed, offer, 'tr-TR').name, 'Veli kafesi');
  assert.equal(offerJsonLd(feed, offer, 'tr-TR').description, 'Kaffee, Austausch und Beratung für Eltern.');
  assert.equal(offerJsonLd(feed, offer, 'en-GB').description, 'Coffee, talk and advice for parents.');
  assert.equal(offerJsonLd(feed, offer, 'uk').name, 'Elterncafé');
  assert.equal(offerJsonLd(feed, offer).name, 'Elterncafé');
  assert.equal(networkJsonLd(feed, 'ar').name, 'Netzwerk INFamilie');
});

test('jsonLdScript keeps feed text from closing the script element', () => {
  const feed = fixture((doc) => {
    doc.events![0].title = '</script><script>alert(1)</script> <!-- & \u2028';
  });
  const data = eventJsonLd(feed, feed.events[0]);
  const text = jsonLdScript(data);
  assert.doesNotMatch(text, /<|>|&|\u2028/);
  assert.match(text, /\\u003c\/script\\u003e/);
  assert.deepEqual(JSON.parse(text), data);
  assert.equal(JSON.parse(text).name, '</script><script>alert(1)</script> <!-- & \u2028');
});
