import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { open, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { lines, runCli, tempDir } from './test-helpers.ts';

/** Bad input never gets a stack trace: one line on stderr saying why, exit 2, and quickly. */
function assertRefused(run: { code: number | null; stdout: string; stderr: string; ms: number }, reason: RegExp, withinMs = 8000) {
  assert.equal(run.code, 2, `exit code\n${run.stdout}${run.stderr}`);
  assert.equal(lines(run.stderr).length, 1, `one line on stderr:\n${run.stderr}`);
  assert.match(run.stderr, reason);
  assert.doesNotMatch(run.stderr, /\bat .*\.(ts|js):\d+/, 'no stack trace');
  assert.equal(run.stdout, '');
  assert.ok(run.ms < withinMs, `answered after ${run.ms} ms`);
}

/** A server that accepts connections and never answers. */
async function silentServer(): Promise<{ url: string; close(): void }> {
  const server: Server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

async function fixtures() {
  const dir = await tempDir();
  await dir.write('empty.json', '');
  await dir.write('blank.json', '  \n\n');
  await dir.write('page.json', '<!DOCTYPE html>\n<html><body>Not found</body></html>\n');
  await dir.write('latin1.json', Buffer.from([0x7b, 0x22, 0xe4, 0x22, 0x3a, 0x31, 0x7d]));
  // 50 MB without writing 50 MB: a sparse file. The tools must refuse it by its size, unread.
  const big = await open(join(dir.path, 'big.json'), 'w');
  await big.truncate(50 * 1024 * 1024);
  await big.close();
  return dir;
}

for (const command of ['validate', 'lint', 'ics'] as const) {
  test(`${command}: missing, empty, non-JSON, non-UTF-8, oversized files and folders are refused with one line and exit 2`, async () => {
    const dir = await fixtures();
    try {
      const cases: Array<[string, RegExp]> = [
        ['nope.json', /^nope\.json: file not found\. Check the name and the folder/],
        ['empty.json', /^empty\.json: the file is empty \(0 bytes\)/],
        ['blank.json', /^blank\.json: the file is empty \(it holds only spaces or line breaks\)/],
        ['page.json', /^page\.json: this is not JSON \(it starts with "<!DOCTYPE html>/],
        ['latin1.json', /^latin1\.json: the file is not UTF-8 text/],
        ['big.json', /^big\.json: the file is 50\.0 MB; files over 20\.0 MB are refused/],
        ['.', /^\.: this is a folder, not a file/],
      ];
      const runs = await Promise.all(cases.map(([file]) => runCli([command, file], dir.path)));
      runs.forEach((run, i) => assertRefused(run, cases[i][1], 15_000));
    } finally {
      await dir.remove();
    }
  });

  test(`${command}: a web address that never answers gives up after --timeout`, async () => {
    const server = await silentServer();
    const dir = await tempDir();
    try {
      const run = await runCli([command, server.url, '--timeout', '1'], dir.path);
      assertRefused(run, /no complete answer within 1 s/, 5000);
    } finally {
      server.close();
      await dir.remove();
    }
  });
}

test('a download larger than the limit is refused by its Content-Length, unread', async () => {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) });
    response.write('{');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dir = await tempDir();
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
    assertRefused(await runCli(['validate', url], dir.path), /the answer is 50\.0 MB; downloads over 20\.0 MB are refused/);
  } finally {
    server.closeAllConnections();
    server.close();
    await dir.remove();
  }
});

test('import: unreadable spreadsheets or base are refused with exit 2, and the old feed stays as it was', async () => {
  const dir = await fixtures();
  const server = await silentServer();
  try {
    const before = Buffer.from('{"version":1}\n');
    const out = await dir.write('feed.json', before);
    await dir.write('big.csv', '');
    const big = await open(join(dir.path, 'big.csv'), 'w');
    await big.truncate(50 * 1024 * 1024);
    await big.close();
    await dir.write('leer.csv', '');
    assertRefused(await runCli(['import', '--partners', 'fehlt.csv', '--out', 'feed.json'], dir.path), /^fehlt\.csv: file not found/);
    assertRefused(await runCli(['import', '--partners', 'leer.csv', '--out', 'feed.json'], dir.path), /^leer\.csv: the file is empty/);
    assertRefused(await runCli(['import', '--partners', 'big.csv', '--out', 'feed.json'], dir.path), /^big\.csv: the file is 50\.0 MB/);
    assertRefused(await runCli(['import', '--partners', 'leer.csv', '--base', 'page.json', '--out', 'feed.json'], dir.path), /^page\.json: this is not JSON/);
    assertRefused(await runCli(['import', '--partners', 'leer.csv', '--base', server.url, '--timeout', '1', '--out', 'feed.json'], dir.path), /no complete answer within 1 s/, 5000);
    assertRefused(await runCli(['import', '--partners', 'leer.csv', '--out', 'kein-ordner/feed.json'], dir.path), /the folder kein-ordner does not exist/);
    assertRefused(await runCli(['import', '--out', 'feed.json'], dir.path), /give at least one of --partners, --offers, --events/);
    assert.deepEqual(await readFile(out), before);
  } finally {
    server.close();
    await dir.remove();
  }
});

test('a wrong command line: usage hint, exit 2; help: exit 0', async () => {
  const dir = await tempDir();
  try {
    assertRefused(await runCli(['validieren', 'feed.json'], dir.path), /unknown command "validieren"\. See: pnpm feed help/);
    assertRefused(await runCli(['lint', 'feed.json', '--heute', '2026-01-01'], dir.path), /unknown option --heute/);
    assertRefused(await runCli(['validate'], dir.path), /validate needs one feed file or web address/);
    assertRefused(await runCli(['validate', 'feed.json', '--timeout', 'lang'], dir.path), /--timeout must be a number of seconds/);
    for (const args of [['help'], ['--help'], ['import', '--help']]) {
      const help = await runCli(args, dir.path);
      assert.equal(help.code, 0);
      for (const command of ['validate', 'lint', 'import', 'ics', 'schema']) assert.match(help.stdout, new RegExp(`^  ${command}\\b`, 'm'));
      assert.match(help.stdout, /Exit codes: 0 = fine/);
    }
  } finally {
    await dir.remove();
  }
});
