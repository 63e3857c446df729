/** Where things are, and the version being built (from packages/widgets/package.json). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
export const WIDGETS = `${ROOT}/packages/widgets`;
export const WIDGETS_SRC = `${WIDGETS}/src`;
export const FEED_PACKAGE = `${ROOT}/packages/feed`;
export const DEMO = `${ROOT}/demo`;
export const TSCONFIG = `${ROOT}/tsconfig.json`;
export const DEFAULT_FEED = `${DEMO}/public/feed.json`;
export const DEFAULT_OUT = `${ROOT}/dist`;

/** The second copy that the two-copies page and its test load beside the real one. */
export const TEST_COPY_VERSION = '0.0.9-test';

export function widgetsVersion(): string {
  return (JSON.parse(readFileSync(`${WIDGETS}/package.json`, 'utf8')) as { version: string }).version;
}

/** The alias that follows the newest compatible release: `1` for 1.4.2, `0` for 0.1.0. */
export function majorOf(version: string): string {
  const major = /^(\d+)\./.exec(version)?.[1];
  if (major === undefined) throw new Error(`"${version}" is not a semantic version`);
  return major;
}

/** Kept in every file (legalComments are dropped): what this is, its licence, and where the others are. */
export function banner(version: string): string {
  return `/*! INFamilie widgets ${version} | MIT | includes Lit (c) Google LLC, BSD-3-Clause, and zod (c) Colin McDonnell, MIT: see LICENSES.txt */`;
}

/**
 * How to run pnpm from a script: the pnpm that runs us (`npm_execpath`; CI may have it only through
 * npx, not on PATH), else `pnpm`. A JavaScript entry point runs under this Node.
 */
export function pnpmCommand(): { command: string; prefix: string[] } {
  const execpath = process.env.npm_execpath;
  if (!execpath || !/pnpm/.test(execpath)) return { command: 'pnpm', prefix: [] };
  return /\.[cm]?js$/.test(execpath) ? { command: process.execPath, prefix: [execpath] } : { command: execpath, prefix: [] };
}
