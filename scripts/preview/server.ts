/**
 * `pnpm preview`: serves dist/ as the production hosts will, for trying the built demo and the CDN files
 * and for the tests of the built output. No dependency: node:http and the CDN's own `_headers` file.
 *
 *   pnpm preview [--port 4173] [--root dist]     then open http://127.0.0.1:4173/demo/
 *
 * Files below /cdn/ get the headers of dist/cdn/_headers (as Netlify or Cloudflare Pages would, with
 * dist/cdn as the site); the demo's csp.html gets the strict Content-Security-Policy.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeaders, type HeaderRule } from '../build/headers.ts';
import { CSP_PAGES, STRICT_CSP } from './csp.ts';

/** Content types by file extension, as a CDN sends them (also used by the benchmarks' server). */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface Preview {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startPreview(options: { root?: string; port?: number; host?: string } = {}): Promise<Preview> {
  const root = resolve(options.root ?? 'dist');
  const host = options.host ?? '127.0.0.1';
  let rules: { text: string; parsed: HeaderRule[] } = { text: '', parsed: [] };
  const cdnRules = async () => {
    const text = await readFile(join(root, 'cdn/_headers'), 'utf8').catch(() => '');
    if (text !== rules.text) rules = { text, parsed: parseHeaders(text) };
    return rules.parsed;
  };

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://preview');
      const path = decodeURIComponent(url.pathname);
      if (path === '/') {
        response.writeHead(302, { location: '/demo/' }).end();
        return;
      }
      let file = normalize(join(root, path));
      if (!file.startsWith(root) || path.endsWith('/_headers') || !['GET', 'HEAD'].includes(request.method ?? '')) {
        response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405).end();
        return;
      }
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}\n`);
        return;
      }
      const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': String(info.size) };
      if (path.startsWith('/cdn/')) for (const [name, value] of headersFor(await cdnRules(), path.slice(4))) headers[name] = value;
      if (path.startsWith('/demo/') && CSP_PAGES.includes(path.split('/').pop()!)) headers['content-security-policy'] = STRICT_CSP;
      response.writeHead(200, headers);
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((done, failed) => server.once('error', failed).listen(options.port ?? 4173, host, done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const root = option('root') ?? 'dist';
  if (!(await stat(join(root, 'demo')).catch(() => undefined))) {
    console.error(`${root}/demo does not exist: run "pnpm build" first.`);
    process.exit(2);
  }
  const preview = await startPreview({ root, port: Number(option('port') ?? 4173) });
  console.log(`Serving ${root}/ with the production headers:\n  demo  ${preview.url}/demo/\n  CDN   ${preview.url}/cdn/infamilie/  ${preview.url}/cdn/feed/feed.json`);
}
