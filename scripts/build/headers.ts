/**
 * HTTP headers of the CDN, written as `_headers` (the format of Netlify and Cloudflare Pages) and read
 * back by the preview server, so that what is tested locally is what the host will send.
 *
 * Each header is set by exactly one rule for any path: both hosts join the values when several
 * matching rules set the same header, which would turn `max-age=300` into `max-age=31536000, max-age=300`.
 * CORS is on every file, not just the feed: module scripts and SRI-checked scripts are fetched in CORS
 * mode, so a partner page on another origin could not run them without `Access-Control-Allow-Origin`.
 */
export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The alias and the feed change without changing their URL: caches ask again after five minutes. */
export const SHORT = 'public, max-age=300';

export function cdnHeaderRules(options: { versions: string[]; aliases: string[] }): HeaderRule[] {
  return [
    {
      pattern: '/*',
      headers: [
        ['Access-Control-Allow-Origin', '*'],
        ['Cross-Origin-Resource-Policy', 'cross-origin'],
        ['X-Content-Type-Options', 'nosniff'],
      ],
    },
    ...options.versions.map((version) => ({ pattern: `/infamilie/${version}/*`, headers: [['Cache-Control', IMMUTABLE]] as Array<[string, string]> })),
    ...options.aliases.map((alias) => ({ pattern: `/infamilie/${alias}/*`, headers: [['Cache-Control', SHORT]] as Array<[string, string]> })),
    { pattern: '/feed/*', headers: [['Cache-Control', SHORT]] },
    { pattern: '/feed/feed.json', headers: [['Content-Type', 'application/json; charset=utf-8']] },
    { pattern: '/feed/feed.schema.json', headers: [['Content-Type', 'application/json; charset=utf-8']] },
    { pattern: '/feed/quarters/*', headers: [['Content-Type', 'application/json; charset=utf-8']] },
    { pattern: '/feed/basemap.geojson', headers: [['Content-Type', 'application/geo+json; charset=utf-8']] },
    { pattern: '/feed/ics/*', headers: [['Content-Type', 'text/calendar; charset=utf-8']] },
  ];
}

export function formatHeaders(rules: HeaderRule[]): string {
  const head = [
    '# Headers of the INFamilie CDN (Netlify / Cloudflare Pages `_headers`), written by `pnpm build`.',
    '# Pinned versions never change; the major alias and the feed do, so caches keep them for minutes.',
    '# Deploying another version later? Keep the rules of the versions already published.',
  ];
  return [...head, ...rules.flatMap((rule) => [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)]), ''].join('\n');
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (!match || !rules.length) throw new Error(`_headers: cannot read "${line}"`);
    rules.at(-1)!.headers.push([match[1].trim(), match[2].trim()]);
  }
  return rules;
}

/** `*` matches anything (also `/`), `:name` one path segment, as both hosts do. */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a host sends for `path`; values of a header set by several rules are joined, as hosts do. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result.set(key, result.has(key) ? `${result.get(key)}, ${value}` : value);
    }
  }
  return result;
}
