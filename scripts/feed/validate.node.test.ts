import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { lines, positionBefore, positionOf, pretty, REPO, runCli, tempDir, validFeed } from './test-helpers.ts';

test('a valid feed: exit 0 and a one-line OK with counts', async () => {
  const dir = await tempDir();
  try {
    await dir.write('feed.json', pretty(validFeed()));
    const run = await runCli(['validate', 'feed.json'], dir.path);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(lines(run.stdout), ['OK  feed.json is valid: 1 category, 1 quarter, 1 partner, 1 offer, 1 event.']);
    assert.equal(run.stderr, '');
  } finally {
    await dir.remove();
  }
});

test('every kind of problem is reported with its path and line:column, one per line', async () => {
  const dir = await tempDir();
  try {
    const feed = validFeed() as any;
    feed.network.url = 'javascript:alert(1)';
    feed.partners[0].geo = [200, 51.5];
    feed.partners[0].telefon = '0231 1';
    feed.offers[0].registration = { url: 'ftp://example.org/anmeldung' };
    feed.offers[0].ages = { min: 'drei' };
    feed.offers.push({ id: 'ohne-titel', summary: 'kein Titel' });
    feed.offers.push({ id: 'elterncafe-brunnen', title: { de: 'Doppelt', english: 'Twice' } });
    feed.events.push({ id: 'fest', title: 'Fest', start: '2026-07-18', end: '2026-07-17' });
    const text = pretty(feed).replace('"phone": "+49 231 0000001"', '"phone": "+49 231 0000001",\n      "phone": "+49 231 0000009"');
    await dir.write('feed.json', text);
    const run = await runCli(['validate', 'feed.json'], dir.path);
    assert.equal(run.code, 1);
    const out = lines(run.stdout);
    const expect = (needle: string, after: string, where: string, message: RegExp, severity = 'error') => {
      const prefix = `feed.json:${positionOf(text, needle, after)}  ${severity.padEnd(7)}  ${where}: `;
      const found = out.filter((l) => l.startsWith(prefix));
      assert.ok(found.length, `expected a line starting with ${prefix}\n${run.stdout}`);
      assert.ok(found.some((line) => message.test(line.slice(prefix.length))), `${message} not in ${found.join('\n')}`);
    };
    expect('"url"', '"network"', 'network > url', /must be a web address starting with https:\/\/ or http:\/\/ \(widgets ignore this field\)/);
    expect('200', '"geo"', 'partners[0] "kita-sonnenblume" > geo[0]', /longitude must lie between -180 and 180/);
    expect('"telefon"', '', 'partners[0] "kita-sonnenblume" > telefon', /is not part of the format; readers ignore it: check the spelling/, 'warning');
    expect('"phone"', '"phone": "+49 231 0000009"', 'partners[0] "kita-sonnenblume" > phone', /written twice/, 'warning');
    expect('"url"', '"registration"', 'offers[0] "elterncafe-brunnen" > registration > url', /must be a web address .*\(the offer is left out\)/);
    expect('"min": "drei"', '', 'offers[0] "elterncafe-brunnen" > ages > min', /must be a number \(without quotes\), not "drei"/);
    {
      const prefix = `feed.json:${positionBefore(text, '{', '"id": "ohne-titel"')}  error    offers[1] "ohne-titel" > title: is missing; every offer needs it (the offer is left out)`;
      assert.ok(out.includes(prefix), `${prefix}\n${run.stdout}`);
    }
    expect('"id"', '"summary": "kein Titel"', 'offers[2] "elterncafe-brunnen" > id', /is already used by offers\[0\]; readers show only one of them/);
    expect('"english"', '', 'offers[2] "elterncafe-brunnen" > title > english', /not a language tag/, 'warning');
    expect('"start"', '"fest"', 'events[1] "fest" > start', /has no time: give a date and time with offset, or set "allDay": true/);
    expect('"end"', '"fest"', 'events[1] "fest" > end', /ends before it starts/);
    assert.match(out.at(-1)!, /^NOT VALID  feed\.json: \d+ errors, 3 warnings\. Fix the errors above/);
  } finally {
    await dir.remove();
  }
});

test('the position of a missing field is its item', async () => {
  const dir = await tempDir();
  try {
    const feed = validFeed() as any;
    delete feed.events[0].start;
    const text = pretty(feed);
    await dir.write('feed.json', text);
    const run = await runCli(['validate', 'feed.json'], dir.path);
    assert.equal(run.code, 1);
    const at = positionOf(text, '{', '"events"');
    assert.ok(run.stdout.includes(`feed.json:${at}  error    events[0] "elterncafe-woechentlich" > start: is missing; every event needs it (the event is left out)`), run.stdout);
  } finally {
    await dir.remove();
  }
});

