import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pretty, runCli, tempDir, validFeed } from './test-helpers.ts';

function feedWithTwoQuarters() {
  const feed = validFeed() as any;
  feed.quarters.push({ id: 'maerchensiedlung', name: 'Märchensiedlung' });
  feed.partners.push({ id: 'kita-maerchenland', name: 'Kita Märchenland', quarters: ['maerchensiedlung'], phone: '+49 231 0000004' });
  feed.events.push({ id: 'laternenumzug', title: { de: 'Laternenumzug', en: 'Lantern parade' }, partner: 'kita-maerchenland', start: '2026-11-11T17:00:00+01:00' });
  return feed;
}

test('ics: the filtered events as an iCalendar file, on stdout or into --out', async () => {
  const dir = await tempDir();
  try {
    await dir.write('feed.json', pretty(feedWithTwoQuarters()));
    const all = await runCli(['ics', 'feed.json'], dir.path);
    assert.equal(all.code, 0, all.stderr);
    assert.match(all.stdout, /^BEGIN:VCALENDAR\r\n/);
    assert.equal(all.stdout.match(/BEGIN:VEVENT/g)?.length, 2);

    const one = await runCli(['ics', 'feed.json', '--quarter', 'maerchensiedlung', '--lang', 'en', '--out', 'maerchensiedlung.ics'], dir.path);
    assert.equal(one.code, 0, one.stderr);
    assert.equal(one.stdout, '');
    assert.match(one.stderr, /Wrote maerchensiedlung\.ics: 1 event\./);
    const text = await readFile(join(dir.path, 'maerchensiedlung.ics'), 'utf8');
    assert.equal(text.match(/BEGIN:VEVENT/g)?.length, 1);
    assert.match(text, /SUMMARY:Lantern parade/);
    assert.match(text, /X-WR-CALNAME:INFamilie network: Märchensiedlung/);
    assert.match(text, /DTSTART;TZID=Europe\/Berlin:20261111T170000/);
  } finally {
    await dir.remove();
  }
});

test('ics: an unknown filter id says which ids exist and writes nothing', async () => {
  const dir = await tempDir();
  try {
    await dir.write('feed.json', pretty(feedWithTwoQuarters()));
    const run = await runCli(['ics', 'feed.json', '--category', 'sport', '--out', 'x.ics'], dir.path);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /--category "sport" is not in the feed\. Known: counselling/);
    assert.deepEqual(await readdir(dir.path), ['feed.json']);
  } finally {
    await dir.remove();
  }
});
