// The tolerant reader on arbitrary documents: valid feeds built from the schema's shapes, nearly valid ones
// (random mutations), and garbage. parseFeed throws nothing but a FeedError; every link it keeps is a web
// link (mail and phone fields hold a plain address and a phone number); everything it keeps validates
// against the schema again, and reading its own output changes nothing.
//
// The arbitraries are shared with the browser fuzz test (packages/widgets/test/hostile/arbitraries.ts:
// fast-check and types only, no DOM). Seed: fixed, printed; FC_SEED=<n> replays another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FeedError, isFeedError } from '../src/errors.ts';
import { parseFeed, type ParseResult } from '../src/parse.ts';
import { feedSchema, ITEM_SCHEMAS, networkSchema, type Feed } from '../src/schema.ts';
import { garbageArb, inputOf, nearlyValidFeedArb, seedFrom, validFeedArb } from '../../widgets/test/hostile/arbitraries.ts';

const seed = seedFrom(process.env.FC_SEED);
console.log(`fast-check seed: ${seed} (FC_SEED=<n> to replay another)`);

const PHONE = /^\+?[0-9 ()/.-]{3,30}$/;
/** One address: no spaces, brackets, double quotes, commas or colons that could add a header or a second address. */
const PLAIN_EMAIL = /^[^\s@<>()",;:\\]+@[^\s@<>()",;:\\]+$/;

/** Reads a document as the widgets do; any throw other than a FeedError fails the property. */
function read(doc: unknown): ParseResult | undefined {
  try {
    return parseFeed(doc);
  } catch (error) {
    assert.ok(error instanceof FeedError && isFeedError(error), `parseFeed threw something else than a FeedError: ${String((error as Error)?.stack ?? error)}`);
    return undefined;
  }
}

/** Every string in the feed at a key that names a link or contact, with its path. */
function linksOf(value: unknown, path = '$', out: { path: string; key: string; value: unknown }[] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => linksOf(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (['url', 'logo', 'email', 'phone', 'feed'].includes(key) && (typeof item !== 'object' || item === null)) out.push({ path: `${path}.${key}`, key, value: item });
      else linksOf(item, `${path}.${key}`, out);
    }
  }
  return out;
}

function isWebUrl(value: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A document reference (split parts, base map): http(s) from an https or an http feed, on the feed's host unless written absolute. */
function isSafeReference(value: string): boolean {
  return ['https://feed.invalid/feed/', 'http://feed.invalid/feed/'].every((base) => {
    try {
      const url = new URL(value, base);
      return ['https:', 'http:'].includes(url.protocol) && (/^https?:\/\//i.test(value) || url.host === 'feed.invalid');
    } catch {
      return false;
    }
  });
}

function checkKept(feed: Feed): void {
  for (const link of linksOf(feed)) {
    assert.equal(typeof link.value, 'string', `${link.path} is not a string`);
    const value = link.value as string;
    const documentRef = link.key === 'feed' || link.path === '$.network.basemap.url';
    if (documentRef) assert.ok(isSafeReference(value), `${link.path} kept ${JSON.stringify(value)}`);
    else if (link.key === 'url' || link.key === 'logo') assert.ok(isWebUrl(value), `${link.path} kept ${JSON.stringify(value)}`);
    else if (link.key === 'email') assert.ok(PLAIN_EMAIL.test(value), `${link.path} kept ${JSON.stringify(value)}`);
    else if (link.key === 'phone') assert.ok(PHONE.test(value), `${link.path} kept ${JSON.stringify(value)}`);
  }
  assert.ok(networkSchema.safeParse(feed.network).success, 'the network does not validate again');
  for (const key of Object.keys(ITEM_SCHEMAS) as (keyof typeof ITEM_SCHEMAS)[]) {
    const ids = new Set<string>();
    for (const [i, item] of feed[key].entries()) {
      const again = ITEM_SCHEMAS[key].safeParse(item);
      assert.ok(again.success, `$.${key}[${i}] does not validate again: ${again.success ? '' : JSON.stringify(again.error.issues).slice(0, 300)}`);
      assert.ok(!ids.has(item.id), `$.${key}[${i}]: the id ${item.id} is kept twice`);
      ids.add(item.id);
    }
  }
  const whole = feedSchema.safeParse(feed);
  assert.ok(whole.success, `the feed does not validate again: ${whole.success ? '' : JSON.stringify(whole.error.issues).slice(0, 300)}`);
}

function property(doc: unknown): void {
  const result = read(inputOf(doc));
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
  if (!result) return;
  checkKept(result.feed);
  // The reader's output is a feed it reads without a word.
  const again = read(result.feed);
  assert.ok(again, 'the reader refuses its own output');
  assert.deepEqual(again.dropped, [], 'reading the output again drops something');
  assert.deepEqual(again.feed, result.feed, 'reading the output again changes it');
}

const options = (offset: number, numRuns: number) => ({ seed: seed + offset, numRuns, includeErrorInReport: true });

test('parseFeed on valid feeds: keeps only web links and plain contacts, and its output validates again', () => {
  fc.assert(fc.property(validFeedArb, property), options(0, 300));
});

test('parseFeed on nearly valid feeds (deleted fields, wrong types, out-of-range numbers, huge arrays, deep nesting, duplicate ids)', () => {
  fc.assert(fc.property(nearlyValidFeedArb, property), options(1, 400));
});

test('parseFeed on garbage throws only FeedError', () => {
  fc.assert(fc.property(garbageArb, property), options(2, 1000));
  fc.assert(fc.property(fc.jsonValue(), (doc) => property(doc)), options(3, 1000));
  fc.assert(fc.property(fc.string(), (text) => property({ rawBody: text })), options(4, 1000));
});

test('parseFeed keeps every item whose texts are hostile, and pollutes no prototype', () => {
  const doc = {
    version: 1,
    network: { id: 'infamilie', name: 'x', ['__proto__']: { polluted: 1 } },
    offers: [{ id: 'a', title: { de: 'x', ['__proto__']: 'y', constructor: 'z' } }],
    ['__proto__']: { polluted: 1 },
  };
  const result = read(JSON.parse(JSON.stringify(doc).replace(/"__proto__"/g, '"__proto__"')))!;
  assert.equal(result.feed.offers.length, 1);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
