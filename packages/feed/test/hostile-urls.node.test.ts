// Every link and contact payload of the hostile corpus (packages/widgets/test/hostile/payloads.ts) in
// every link and contact field of a feed, through the reader: the item always stays; the field stays
// only as a web link (mail and phone fields: a plain address, a phone number; split parts and base maps:
// http(s) on the feed's host or written out absolute), else it is dropped and reported at its path.
// And every text payload in every kind of text field stays the very same string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../src/parse.ts';
import type { FeedInput } from '../src/schema.ts';
import { miniFeed } from './fixtures.ts';
import { CONTACT_PAYLOADS, LONG_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS } from '../../widgets/test/hostile/payloads.ts';

type Kind = 'web' | 'email' | 'phone' | 'document';
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIELDS: [path: string, kind: Kind, set: (doc: Doc, value: string) => void][] = [
  ['$.network.url', 'web', (d, v) => (d.network.url = v)],
  ['$.network.logo', 'web', (d, v) => (d.network.logo = v)],
  ['$.network.contact.email', 'email', (d, v) => (d.network.contact = { email: v })],
  ['$.network.contact.phone', 'phone', (d, v) => (d.network.contact = { phone: v })],
  ['$.network.basemap', 'document', (d, v) => (d.network.basemap = { url: v })],
  ['$.quarters[0].feed', 'document', (d, v) => (d.quarters[0].feed = v)],
  ['$.partners[0].url', 'web', (d, v) => (d.partners[0].url = v)],
  ['$.partners[0].email', 'email', (d, v) => (d.partners[0].email = v)],
  ['$.partners[0].phone', 'phone', (d, v) => (d.partners[0].phone = v)],
  ['$.offers[0].url', 'web', (d, v) => (d.offers[0].url = v)],
  ['$.offers[0].registration.url', 'web', (d, v) => (d.offers[0].registration = { url: v })],
  ['$.offers[0].registration.email', 'email', (d, v) => (d.offers[0].registration = { email: v })],
  ['$.offers[0].registration.phone', 'phone', (d, v) => (d.offers[0].registration = { phone: v })],
  ['$.events[0].url', 'web', (d, v) => (d.events[0].url = v)],
  ['$.events[0].registration.url', 'web', (d, v) => (d.events[0].registration = { url: v })],
  ['$.events[0].registration.email', 'email', (d, v) => (d.events[0].registration = { email: v })],
  ['$.events[0].registration.phone', 'phone', (d, v) => (d.events[0].registration = { phone: v })],
];

const get = (doc: unknown, path: string): unknown =>
  path
    .replace(/^\$\./, '')
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);

function acceptable(kind: Kind, value: string): boolean {
  const parse = (base?: string) => {
    try {
      return new URL(value, base);
    } catch {
      return undefined;
    }
  };
  switch (kind) {
    case 'web':
      return ['https:', 'http:'].includes(parse()?.protocol ?? '');
    case 'email':
      return /^[^\s@<>()",;:\\]+@[^\s@<>()",;:\\]+$/.test(value);
    case 'phone':
      return /^\+?[0-9 ()/.-]{3,30}$/.test(value);
    case 'document':
      return ['https://feed.invalid/f/', 'http://feed.invalid/f/'].every((base) => {
        const url = parse(base);
        return !!url && ['https:', 'http:'].includes(url.protocol) && (/^https?:\/\//i.test(value) || url.host === 'feed.invalid');
      });
  }
}

const COUNTS = (doc: FeedInput) => [doc.categories, doc.quarters, doc.partners, doc.offers, doc.events].map((list) => list?.length ?? 0);

test(`each of ${URL_PAYLOADS.length + CONTACT_PAYLOADS.length} link and contact payloads in each of ${FIELDS.length} link fields: dropped as a field unless it is a safe link`, () => {
  const kept: string[] = [];
  for (const payload of [...URL_PAYLOADS, ...CONTACT_PAYLOADS]) {
    for (const [path, kind, set] of FIELDS) {
      const doc = miniFeed() as Doc;
      set(doc, payload.value);
      const { feed, dropped } = parseFeed(doc);
      const what = `#${payload.id} ${payload.family} ${JSON.stringify(payload.value).slice(0, 60)} at ${path}`;
      assert.deepEqual(COUNTS(feed), COUNTS(miniFeed()), `${what}: an item was dropped`);
      const valuePath = kind === 'document' && path === '$.network.basemap' ? `${path}.url` : path;
      const value = get(feed, valuePath);
      if (value === undefined) {
        assert.ok(
          dropped.some((d) => d.dropped === 'field' && valuePath.startsWith(d.path)),
          `${what}: dropped without a report (${JSON.stringify(dropped)})`,
        );
        continue;
      }
      // Kept as written (zod trims the spaces around a web address).
      assert.ok(value === payload.value || value === payload.value.trim(), `${what}: kept, but changed to ${JSON.stringify(value)}`);
      assert.ok(acceptable(kind, value as string), `${what}: kept although it is not a safe ${kind}`);
      // (A document reference may be relative: "\u00A0javascript:" is a path on the feed's host.)
      if (kind === 'web') assert.notEqual(payload.expect, 'unsafe', `${what}: kept an unsafe address`);
      kept.push(what);
    }
  }
  // Some odd web addresses are links all the same; none of the unsafe ones is.
  assert.ok(kept.length > 0);
});

test(`each of ${TEXT_PAYLOADS.length + LONG_PAYLOADS.length} text payloads in each kind of text field stays the same string`, () => {
  const fields: [string, (d: Doc, v: string) => void][] = [
    ['$.network.name.de', (d, v) => (d.network.name = v)],
    ['$.categories[0].description.de', (d, v) => (d.categories[0].description = { de: 'x', ar: v }, d.categories[0].description.de = v)],
    ['$.quarters[0].district', (d, v) => (d.quarters[0].district = v)],
    ['$.partners[0].address.street', (d, v) => (d.partners[0].address.street = v)],
    ['$.offers[0].title.tr', (d, v) => (d.offers[0].title = { de: 'Elterncafé', tr: v })],
    ['$.offers[0].schedule.text.de', (d, v) => (d.offers[0].schedule = { text: v })],
    ['$.offers[0].registration.note.de', (d, v) => (d.offers[0].registration = { note: v })],
    ['$.events[0].location.name.de', (d, v) => (d.events[0].location = { name: v })],
  ];
  for (const payload of [...TEXT_PAYLOADS, ...LONG_PAYLOADS]) {
    for (const [path, set] of fields) {
      const doc = miniFeed() as Doc;
      set(doc, payload.value);
      const { feed } = parseFeed(JSON.parse(JSON.stringify(doc)));
      assert.deepEqual(COUNTS(feed), COUNTS(miniFeed()), `#${payload.id} at ${path}: an item was dropped`);
      assert.equal(get(feed, path), payload.value, `#${payload.id} ${payload.family} at ${path}: changed`);
    }
  }
});
