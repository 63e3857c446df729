import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EXAMPLES, lines, pretty, runCli, tempDir } from './test-helpers.ts';

const example = (name: string) => join(EXAMPLES, name);
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

test('import of the comma-separated examples: a valid feed, partners geocoded and placed in their quarters', async () => {
  const dir = await tempDir();
  try {
    const run = await runCli(
      ['import', '--partners', example('partners.csv'), '--offers', example('offers.csv'), '--events', example('events.csv'), '--base', example('base.json'), '--out', 'feed.json'],
      dir.path,
    );
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(lines(run.stdout).at(-1), 'Written: feed.json with 7 partners, 7 offers, 6 events.');
    const validate = await runCli(['validate', 'feed.json'], dir.path);
    assert.equal(validate.code, 0, validate.stdout);

    const feed = await readJson(join(dir.path, 'feed.json'));
    const base = await readJson(example('base.json'));
    assert.deepEqual([feed.network, feed.categories, feed.quarters], [base.network, base.categories, base.quarters], 'network, categories and quarters come from --base');
    const partner = (id: string) => feed.partners.find((p: any) => p.id === id);
    // Brunnenstraße 13 in the city's address register: 7.471410, 51.523359 (sub-district 052).
    assert.deepEqual(partner('kita-sonnenblume').geo, [7.47141, 51.523359]);
    assert.deepEqual(partner('kita-sonnenblume').address, { street: 'Brunnenstraße 13', postalCode: '44145', city: 'Dortmund' });
    assert.deepEqual(partner('familienzentrum-libelle').geo, [7.458148, 51.532618], 'Eberstraße 5a: number and suffix in one cell');
    assert.deepEqual(
      Object.fromEntries(feed.partners.map((p: any) => [p.id, p.quarters])),
      {
        'kita-sonnenblume': ['brunnenstrassenviertel'],
        'grundschule-kleine-kiel': ['brunnenstrassenviertel'],
        'familienzentrum-libelle': ['libellenviertel'],
        'kita-maerchenland': ['maerchensiedlung'],
        'beratung-union': ['unionviertel'],
        'treff-westerfilde': ['westerfilde-bodelschwingh'],
        'jugendhilfe-clarenberg': ['clarenberg-hoerder-neumarkt'],
      },
    );
    assert.equal(partner('kita-maerchenland').kind, 'daycare');
    assert.deepEqual(partner('kita-maerchenland').languages, ['de', 'tr', 'pl']);

    const offer = feed.offers.find((o: any) => o.id === 'sprachfoerderung-kiel');
    assert.deepEqual(offer.title, { de: 'Sprachförderung am Nachmittag', en: 'Language support in the afternoon', tr: 'Öğleden sonra dil desteği' });
    assert.deepEqual(offer.schedule.weekly, [{ day: 'mo', opens: '14:00', closes: '15:30' }, { day: 'we', opens: '14:00', closes: '15:30' }]);
    assert.deepEqual(offer.cost, { free: false, note: { de: '5 € im Monat' } });

    const event = (id: string) => feed.events.find((e: any) => e.id === id);
    assert.equal(event('stadtteilfest-brunnen-2026').start, '2026-07-18T14:00:00+02:00', 'summer time');
    assert.equal(event('laternenumzug-maerchensiedlung').start, '2026-11-11T17:00:00+01:00', 'winter time');
    assert.deepEqual(event('elterncafe-woechentlich').recurrence, { freq: 'weekly', byDay: ['tu'], until: '2026-12-22', except: ['2026-04-07', '2026-05-26'] });
    assert.deepEqual(event('elterntreff-union').recurrence, { freq: 'monthly', byDay: ['1mo'], count: 10 });
    assert.deepEqual([event('ferienspiele-clarenberg').start, event('ferienspiele-clarenberg').end, event('ferienspiele-clarenberg').allDay], ['2026-07-20', '2026-07-31', true]);
    assert.equal(event('winterbasteln-westerfilde').status, 'cancelled');
    assert.deepEqual(event('stadtteilfest-brunnen-2026').location.geo, [7.472676, 51.521783], 'event locations are geocoded too');
  } finally {
    await dir.remove();
  }
});

