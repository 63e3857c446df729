/** Shared by the feed tools' tests: run the CLI as the office does, on fixture files in a temp folder. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeedInput } from '@infamilie/feed/schema';

export const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('./examples/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TSX = import.meta.resolve('tsx');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from start to exit. */
  ms: number;
}

/** `node --import tsx scripts/feed/cli.ts ...args`, in `cwd` (so that messages name files as typed). */
export function runCli(args: string[], cwd: string, timeoutMs = 30_000): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`CLI did not finish within ${timeoutMs} ms: ${args.join(' ')}\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

export async function tempDir(): Promise<{ path: string; write(name: string, content: string | Buffer): Promise<string>; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'infamilie-feed-'));
  return {
    path,
    async write(name, content) {
      const file = join(path, name);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
      return file;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

/** JSON as the office's files look: two-space indentation. */
export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Line and column (1-based) of the first occurrence of `needle` after `after` in `text`. */
export function positionOf(text: string, needle: string, after = ''): string {
  const from = after ? text.indexOf(after) : 0;
  if (from < 0) throw new Error(`"${after}" not in the text`);
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`"${needle}" not in the text`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

/** Line and column of the last occurrence of `needle` before `anchor` (e.g. the `{` of an item). */
export function positionBefore(text: string, needle: string, anchor: string): string {
  const end = text.indexOf(anchor);
  const offset = text.lastIndexOf(needle, end);
  if (end < 0 || offset < 0) throw new Error(`"${needle}" before "${anchor}" not in the text`);
  return positionOf(text, needle, text.slice(offset, end + anchor.length));
}

/** A small valid feed: one quarter with an outline around Brunnenstraße, two partners, an offer, an event. */
export function validFeed(): FeedInput {
  return {
    version: 1,
    generated: '2026-09-01T09:00:00+02:00',
    network: { id: 'infamilie', name: { de: 'Netzwerk INFamilie', en: 'INFamilie network' }, languages: ['de', 'en'] },
    categories: [{ id: 'counselling', name: { de: 'Beratung', en: 'Counselling' } }],
    quarters: [
      {
        id: 'brunnenstrassenviertel',
        name: 'Brunnenstraßen- und Hannibalviertel',
        geometry: { type: 'Polygon', coordinates: [[[7.46, 51.52], [7.48, 51.52], [7.48, 51.53], [7.46, 51.53], [7.46, 51.52]]] },
      },
    ],
    partners: [
      {
        id: 'kita-sonnenblume',
        name: 'Kita Sonnenblume',
        kind: 'daycare',
        quarters: ['brunnenstrassenviertel'],
        address: { street: 'Brunnenstraße 13', postalCode: '44145', city: 'Dortmund' },
        geo: [7.47141, 51.523359],
        phone: '+49 231 0000001',
      },
    ],
    offers: [
      {
        id: 'elterncafe-brunnen',
        title: { de: 'Elterncafé', en: "Parents' café" },
        category: 'counselling',
        partner: 'kita-sonnenblume',
        ages: { min: 0, max: 6 },
        updated: '2026-09-01',
      },
    ],
    events: [
      {
        id: 'elterncafe-woechentlich',
        title: { de: 'Elterncafé', en: "Parents' café" },
        partner: 'kita-sonnenblume',
        start: '2026-03-03T09:00:00+01:00',
        end: '2026-03-03T11:00:00+01:00',
        recurrence: { freq: 'weekly', byDay: ['tu'], until: '2027-06-29' },
      },
    ],
  };
}

export function lines(output: string): string[] {
  return output.split('\n').filter((line) => line.trim() !== '');
}
