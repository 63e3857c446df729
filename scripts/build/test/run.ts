/**
 * `pnpm test:cdn`: tests of what `pnpm build` publishes, in Node and in headless Chromium over HTTP.
 * Builds first when dist/ is missing or was built from other sources (or another feed), so that the
 * tests never pass on stale output; an up-to-date dist/ is reused, which keeps repeated runs quick.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pnpmCommand, ROOT } from '../paths.ts';
import { sourceFingerprint } from '../stamp.ts';

const started = Date.now();
const info = (() => {
  try {
    return JSON.parse(readFileSync(`${ROOT}/dist/build/info.json`, 'utf8')) as { fingerprint?: string };
  } catch {
    return undefined;
  }
})();
const fingerprint = await sourceFingerprint();
const fresh = info?.fingerprint === fingerprint && existsSync(`${ROOT}/packages/widgets/dist/index.js`) && existsSync(`${ROOT}/packages/feed/dist/index.js`);
if (!fresh) {
  console.log(info ? 'test:cdn: dist/ was built from other sources: building again.' : 'test:cdn: no dist/ yet: building.');
  const pnpm = pnpmCommand();
  const build = spawnSync(pnpm.command, [...pnpm.prefix, 'run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else console.log('test:cdn: dist/ is up to date with the sources.');

const files = readdirSync(`${ROOT}/scripts/build/test`)
  .filter((file) => file.endsWith('.cdn.test.ts'))
  .sort()
  .map((file) => `scripts/build/test/${file}`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files], { cwd: ROOT, stdio: 'inherit' });
console.log(`test:cdn: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(result.status ?? 1);