test('import of Excel files (semicolon, BOM, CRLF, German headers, line breaks in cells)', async () => {
  const dir = await tempDir();
  try {
    const run = await runCli(['import', '--partners', example('partner-excel.csv'), '--offers', example('angebote-excel.csv'), '--base', example('base.json'), '--out', 'feed.json'], dir.path);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(lines(run.stdout).at(-1), 'Written: feed.json with 4 partners, 4 offers, 0 events.');
    assert.equal((await runCli(['validate', 'feed.json'], dir.path)).code, 0);
    const feed = await readJson(join(dir.path, 'feed.json'));
    const libelle = feed.partners.find((p: any) => p.id === 'familienzentrum-libelle');
    // Burgholzstraße 22a in the city's address register: 7.463009, 51.526747 (sub-district 053).
    assert.deepEqual(libelle.geo, [7.463009, 51.526747]);
    assert.equal(libelle.address.street, 'Burgholzstraße 22a');
    assert.deepEqual(libelle.quarters, ['libellenviertel']);
    assert.deepEqual(feed.partners.find((p: any) => p.id === 'kita-maerchenland').quarters, ['maerchensiedlung'], 'a quarter given by its name');
    assert.deepEqual(feed.partners.find((p: any) => p.id === 'kita-sonnenblume').languages, ['de', 'tr', 'ar'], 'languages by German names');
    assert.equal(feed.partners.find((p: any) => p.id === 'nachbarschaftshaus-hoerde').name.de, 'Nachbarschaftshaus Hörde; Treffpunkt Neumarkt', 'a quoted semicolon');
    const cafe = feed.offers.find((o: any) => o.id === 'elterncafe-brunnen');
    assert.equal(cafe.summary.de, 'Kaffee, Austausch und Beratung für Eltern.\nJeden Dienstag im Familienraum.');
    assert.equal(cafe.partner, 'kita-sonnenblume', 'a partner given by its name');
    assert.equal(cafe.category, 'counselling', 'a category given by its German name');
    assert.equal(cafe.updated, '2026-09-01', 'DD.MM.YYYY dates');
    const rucksack = feed.offers.find((o: any) => o.id === 'rucksack-libelle');
    assert.deepEqual([rucksack.validFrom, rucksack.validTo], ['2026-09-01', '2027-06-30']);
    assert.deepEqual(rucksack.schedule.weekly, [{ day: 'th', opens: '09:00', closes: '11:00' }]);
  } finally {
    await dir.remove();
  }
});

test('bad rows are reported with their row number and column and skipped; good rows are imported', async () => {
  const dir = await tempDir();
  try {
    await dir.write(
      'angebote.csv',
      '\ufeffKennung;Titel;Kategorie;Träger;Alter von;Alter bis;Anmeldung URL;Zeiten;Geprüft am;Zielgrupe\r\n' +
        'gut;Gutes Angebot;Beratung;kita-sonnenblume;3;6;https://example.org/a;Di 09:00-11:00;01.09.2026;Eltern\r\n' +
        'Bad Id;Schlecht;;;;;;;;\r\n' +
        'boeser-link;Mit Link;;kita-sonnenblume;3;6;javascript:alert(1);;;\r\n' +
        '\r\n' +
        'alter;"Alter,\nfalsch herum";;kita-sonnenblume;8;3;;;;\r\n' +
        'zeiten;Zeiten;;kita-sonnenblume;;;;Dienstag morgens;31.02.2026;\r\n' +
        'gut;Doppelt;;;;;;;;\r\n',
    );
    const run = await runCli(['import', '--partners', example('partners.csv'), '--offers', 'angebote.csv', '--base', example('base.json'), '--out', 'feed.json'], dir.path);
    assert.equal(run.code, 1);
    const out = lines(run.stdout);
    const expected = [
      'angebote.csv:1  warning  column J "Zielgrupe": is not a column this tool knows, so it is ignored (did you mean "zielgruppe"?). README.md lists the columns',
      'angebote.csv:3  error    row 3, column A "Kennung": "Bad Id" is not an id: use lower-case letters, digits and hyphens only, e.g. "schlecht" (made from the title) (the row is skipped)',
      'angebote.csv:4  error    row 4 "boeser-link", column G "Anmeldung URL": must be a web address starting with https:// or http:// (the row is skipped)',
      'angebote.csv:6  error    row 6 "alter", column E "Alter von": the lowest age is above the highest (the row is skipped)',
      'angebote.csv:7  error    row 7 "zeiten", column I "Geprüft am": "31.02.2026" is not a day in the calendar (the row is skipped)',
      'angebote.csv:7  error    row 7 "zeiten", column H "Zeiten": "Dienstag morgens" is not a weekly time: write e.g. "Di 09:00-11:00; Do 15:00-17:00"',
      'angebote.csv:8  error    row 8 "gut", column A "Kennung": the id "gut" is already used in row 2: give each row its own id (the row is skipped)',
    ];
    for (const line of expected) assert.ok(out.includes(line), `missing: ${line}\n${run.stdout}`);
    assert.equal(out.at(-1), 'Written: feed.json with 7 partners, 1 offer, 0 events. 5 rows were skipped: fix them and import again.');
    const feed = await readJson(join(dir.path, 'feed.json'));
    assert.deepEqual(feed.offers.map((o: any) => o.id), ['gut']);
  } finally {
    await dir.remove();
  }
});

