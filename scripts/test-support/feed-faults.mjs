// A dev-server middleware for loader and element tests: feeds that fail in every way a real server can.
//   /__feed/hits?path=P         how many times P was requested since the last reset (JSON number)
//   /__feed/reset               forget the counts
//   /__feed/status/404          an error status
//   /__feed/slow?ms=N&to=PATH   PATH's answer after N milliseconds
//   /__feed/trickle?ms=N        a body that arrives over N milliseconds and never completes as JSON in time
//   /__feed/text?body=...       a 200 with the given body (invalid JSON, truncated JSON)
//   PUT /__feed/doc/NAME        stores the request body; GET /__feed/doc/NAME serves it as JSON
//     ?status=N                 ... with this status instead of 200
//     &type=T                   ... with this content type instead of application/json
//     &delay=MS                 ... after MS milliseconds (headers included)
//     &trickle=MS               ... the headers at once, the body in small pieces spread over MS milliseconds
//     &cors=ORIGIN              ... with Access-Control-Allow-Origin: ORIGIN (otherwise no CORS header, so
//                                   a page on another origin, http://127.0.0.1:<port> for a page on
//                                   localhost:<port>, may not read it)
//     &cache=VALUE              ... with Cache-Control: VALUE instead of no-store (the test runner's server
//                                   overrides it with a year for NAMEs with an extension: use none)
//                               A PUT without options resets them.
// Every other request is counted by path, then passed on.
import { PassThrough } from 'node:stream';

export function feedFaultsMiddleware() {
  const hits = new Map();
  const docs = new Map();
  return async function feedFaults(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (url.pathname === '/__feed/hits') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(hits.get(url.searchParams.get('path')) ?? 0);
      return;
    }
    if (url.pathname === '/__feed/reset') {
      hits.clear();
      ctx.body = 'ok';
      return;
    }
    const count = (key) => hits.set(key, (hits.get(key) ?? 0) + 1);
    count(url.pathname);
    if (url.search) count(url.pathname + url.search);
    const status = url.pathname.match(/^\/__feed\/status\/(\d{3})$/);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.body = 'failed on purpose';
      return;
    }
    if (url.pathname === '/__feed/slow') {
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 1000)));
      ctx.redirect(url.searchParams.get('to') ?? '/');
      return;
    }
    if (url.pathname === '/__feed/trickle') {
      const { PassThrough } = await import('node:stream');
      const stream = new PassThrough();
      const ms = Number(url.searchParams.get('ms') ?? 10_000);
      let sent = 0;
      stream.write('{"version":1,');
      const timer = setInterval(() => {
        sent += 200;
        if (sent >= ms) {
          clearInterval(timer);
          stream.end('"network":{"id":"x","name":"X"}}');
        } else stream.write(' ');
      }, 200);
      ctx.req.on('close', () => clearInterval(timer));
      ctx.type = 'application/json';
      ctx.body = stream;
      return;
    }
    const doc = url.pathname.match(/^\/__feed\/doc\/(.+)$/);
    if (doc && ctx.method === 'PUT') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const option = (name) => url.searchParams.get(name) ?? undefined;
      docs.set(doc[1], {
        body: Buffer.concat(chunks).toString('utf8'),
        status: Number(option('status') ?? 200),
        type: option('type') ?? 'application/json',
        delay: Number(option('delay') ?? 0),
        trickle: Number(option('trickle') ?? 0),
        cors: option('cors'),
        cache: option('cache') ?? 'no-store',
      });
      ctx.body = 'stored';
      return;
    }
    if (doc) {
      const stored = docs.get(doc[1]);
      if (!stored) {
        ctx.status = 404;
        return;
      }
      let closed = false;
      ctx.req.on('close', () => (closed = true));
      if (stored.delay > 0) await new Promise((resolve) => {
        const timer = setTimeout(resolve, stored.delay);
        ctx.req.on('close', () => (clearTimeout(timer), resolve()));
      });
      if (closed) return;
      ctx.status = stored.status;
      ctx.type = stored.type;
      ctx.set('cache-control', stored.cache);
      if (stored.cors) ctx.set('access-control-allow-origin', stored.cors);
      if (stored.trickle > 0) ctx.body = trickled(ctx, stored.body, stored.trickle);
      else ctx.body = stored.body;
      return;
    }
    if (url.pathname === '/__feed/text') {
      ctx.type = url.searchParams.get('type') ?? 'application/json';
      ctx.body = url.searchParams.get('body') ?? '';
      return;
    }
    return next();
  };
}

/** A body sent in about 50 pieces over `ms` milliseconds; stops when the client goes away. */
function trickled(ctx, body, ms) {
  const stream = new PassThrough();
  const pieces = 50;
  const size = Math.ceil(body.length / pieces);
  let sent = 0;
  stream.write(body.slice(0, size));
  sent += size;
  const timer = setInterval(() => {
    if (sent >= body.length) {
      clearInterval(timer);
      stream.end();
      return;
    }
    stream.write(body.slice(sent, sent + size));
    sent += size;
  }, ms / pieces);
  ctx.req.on('close', () => {
    clearInterval(timer);
    stream.destroy();
  });
  return stream;
}