test('a JSON syntax error: exit 2 with line:column on one line', async () => {
  const dir = await tempDir();
  try {
    await dir.write('feed.json', '{\n  "version": 1,\n  "network": { "id": "n" "name": "N" }\n}\n');
    const run = await runCli(['validate', 'feed.json'], dir.path);
    assert.equal(run.code, 2);
    assert.equal(lines(run.stderr).length, 1);
    assert.match(run.stderr, /^feed\.json:3:26  not valid JSON: a comma "," is missing/);
  } finally {
    await dir.remove();
  }
});

test('JSON that is not a feed: exit 1 and what is missing', async () => {
  const dir = await tempDir();
  try {
    await dir.write('feed.json', '{ "network": { "id": "n", "name": "N" } }\n');
    const run = await runCli(['validate', 'feed.json'], dir.path);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /feed\.json:1:1  error    version: is missing; the feed needs it \(widgets cannot read this feed at all\)/);
    await dir.write('list.json', '[1, 2]\n');
    const list = await runCli(['validate', 'list.json'], dir.path);
    assert.equal(list.code, 1);
    assert.match(list.stdout, /the file holds a list, not a feed/);
  } finally {
    await dir.remove();
  }
});

test('a split feed: each part is validated and named; a missing part is an error in the index', async () => {
  const dir = await tempDir();
  try {
    const feed = validFeed() as any;
    feed.quarters[0].feed = 'quarters/brunnen.json';
    feed.quarters.push({ id: 'fehlt', name: 'Fehlt', feed: 'quarters/fehlt.json' });
    const part = { version: 1, offers: [{ id: 'teil-angebot', title: 'Im Teil', url: 'mailto:x@example.org' }], events: [], network: { id: 'x', name: 'X' } };
    const partText = pretty(part);
    const indexText = pretty(feed);
    await dir.write('feed.json', indexText);
    await dir.write('quarters/brunnen.json', partText);
    const run = await runCli(['validate', 'feed.json'], dir.path);
    assert.equal(run.code, 1);
    const out = run.stdout;
    assert.ok(out.includes(`quarters/brunnen.json:${positionOf(partText, '"url"')}  error    offers[0] "teil-angebot" > url: must be a web address`), out);
    assert.ok(out.includes(`quarters/brunnen.json:${positionOf(partText, '"network"')}  warning  network: belongs in the index document`), out);
    assert.ok(out.includes(`feed.json:${positionOf(indexText, '"feed"', '"fehlt"')}  error    quarters[1] "fehlt" > feed: this quarter's part cannot be read`), out);
    assert.match(out, /quarters\/fehlt\.json: file not found/);
  } finally {
    await dir.remove();
  }
});

test('a feed at a web address, with its parts beside it', async () => {
  const feed = validFeed() as any;
  feed.quarters[0].feed = 'quarters/brunnen.json';
  const part = { version: 1, offers: [{ id: 'teil-angebot', title: 'Im Teil', partner: 'kita-sonnenblume' }] };
  const server = createServer((request, response) => {
    const body = request.url === '/data/feed.json' ? pretty(feed) : request.url === '/data/quarters/brunnen.json' ? pretty(part) : undefined;
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dir = await tempDir();
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/feed.json`;
    const run = await runCli(['validate', url], dir.path);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /OK  .*feed\.json is valid: 1 category, 1 quarter, 1 partner, 2 offers, 1 event \(index and 1 quarter part\)/);
    const missing = await runCli(['validate', url.replace('feed.json', 'nope.json')], dir.path);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /answered 404/);
  } finally {
    server.close();
    await dir.remove();
  }
});

test('--format json gives the findings to machines', async () => {
  const dir = await tempDir();
  try {
    const feed = validFeed() as any;
    feed.offers[0].url = 'javascript:void(0)';
    await dir.write('feed.json', pretty(feed));
    const run = await runCli(['validate', 'feed.json', '--format', 'json'], dir.path);
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout);
    assert.equal(report.valid, false);
    assert.deepEqual(report.findings.map((f: any) => [f.severity, f.code, f.path.join('.')]), [['error', 'invalid', 'offers.0.url']]);
  } finally {
    await dir.remove();
  }
});

const demoFeed = join(REPO, 'demo/public/feed.json');
test('the sample feed in demo/public is valid', { skip: existsSync(demoFeed) ? false : 'demo/public/feed.json does not exist yet' }, async () => {
  const run = await runCli(['validate', 'demo/public/feed.json'], REPO);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^OK  demo\/public\/feed\.json is valid/m);
  assert.ok((await readFile(demoFeed, 'utf8')).length > 0);
});
