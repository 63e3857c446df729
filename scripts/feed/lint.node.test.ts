import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lines, positionBefore, positionOf, pretty, runCli, tempDir, validFeed } from './test-helpers.ts';

/** A feed with one of every quality problem; `--today 2026-10-01`. */
function feedWithProblems() {
  const feed = validFeed() as any;
  feed.partners.push({ id: 'verein-ohne', name: 'Verein ohne Alles', kind: 'association' });
  const offer = (id: string, extra: object) => ({ id, title: { de: id, en: id }, partner: 'kita-sonnenblume', ages: { min: 3, max: 6 }, updated: '2026-09-01', ...extra });
  feed.offers.push(
    offer('ohne-kontakt', { title: 'Ohne Kontakt', partner: 'verein-ohne' }),
    offer('alt', { updated: '2025-09-30' }),
    offer('ohne-alter', { title: 'Ohne Alter', ages: undefined, updated: undefined }),
    offer('falsche-bezuege', { title: 'Falsche Bezüge', partner: 'kita-sonnenblum', category: 'beratung', quarters: ['brunnenviertel'] }),
    offer('alt', { updated: '2026-09-15' }),
  );
  feed.events.push(
    { id: 'vorbei', title: 'Vorbei', partner: 'kita-sonnenblume', start: '2026-07-18T14:00:00+02:00' },
    { id: 'ohne-ort', title: 'Ohne Ort', partner: 'verein-ohne', start: '2026-12-01T10:00:00+01:00' },
    { id: 'laufend', title: 'Läuft gerade', partner: 'kita-sonnenblume', start: '2026-09-28', end: '2026-10-03', allDay: true },
  );
  return feed;
}

test('lint: each quality finding names item, field and line:column; summary per partner and totals; exit 1', async () => {
  const dir = await tempDir();
  try {
    const text = pretty(feedWithProblems());
    await dir.write('feed.json', text);
    const run = await runCli(['lint', 'feed.json', '--today', '2026-10-01'], dir.path);
    assert.equal(run.code, 1, run.stderr);
    const out = lines(run.stdout);
    const has = (at: string, severity: string, where: string, message: RegExp) => {
      const prefix = `feed.json:${at}  ${severity.padEnd(7)}  ${where}: `;
      assert.ok(
        out.some((line) => line.startsWith(prefix) && message.test(line.slice(prefix.length))),
        `expected ${prefix}${message}\n${run.stdout}`,
      );
    };
    has(positionBefore(text, '{', '"id": "ohne-kontakt"'), 'error', 'offers[1] "ohne-kontakt"', /gives families no way to reach anyone: add registration > phone, email or url, or a phone, e-mail or web address for its partner "verein-ohne"/);
    has(positionBefore(text, '{', '"id": "ohne-kontakt"'), 'warning', 'offers[1] "ohne-kontakt"', /belongs to no quarter/);
    has(positionOf(text, '"updated"', '"id": "alt"'), 'warning', 'offers[2] "alt" > updated', /last checked on 2025-09-30, more than 12 months ago/);
    has(positionBefore(text, '{', '"id": "ohne-alter"'), 'warning', 'offers[3] "ohne-alter"', /has no ages/);
    has(positionBefore(text, '{', '"id": "ohne-alter"'), 'warning', 'offers[3] "ohne-alter"', /has no "updated" date/);
    has(positionOf(text, '"partner"', '"id": "falsche-bezuege"'), 'error', 'offers[4] "falsche-bezuege" > partner', /"kita-sonnenblum" is not the id of any partner in this feed \(did you mean "kita-sonnenblume"\?\)/);
    has(positionOf(text, '"category"', '"id": "falsche-bezuege"'), 'error', 'offers[4] "falsche-bezuege" > category', /"beratung" is not the id of any category/);
    has(positionOf(text, '"brunnenviertel"', '"id": "falsche-bezuege"'), 'error', 'offers[4] "falsche-bezuege" > quarters[0]', /"brunnenviertel" is not the id of any quarter/);
    has(positionBefore(text, '"id"', '"updated": "2026-09-15"'), 'error', 'offers[5] "alt" > id', /already used by offers\[2\]/);
    has(positionOf(text, '"start"', '"id": "vorbei"'), 'warning', 'events[1] "vorbei" > start', /took place on 2026-07-18/);
    has(positionBefore(text, '{', '"id": "ohne-ort"'), 'warning', 'events[2] "ohne-ort"', /says nowhere where it takes place/);
    has(positionBefore(text, '{', '"id": "verein-ohne"'), 'warning', 'partners[1] "verein-ohne"', /has no position \("geo"/);
    assert.ok(!run.stdout.includes('"laufend"'), 'an event running today is not in the past');
    assert.ok(!run.stdout.includes('elterncafe-woechentlich'), 'a series with dates to come is fine');
    const translation = out.filter((line) => line.includes('texts in English'));
    assert.equal(translation.length, 1, 'translations are summarised per language');
    assert.match(translation[0], /info     texts in English \("en"\): 6 of 10 texts have no English translation, e\.g\. offers\[1\] "ohne-kontakt" > title; .*; and 3 more/);
    const summary = out.slice(out.indexOf('Per partner (2026-10-01):'));
    assert.deepEqual(summary, [
      'Per partner (2026-10-01):',
      '  Kita Sonnenblume (kita-sonnenblume): 1 error, 4 warnings, 0 notes',
      '  Verein ohne Alles (verein-ohne): 1 error, 3 warnings, 0 notes',
      '  not about one partner: 4 errors, 0 warnings, 1 note',
      'Total: 6 errors, 7 warnings, 1 note in feed.json.',
      'Fix the errors before publishing.',
    ]);
  } finally {
    await dir.remove();
  }
});

test('lint: a good feed passes; --today moves what counts as old and past', async () => {
  const dir = await tempDir();
  try {
    await dir.write('feed.json', pretty(validFeed()));
    const now = await runCli(['lint', 'feed.json', '--today', '2026-10-01'], dir.path);
    assert.equal(now.code, 0, now.stdout);
    assert.deepEqual(lines(now.stdout).slice(-2), ['Total: 0 errors, 0 warnings, 0 notes in feed.json.', 'No errors: the feed can be published.']);
    const later = await runCli(['lint', 'feed.json', '--today', '2027-10-01'], dir.path);
    assert.equal(later.code, 0, 'warnings alone do not fail');
    assert.match(later.stdout, /offers\[0\] "elterncafe-brunnen" > updated: was last checked on 2026-09-01, more than 12 months ago/);
    assert.match(later.stdout, /events\[0\] "elterncafe-woechentlich" > recurrence: has no dates left/);
    const bad = await runCli(['lint', 'feed.json', '--today', '1.10.2026'], dir.path);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--today must be a date written YYYY-MM-DD/);
  } finally {
    await dir.remove();
  }
});

test('lint --format json: findings and per-partner counts for machines', async () => {
  const dir = await tempDir();
  try {
    await dir.write('feed.json', pretty(feedWithProblems()));
    const run = await runCli(['lint', 'feed.json', '--today', '2026-10-01', '--format', 'json'], dir.path);
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.counts, { error: 6, warning: 7, info: 1 });
    assert.deepEqual(report.partners.map((p: any) => [p.id, p.error, p.warning]), [['kita-sonnenblume', 1, 4], ['verein-ohne', 1, 3]]);
    assert.ok(report.findings.every((f: any) => f.file === 'feed.json' && f.line > 0 && f.column > 0 && f.message));
    assert.ok(report.findings.some((f: any) => f.code === 'no-contact' && f.partner === 'verein-ohne'));
  } finally {
    await dir.remove();
  }
});
