import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseFeed, parseFeedInSlices, parseFeedPart, parseFeedPartInSlices } from '../src/parse.ts';
import { isFeedError } from '../src/errors.ts';
import { miniFeed } from './fixtures.ts';

test('a valid feed is read whole, with plain strings as German text', () => {
  const { feed, dropped } = parseFeed(miniFeed());
  assert.deepEqual(dropped, []);
  assert.equal(feed.offers.length, 3);
  assert.equal(feed.events.length, 3);
  assert.deepEqual(feed.offers[1].title, { de: 'Sprachförderung am Nachmittag' });
  assert.deepEqual(feed.offers[0].audience, ['parents']);
});

test('JSON text is accepted as well as a parsed value', () => {
  const { feed } = parseFeed(JSON.stringify(miniFeed()));
  assert.equal(feed.network.id, 'infamilie');
});

test('absent arrays count as empty', () => {
  const { feed, dropped } = parseFeed({ version: 1, network: { id: 'n', name: 'N' } });
  assert.deepEqual([feed.offers, feed.events, feed.partners, feed.quarters, feed.categories], [[], [], [], [], []]);
  assert.deepEqual(dropped, []);
});

for (const [name, input, kind] of [
  ['not JSON', '{"version": 1,', 'not-json'],
  ['not an object', '[1,2]', 'not-a-feed'],
  ['no version', { network: { id: 'n', name: 'N' } }, 'not-a-feed'],
  ['another major version', { version: 2, network: { id: 'n', name: 'N' } }, 'not-a-feed'],
  ['no network', { version: 1 }, 'not-a-feed'],
  ['a network without a name', { version: 1, network: { id: 'n' } }, 'not-a-feed'],
] as const) {
  test(`a document that is not a feed fails whole: ${name}`, () => {
    assert.throws(() => parseFeed(input), (error: unknown) => isFeedError(error) && error.kind === kind);
  });
}

test('an invalid item is dropped with its id, path and reason; the rest stays', () => {
  const doc = miniFeed();
  delete (doc.offers![1] as { title?: unknown }).title;
  const { feed, dropped } = parseFeed(doc);
  assert.deepEqual(feed.offers.map((o) => o.id), ['elterncafe-brunnen', 'ferienspiele-eving']);
  assert.equal(dropped.length, 1);
  assert.deepEqual({ ...dropped[0], message: undefined }, { kind: 'offer', id: 'sprachfoerderung-kiel', path: '$.offers[1].title', dropped: 'item', message: undefined });
  assert.match(dropped[0].message, /text/);
});

test('an unsafe URL costs the field, not the item', () => {
  const doc = miniFeed();
  doc.offers![1].registration!.url = 'javascript:alert(1)';
  doc.partners![0].url = 'data:text/html,<script>alert(1)</script>';
  doc.network.url = 'vbscript:msgbox';
  const { feed, dropped } = parseFeed(doc);
  assert.equal(feed.offers[1].registration?.url, undefined);
  assert.equal(feed.offers[1].registration?.required, true);
  assert.equal(feed.partners[0].url, undefined);
  assert.equal(feed.network.url, undefined);
  assert.deepEqual(
    dropped.map((d) => [d.kind, d.path, d.dropped]),
    [
      ['network', '$.network.url', 'field'],
      ['partner', '$.partners[0].url', 'field'],
      ['offer', '$.offers[1].registration.url', 'field'],
    ],
  );
});

test('a broken outline costs the geometry, not the quarter', () => {
  const doc = miniFeed();
  doc.quarters![0].geometry = { type: 'Polygon', coordinates: [[[7.46, 51.52], [7.48, 51.52], [7.46, 51.52]]] };
  doc.partners![0].geo = [7.47, 151.5] as [number, number];
  const { feed, dropped } = parseFeed(doc);
  assert.equal(feed.quarters[0].geometry, undefined);
  assert.equal(feed.quarters[0].name.de, 'Brunnenstraßen- und Hannibalviertel');
  assert.equal(feed.partners[0].geo, undefined);
  assert.deepEqual(dropped.map((d) => d.path), ['$.quarters[0].geometry', '$.partners[0].geo']);
});

test('a CSS injection in a theme colour is dropped as a field', () => {
  const doc = miniFeed();
  doc.network.theme = { primary: 'red; background: url(https://evil.example/x)', onPrimary: '#fff' };
  const { feed, dropped } = parseFeed(doc);
  assert.deepEqual(feed.network.theme, { onPrimary: '#fff' });
  assert.deepEqual(dropped.map((d) => d.path), ['$.network.theme.primary']);
});

test('events: end before start, unknown recurrence and missing time drop the event', () => {
  const doc = miniFeed();
  doc.events![0].end = '2026-07-18T13:00:00+02:00';
  (doc.events![1].recurrence as { freq: string }).freq = 'yearly';
  doc.events!.push({ id: 'no-time', title: 'Ohne Uhrzeit', start: '2026-08-01' });
  const { feed, dropped } = parseFeed(doc);
  assert.deepEqual(feed.events.map((e) => e.id), ['laternenumzug']);
  assert.deepEqual(
    dropped.map((d) => [d.id, d.path]),
    [
      ['stadtteilfest-2026', '$.events[0].end'],
      ['elterncafe-woechentlich', '$.events[1].recurrence.freq'],
      ['no-time', '$.events[3].start'],
    ],
  );
});