test('an import that would not be valid never replaces the existing feed', async () => {
  const dir = await tempDir();
  try {
    const before = Buffer.from('{ "version": 1, "network": { "id": "alt", "name": "Der alte Stand" } }\n');
    const out = await dir.write('feed.json', before);
    const base = await readJson(example('base.json'));
    base.categories.push({ id: 'Falsche Kennung', name: 'Kaputt' });
    await dir.write('base.json', pretty(base));
    const invalid = await runCli(['import', '--partners', example('partners.csv'), '--base', 'base.json', '--out', 'feed.json'], dir.path);
    assert.equal(invalid.code, 1);
    assert.match(invalid.stdout, /categories\[10\] "Falsche Kennung" > id: must be an id/);
    assert.match(lines(invalid.stdout).at(-1)!, /^Nothing written: the new feed would not be valid .* feed\.json is unchanged\.$/);
    assert.deepEqual(await readFile(out), before);

    await dir.write('ohne-kennung.csv', 'name,street\nKita Ohne Kennung,Brunnenstraße 13\n');
    const noId = await runCli(['import', '--partners', 'ohne-kennung.csv', '--base', example('base.json'), '--out', 'feed.json'], dir.path);
    assert.equal(noId.code, 1);
    assert.match(noId.stdout, /ohne-kennung\.csv:1  error    header \(row 1\): has no column "id"/);
    assert.deepEqual(await readFile(out), before);

    await dir.write('alles-falsch.csv', 'id,name\nFalsch,Kita\n,Kita ohne Kennung\n');
    const allBad = await runCli(['import', '--partners', 'alles-falsch.csv', '--base', example('base.json'), '--out', 'feed.json'], dir.path);
    assert.equal(allBad.code, 1);
    assert.match(lines(allBad.stdout).at(-1)!, /^Nothing written: not one row of alles-falsch\.csv could be imported/);
    assert.deepEqual(await readFile(out), before);

    const missing = await runCli(['import', '--partners', 'gibt-es-nicht.csv', '--out', 'feed.json'], dir.path);
    assert.equal(missing.code, 2);
    assert.deepEqual(await readFile(out), before);

    assert.deepEqual((await readdir(dir.path)).sort(), ['alles-falsch.csv', 'base.json', 'feed.json', 'ohne-kennung.csv'], 'no temporary files are left behind');
  } finally {
    await dir.remove();
  }
});

test('a valid import replaces the feed in one step, leaving no temporary file; --dry-run writes nothing', async () => {
  const dir = await tempDir();
  try {
    const before = Buffer.from('{}\n');
    const out = await dir.write('feed.json', before);
    const dry = await runCli(['import', '--partners', example('partners.csv'), '--base', example('base.json'), '--out', 'feed.json', '--dry-run'], dir.path);
    assert.equal(dry.code, 0, dry.stdout);
    assert.match(dry.stdout, /Check only \(--dry-run\): the feed would hold 7 partners, 0 offers, 0 events\. Nothing written\./);
    assert.deepEqual(await readFile(out), before);
    const run = await runCli(['import', '--partners', example('partners.csv'), '--base', example('base.json'), '--out', 'feed.json'], dir.path);
    assert.equal(run.code, 0, run.stdout);
    assert.equal((await readJson(out)).partners.length, 7);
    assert.deepEqual(await readdir(dir.path), ['feed.json']);
  } finally {
    await dir.remove();
  }
});

test('a CSV saved as Windows-1252 (Excel\'s "CSV (Trennzeichen-getrennt)") is read, with a warning', async () => {
  const dir = await tempDir();
  try {
    await dir.write('partner.csv', Buffer.from('Kennung;Name;Straße;Hausnummer\r\nkita-maerchenland;Kita Märchenland;Schneewittchenweg;10\r\n', 'latin1'));
    const run = await runCli(['import', '--partners', 'partner.csv', '--base', example('base.json'), '--out', 'feed.json'], dir.path);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /partner\.csv:1  warning  the file is not UTF-8, so it was read as Windows-1252/);
    const feed = await readJson(join(dir.path, 'feed.json'));
    assert.equal(feed.partners[0].name.de, 'Kita Märchenland');
    assert.deepEqual(feed.partners[0].geo, [7.47788, 51.555601]);
    assert.deepEqual(feed.partners[0].quarters, ['maerchensiedlung']);
  } finally {
    await dir.remove();
  }
});
