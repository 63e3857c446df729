/**
 * A fingerprint of everything the build reads, so that the tests of the built files rebuild only when
 * dist/ is missing or older than the sources (`dist/build/info.json` holds the fingerprint it was built from).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { ROOT } from './paths.ts';

const INPUTS = ['packages/feed/src', 'packages/widgets/src', 'demo', 'scripts/build', 'scripts/feed', 'scripts/preview'];
const FILES = ['packages/feed/package.json', 'packages/widgets/package.json', 'custom-elements-manifest.config.mjs', 'tsconfig.json', 'pnpm-lock.yaml'];

export async function sourceFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files = [...FILES];
  for (const dir of INPUTS) {
    for (const entry of await readdir(`${ROOT}/${dir}`, { recursive: true, withFileTypes: true })) {
      const path = `${entry.parentPath}/${entry.name}`.slice(ROOT.length + 1);
      if (entry.isFile() && !/(^|\/)(node_modules|dist|\.[^/]+)(\/|$)/.test(path) && !path.endsWith('.test.ts')) files.push(path);
    }
  }
  for (const file of files.sort()) {
    hash.update(file);
    hash.update(await readFile(`${ROOT}/${file}`).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex').slice(0, 16);
}
