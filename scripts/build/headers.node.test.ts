// _headers: written and read back as Netlify and Cloudflare Pages read them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cdnHeaderRules, formatHeaders, headersFor, matchesPattern, parseHeaders } from './headers.ts';

test('patterns: * matches anything, :name one segment', () => {
  assert.ok(matchesPattern('/infamilie/1.4.2/*', '/infamilie/1.4.2/chunks/a.js'));
  assert.ok(!matchesPattern('/infamilie/1/*', '/infamilie/1.4.2/infamilie.js'));
  assert.ok(matchesPattern('/feed/:file', '/feed/feed.json'));
  assert.ok(!matchesPattern('/feed/:file', '/feed/ics/all.ics'));
  assert.ok(matchesPattern('/feed/feed.json', '/feed/feed.json'));
  assert.ok(!matchesPattern('/feed/feed.json', '/feed/feedxjson'));
});

test('the rules survive formatting and parsing, and set each header once per path', () => {
  const rules = cdnHeaderRules({ versions: ['1.4.2'], aliases: ['1'] });
  assert.deepEqual(parseHeaders(formatHeaders(rules)), rules);
  const pinned = headersFor(rules, '/infamilie/1.4.2/infamilie.js');
  assert.equal(pinned.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(pinned.get('access-control-allow-origin'), '*');
  assert.equal(headersFor(rules, '/infamilie/1/loader.js').get('cache-control'), 'public, max-age=300');
  const ics = headersFor(rules, '/feed/ics/quarter-x.ics');
  assert.equal(ics.get('content-type'), 'text/calendar; charset=utf-8');
  assert.equal(ics.get('cache-control'), 'public, max-age=300');
  assert.equal(headersFor(rules, '/feed/basemap.geojson').get('content-type'), 'application/geo+json; charset=utf-8');
});
