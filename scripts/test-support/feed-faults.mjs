// A dev-server middleware for loader and element tests: feeds that fail in every way a real server can.
//   /__feed/hits?path=P         how many times P was requested since the last reset (JSON number)
//   /__feed/reset               forget the counts
//   /__feed/status/404          an error status
//   /__feed/slow?ms=N&to=PATH   PATH's answer after N milliseconds
//   /__feed/trickle?ms=N        a body that arrives over N milliseconds and never completes as JSON in time
//   /__feed/text?body=...       a 200 with the given body (invalid JSON, truncated JSON)
//   PUT /__feed/doc/NAME        stores the request body; GET /__feed/doc/NAME serves it as JSON
// Every other request is counted by path, then passed on.
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
      docs.set(doc[1], Buffer.concat(chunks).toString('utf8'));
      ctx.body = 'stored';
      return;
    }
    if (doc) {
      if (!docs.has(doc[1])) {
        ctx.status = 404;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = docs.get(doc[1]);
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
