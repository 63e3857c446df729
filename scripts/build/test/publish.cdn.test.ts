/**
 * Publishing: the npm tarballs hold the built files and a package.json without workspace links or
 * source paths; a feed that fails validation stops the build with the validator's message, and
 * nothing is published (the previous output stays as it was).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { pnpmCommand, ROOT } from '../paths.ts';

const run = promisify(execFile);

async function pack(packageDir: string): Promise<{ files: string[]; manifest: Record<string, unknown> }> {
  const out = mkdtempSync(`${tmpdir()}/infamilie-pack-`);
  try {
    const pnpm = pnpmCommand();
    await run(pnpm.command, [...pnpm.prefix, 'pack', '--pack-destination', out], { cwd: `${ROOT}/${packageDir}` });
    const tarball = readdirSync(out).find((file) => file.endsWith('.tgz'))!;
    const { stdout } = await run('tar', ['-tzf', `${out}/${tarball}`]);
    await run('tar', ['-xzf', `${out}/${tarball}`, '-C', out, 'package/package.json']);
    return { files: stdout.split('\n').filter(Boolean).map((file) => file.replace(/^package\//, '')), manifest: JSON.parse(readFileSync(`${out}/package/package.json`, 'utf8')) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Every path the published package.json points to (exports, main, types) must be a file in the tarball. */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

for (const [dir, expected] of [
  ['packages/feed', ['dist/index.js', 'dist/index.d.ts', 'dist/schema.js', 'feed.schema.json', 'README.md']],
  ['packages/widgets', ['dist/index.js', 'dist/index.d.ts', 'dist/infamilie.js', 'dist/offers/define.js', 'dist/custom-elements.json', 'README.md']],
] as const) {
  test(`pnpm pack ${dir}: built files, and a package.json without workspace: or src/ paths`, async () => {
    const { files, manifest } = await pack(dir);
    for (const file of expected) assert.ok(files.includes(file), `${file} is missing from the tarball (${files.length} files)`);
    assert.ok(!files.some((file) => file.startsWith('src/') || file.includes('.test.')), 'no sources or tests');
    const text = JSON.stringify(manifest);
    assert.doesNotMatch(text, /workspace:/);
    assert.doesNotMatch(JSON.stringify({ exports: manifest.exports, main: manifest.main, types: manifest.types, sideEffects: manifest.sideEffects }), /\bsrc\//);
    for (const target of targets([manifest.exports, manifest.main, manifest.types])) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is in the tarball`);
  });
}

test('a feed that fails validation stops the build with the validator\'s message and publishes nothing', async () => {
  const work = mkdtempSync(`${tmpdir()}/infamilie-bad-feed-`);
  try {
    const feed = JSON.parse(readFileSync(`${ROOT}/demo/public/feed.json`, 'utf8')) as { quarters: unknown[]; offers?: unknown[] };
    feed.quarters = [];
    feed.offers = [{ id: 'elterncafe-ohne-titel', registration: { url: 'javascript:alert(1)' } }];
    writeFileSync(`${work}/feed.json`, JSON.stringify(feed, null, 2));
    mkdirSync(`${work}/out`);
    writeFileSync(`${work}/out/previous.txt`, 'the last good build');
    const result = await run(process.execPath, ['--import', 'tsx', `${ROOT}/scripts/build/build.ts`, '--feed', `${work}/feed.json`, '--out', `${work}/out`, '--skip-npm'], { cwd: ROOT }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /feed\.json:\d+:\d+\s+error\s+offers\[0\] "elterncafe-ohne-titel"/);
    assert.match(result.stderr, /NOT VALID/);
    assert.match(result.stderr, /Nothing published: dist\/ is unchanged\./);
    assert.deepEqual(readdirSync(`${work}/out`), ['previous.txt']);
    assert.deepEqual(readdirSync(work).sort(), ['feed.json', 'out'], 'no temporary folder left');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
