/**
 * The files of dist/ themselves: integrity.json matches every file, the alias equals the pinned
 * version, the bundles are production builds with their banner, the manifest names every element,
 * the feed and its calendars are published with the right headers, and the size budgets hold.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Metafile } from 'esbuild';
import { exportCalendar } from '../../feed/ics-export.ts';
import { headersFor, parseHeaders } from '../headers.ts';
import { DEFAULT_FEED, ROOT } from '../paths.ts';
import { budgetFailures, duplicatePackages, dynamicImports, fileSizes, formatBreakdown, formatPageCosts, formatSizes, moduleBreakdown, pageCosts, staticClosure } from '../sizes.ts';

const dist = `${ROOT}/dist`;
const info = JSON.parse(readFileSync(`${dist}/build/info.json`, 'utf8')) as { version: string; major: string; testCopy: string };
const versionDir = `${dist}/cdn/infamilie/${info.version}`;
const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => `${entry.parentPath}/${entry.name}`.slice(dir.length + 1)).sort();

for (const dir of [info.version, info.major, info.testCopy]) {
  test(`infamilie/${dir}/integrity.json: the sha384 of every file`, () => {
    const folder = `${dist}/cdn/infamilie/${dir}`;
    const integrity = JSON.parse(readFileSync(`${folder}/integrity.json`, 'utf8')) as { algorithm: string; files: Record<string, string> };
    assert.equal(integrity.algorithm, 'sha384');
    assert.deepEqual(Object.keys(integrity.files).sort(), files(folder).filter((file) => file !== 'integrity.json'));
    for (const [file, hash] of Object.entries(integrity.files)) {
      assert.equal(hash, `sha384-${createHash('sha384').update(readFileSync(`${folder}/${file}`)).digest('base64')}`, file);
    }
  });
}

test('the major alias holds the same files as the pinned version', () => {
  const alias = `${dist}/cdn/infamilie/${info.major}`;
  assert.deepEqual(files(alias), files(versionDir));
  for (const file of files(versionDir)) assert.ok(readFileSync(`${alias}/${file}`).equals(readFileSync(`${versionDir}/${file}`)), file);
});

test('the bundles: production Lit, one banner line, no licence comments, no duplicate packages; the reader, calendar, map and languages load on demand', () => {
  const metafile = JSON.parse(readFileSync(`${dist}/build/metafile-infamilie.json`, 'utf8')) as Metafile;
  for (const file of ['infamilie.js', 'infamilie.iife.js', 'loader.js']) {
    const code = readFileSync(`${versionDir}/${file}`, 'utf8');
    assert.match(code.split('\n')[0], new RegExp(`^/\\*! INFamilie widgets ${info.version.replace(/\./g, '\\.')} \\| MIT .*LICENSES\\.txt \\*/$`));
    assert.doesNotMatch(code, /Lit is in dev mode|@license|SPDX-License-Identifier/, file);
  }
  const inputs = Object.keys(metafile.inputs);
  assert.ok(!inputs.some((input) => /\/development\//.test(input)), 'no development build of Lit');
  assert.ok(inputs.some((input) => /lit-html\/lit-html\.js$/.test(input)), 'Lit is inlined');
  assert.deepEqual(duplicatePackages(metafile, 'infamilie.js'), []);
  // What every page fetches at once, and what only the pages that need it fetch later.
  const inputsOf = (files: string[]) => files.flatMap((file) => Object.keys(Object.entries(metafile.outputs).find(([path]) => path.endsWith(`/${file}`))![1].inputs));
  const eager = inputsOf(staticClosure(metafile, 'infamilie.js'));
  const onDemand = dynamicImports(metafile, 'infamilie.js');
  for (const module of [/node_modules\/zod\//, /widgets\/src\/calendar\//, /widgets\/src\/map\//, /feed\/src\/schema\.ts$/]) {
    assert.ok(!eager.some((input) => module.test(input)), `${module} is loaded at once`);
    assert.ok(inputsOf(onDemand.flatMap((chunk) => staticClosure(metafile, chunk))).some((input) => module.test(input)), `${module} is not loaded on demand`);
  }
  assert.ok(eager.some((input) => /widgets\/src\/offers\/offers\.ts$/.test(input)), 'the offers are in infamilie.js');
  // The languages are built apart (external to this build): their imports stand in the code, through
  // the helper that asks again under a fresh URL after a failure; no bare import() of a chunk is left.
  const code = staticClosure(metafile, 'infamilie.js').map((file) => readFileSync(`${versionDir}/${file}`, 'utf8')).join('\n');
  const locales = new Set([...code.matchAll(/__infamilieImport\("\.\/([a-z]{2}-[0-9a-f]{8}\.js)"\)/g)].map((match) => match[1]));
  assert.equal(locales.size, 7, [...locales].join(', '));
  for (const file of readdirSync(versionDir).filter((name) => name.endsWith('.js') && name !== 'infamilie.iife.js')) {
    assert.doesNotMatch(readFileSync(`${versionDir}/${file}`, 'utf8'), /\bimport\("/, `${file} imports a chunk without the retrying helper`);
  }
  assert.doesNotMatch(readFileSync(`${versionDir}/infamilie.iife.js`, 'utf8'), /import\(|import\.meta/, 'the classic script loads nothing more');
  assert.match(readFileSync(`${versionDir}/LICENSES.txt`, 'utf8'), /lit-html[\s\S]*BSD-3-Clause|BSD 3-Clause/);
});

test('custom-elements.json names every element with its tag, attributes and JSDoc', () => {
  const manifest = JSON.parse(readFileSync(`${versionDir}/custom-elements.json`, 'utf8')) as {
    modules: Array<{ declarations?: Array<{ tagName?: string; summary?: string; attributes?: unknown[]; cssParts?: unknown[]; events?: unknown[] }> }>;
  };
  const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName);
  const defines = readdirSync(`${ROOT}/packages/widgets/src`, { withFileTypes: true })
    // core/define.ts is the guarded define itself, not an element.
    .filter((entry) => entry.isDirectory() && entry.name !== 'core' && readdirSync(`${entry.parentPath}/${entry.name}`).includes('define.ts'))
    .map((entry) => entry.name);
  assert.deepEqual(elements.map((element) => element.tagName).sort(), defines.map((dir) => `infamilie-${dir}`).sort());
  for (const element of elements) assert.ok(element.summary && element.attributes?.length && element.cssParts?.length && element.events?.length, element.tagName);
});

test('the feed: index, parts, base map, schema and calendars; all.ics as `pnpm feed ics` writes it', async () => {
  const feedFiles = files(`${dist}/cdn/feed`);
  for (const file of ['feed.json', 'feed.schema.json', 'basemap.geojson', 'ics/all.ics']) assert.ok(feedFiles.includes(file), file);
  const index = JSON.parse(readFileSync(`${dist}/cdn/feed/feed.json`, 'utf8')) as { quarters: Array<{ id: string; feed?: string }>; categories: Array<{ id: string }> };
  for (const quarter of index.quarters) {
    if (quarter.feed) assert.ok(feedFiles.includes(quarter.feed), quarter.feed);
    assert.ok(feedFiles.includes(`ics/quarter-${quarter.id}.ics`), quarter.id);
  }
  for (const category of index.categories) assert.ok(feedFiles.includes(`ics/category-${category.id}.ics`), category.id);
  const expected = (await exportCalendar(DEFAULT_FEED, {})).text;
  // The calendars carry the time they were written (DTSTAMP): compare without it.
  const stable = (text: string) => text.replace(/^DTSTAMP:.*$/gm, '');
  assert.equal(stable(readFileSync(`${dist}/cdn/feed/ics/all.ics`, 'utf8')), stable(expected));
});

test('_headers: immutable pinned versions, short alias and feed, CORS and content types, no header set twice', () => {
  const rules = parseHeaders(readFileSync(`${dist}/cdn/_headers`, 'utf8'));
  const expect = (path: string, header: string, value: string | RegExp) => {
    const actual = headersFor(rules, path).get(header.toLowerCase()) ?? '';
    if (typeof value === 'string') assert.equal(actual, value, `${path} ${header}`);
    else assert.match(actual, value, `${path} ${header}`);
  };
  expect(`/infamilie/${info.version}/infamilie.js`, 'Cache-Control', 'public, max-age=31536000, immutable');
  expect(`/infamilie/${info.major}/infamilie.js`, 'Cache-Control', 'public, max-age=300');
  expect('/feed/feed.json', 'Cache-Control', 'public, max-age=300');
  expect('/feed/feed.json', 'Access-Control-Allow-Origin', '*');
  expect('/feed/ics/all.ics', 'Access-Control-Allow-Origin', '*');
  expect(`/infamilie/${info.version}/infamilie.js`, 'Access-Control-Allow-Origin', '*');
  expect('/feed/ics/quarter-maerchensiedlung.ics', 'Content-Type', 'text/calendar; charset=utf-8');
  expect('/feed/basemap.geojson', 'Content-Type', /^application\/geo\+json/);
  expect('/feed/quarters/maerchensiedlung.json', 'Content-Type', /^application\/json/);
  for (const path of [...files(`${dist}/cdn/feed`).map((file) => `/feed/${file}`), ...files(versionDir).map((file) => `/infamilie/${info.version}/${file}`)]) {
    for (const [name, value] of headersFor(rules, path)) assert.ok(!value.includes(', public'), `${name} set twice for ${path}: ${value}`);
  }
});

// Last, so that everything above has been checked when this fails: the budgets are not negotiable.
test('size budgets (gzip, with the chunks each imports statically): infamilie.js <= 30 KB, loader.js <= 2 KB', async () => {
  const sizes = await fileSizes(versionDir);
  const gzip = sizes.find((row) => row.file === 'infamilie.js')!.gzip;
  const metafile = JSON.parse(readFileSync(`${dist}/build/metafile-infamilie.json`, 'utf8')) as Metafile;
  const loader = JSON.parse(readFileSync(`${dist}/build/metafile-loader.json`, 'utf8')) as Metafile;
  const costs = pageCosts(sizes, { 'infamilie.js': metafile, 'loader.js': loader });
  console.log(`${formatSizes(sizes, `dist/cdn/infamilie/${info.version}/`)}\n\n${formatPageCosts(costs)}\n\n${formatBreakdown(moduleBreakdown(metafile, 'infamilie.js', gzip, true), 'infamilie.js by package and folder', 20)}`);
  assert.deepEqual(budgetFailures(costs), []);
});