test('a duplicate id keeps the first item and reports the second', () => {
  const doc = miniFeed();
  doc.offers!.push({ ...doc.offers![0], title: 'Zweites Elterncafé' });
  const { feed, dropped } = parseFeed(doc);
  assert.equal(feed.offers.filter((o) => o.id === 'elterncafe-brunnen').length, 1);
  assert.equal(feed.offers[0].title.de, 'Elterncafé');
  assert.equal(dropped[0].path, '$.offers[3].id');
});

test('a bad id, a wrong array and an item that is not an object are reported', () => {
  const doc = miniFeed() as Record<string, unknown> & ReturnType<typeof miniFeed>;
  doc.categories![0].id = 'Sprache!';
  (doc as Record<string, unknown>).partners = 'none';
  (doc.offers as unknown[]).push(42);
  const { feed, dropped } = parseFeed(doc);
  assert.equal(feed.categories.length, 2);
  assert.equal(feed.partners.length, 0);
  assert.deepEqual(dropped.map((d) => [d.kind, d.path]), [
    ['category', '$.categories[0].id'],
    ['partner', '$.partners'],
    ['offer', '$.offers[3]'],
  ]);
});

test('unknown fields are ignored', () => {
  const doc = miniFeed() as unknown as { offers: Record<string, unknown>[] };
  doc.offers[0].futureField = { anything: true };
  const { feed, dropped } = parseFeed(doc);
  assert.deepEqual(dropped, []);
  assert.equal('futureField' in feed.offers[0], false);
});

test('a part of a split feed is read with its source named in each problem', () => {
  const { part, dropped } = parseFeedPart({ version: 1, offers: [{ id: 'a', title: 'A' }, { id: 'b' }] }, 'https://x.example/quarters/q.json');
  assert.deepEqual(part.offers.map((o) => o.id), ['a']);
  assert.equal(dropped[0].source, 'https://x.example/quarters/q.json');
});

test('a hostile text stays the same string, and __proto__ keys pollute nothing', () => {
  const hostile = '<img src=x onerror=alert(1)>"\'</script>';
  const doc = JSON.parse(`{"version":1,"network":{"id":"n","name":{"de":${JSON.stringify(hostile)},"__proto__":{"polluted":"yes"}}}}`);
  const { feed } = parseFeed(doc);
  assert.equal(feed.network.name.de, hostile);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('read in slices: the same result as at once, with the page given turns in between; refusals as rejections', async () => {
  const sample = new URL('../../../demo/public/', import.meta.url);
  const index = JSON.parse(readFileSync(new URL('feed.json', sample), 'utf8'));
  // A large feed: the sample's quarter parts, every offer and event forty times over with new ids.
  const parts = readdirSync(new URL('quarters/', sample)).map((file) => JSON.parse(readFileSync(new URL(`quarters/${file}`, sample), 'utf8')));
  const large = {
    ...index,
    offers: parts.flatMap((part) => part.offers ?? []).flatMap((offer) => Array.from({ length: 40 }, (_, k) => ({ ...offer, id: `${offer.id}-${k}` }))),
    events: parts.flatMap((part) => part.events ?? []).flatMap((event) => Array.from({ length: 40 }, (_, k) => ({ ...event, id: `${event.id}-${k}` }))),
  };
  let turns = 0;
  let counting = true;
  const count = () => {
    turns++;
    if (counting) setImmediate(count);
  };
  setImmediate(count);
  const sliced = await parseFeedInSlices(large);
  counting = false;
  assert.deepEqual(sliced, parseFeed(large));
  assert.ok(sliced.feed.offers.length > 1000);
  assert.ok(turns > 3, `other work ran ${turns} times while ${sliced.feed.offers.length} offers were read`);

  assert.deepEqual(await parseFeedPartInSlices(parts[0], 'part.json'), parseFeedPart(parts[0], 'part.json'));

  // Even a small feed is read in a task of its own: the caller's (which got the response) stays short.
  let read = false;
  const small = Object.defineProperty({ ...index }, 'version', { enumerable: true, get: () => ((read = true), index.version) });
  const reading = parseFeedInSlices(small);
  for (let i = 0; i < 20; i++) await Promise.resolve();
  assert.equal(read, false, 'read in the task that asked');
  assert.equal((await reading).feed.network.id, index.network.id);
  assert.equal(read, true);
  await assert.rejects(parseFeedInSlices('{"version": 1'), (error) => isFeedError(error) && error.kind === 'not-json');
  await assert.rejects(parseFeedInSlices({ version: 1 }), (error) => isFeedError(error) && error.kind === 'not-a-feed');
});
