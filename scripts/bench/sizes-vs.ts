/**
 * Gzip sizes, ours and the peers', measured the same way: gzip (zlib's default level, as
 * scripts/build/sizes.ts) of minified production code
 * (1 KB = 1000 bytes). Ours: the built CDN files (dist/), counted as `pageCosts` counts them: a file
 * with the chunks it imports at once. Peers: their typical usage bundled with esbuild (minified,
 * production, ES2022, tree-shaken), and for comparison their published browser file gzipped as it is.
 */
import { readFile } from 'node:fs/promises';
import type { Metafile } from 'esbuild';
import { dynamicImports, fileSizes, moduleBreakdown, pageCosts, staticClosure, type FileSize } from '../build/sizes.ts';
import { BENCH, bundle, gzipBytes } from './harness.ts';

export interface SizeRow {
  what: string;
  gzip: number;
  how: string;
}

export interface OurSizes {
  version: string;
  /** infamilie.js with its static imports (what a page fetches before the first element shows). */
  entry: number;
  /** A page with offers, badge and the calendar (the feed reader and the calendar chunk added). */
  calendarPage: number;
  /** A page with offers, badge and the map. */
  mapPage: number;
  /** A page with every element (`pageCosts`). */
  everything: number;
  /** A page with only the calendar through loader.js (loads just the elements on the page). */
  calendarLoader: number;
  /** What the calendar page's bytes are, by package and folder (gzip estimated from each file's minified share). */
  calendarBreakdown: { group: string; gzip: number }[];
  rows: SizeRow[];
}

const isLanguage = (name: string) => /^[a-z]{2}(-[a-z]+)?-[0-9a-f]{8}\.js$/.test(name);

export async function ourSizes(dist: string): Promise<OurSizes> {
  const info = JSON.parse(await readFile(`${dist}/build/info.json`, 'utf8')) as { version: string };
  const rows: FileSize[] = await fileSizes(`${dist}/cdn/infamilie/${info.version}`);
  const metafile = JSON.parse(await readFile(`${dist}/build/metafile-infamilie.json`, 'utf8')) as Metafile;
  const loader = JSON.parse(await readFile(`${dist}/build/metafile-loader.json`, 'utf8')) as Metafile;
  const costs = pageCosts(rows, { 'infamilie.js': metafile, 'loader.js': loader });
  const entryFiles = staticClosure(metafile, 'infamilie.js');
  const chunks = dynamicImports(metafile, 'infamilie.js').filter((name) => !isLanguage(name));
  const chunkOf = (pattern: RegExp) => chunks.filter((chunk) => Object.keys(metafile.outputs[Object.keys(metafile.outputs).find((path) => path.endsWith(`/${chunk}`))!].inputs).some((input) => pattern.test(input)));
  const union = (...lists: string[][]) => [...new Set(lists.flat())];
  const gzipOf = (files: string[]) => files.reduce((sum, file) => sum + (rows.find((row) => row.file === file)?.gzip ?? 0), 0);
  const closureOf = (pattern: RegExp) => union(...chunkOf(pattern).map((chunk) => staticClosure(metafile, chunk)));
  const reader = closureOf(/feed\/src\/parse\.ts$/);
  const calendar = closureOf(/widgets\/src\/calendar\/calendar\.ts$/);
  const map = closureOf(/widgets\/src\/map\/map\.ts$/);
  const entry = gzipOf(entryFiles);
  const calendarPage = gzipOf(union(entryFiles, reader, calendar));
  const mapPage = gzipOf(union(entryFiles, reader, map));
  const everything = costs.find((cost) => cost.what === 'a page with every element')?.gzip ?? NaN;
  // The same page through loader.js, which fetches only the elements on the page (and their reader).
  const loaderFiles = union(staticClosure(loader, 'loader.js'), staticClosure(loader, 'calendar.js'), ...dynamicImports(loader, 'calendar.js').filter((name) => !isLanguage(name)).map((chunk) => staticClosure(loader, chunk)));
  const calendarLoader = gzipOf(loaderFiles);
  const groups = new Map<string, number>();
  for (const file of union(entryFiles, reader, calendar)) {
    const gzip = rows.find((row) => row.file === file)?.gzip ?? 0;
    for (const share of moduleBreakdown(metafile, file, gzip, true)) groups.set(share.module, (groups.get(share.module) ?? 0) + share.gzipEstimate);
  }
  const calendarBreakdown = [...groups].map(([group, gzip]) => ({ group, gzip })).sort((a, b) => b.gzip - a.gzip);
  const how = `built CDN files (dist/cdn/infamilie/${info.version}/), each with its static imports, German`;
  return {
    version: info.version,
    entry,
    calendarPage,
    mapPage,
    everything,
    calendarLoader,
    calendarBreakdown,
    rows: [
      { what: 'ours: infamilie.js with its static imports (offers, cards, badge)', gzip: entry, how },
      { what: 'ours: a calendar page (+ feed reader + calendar)', gzip: calendarPage, how },
      { what: 'ours: a map page (+ feed reader + map)', gzip: mapPage, how },
      { what: 'ours: a calendar page through loader.js (only the calendar and the reader)', gzip: calendarLoader, how: `${how}, loader.js's build` },
      { what: 'ours: a page with every element', gzip: everything, how: `${how} (pageCosts)` },
    ],
  };
}

const nm = `${BENCH}/node_modules`;

/** Typical usage of each peer, bundled as a partner's build would: what the page needs to show it. */
const PEER_ENTRIES: Record<string, string> = {
  fullcalendar: `
    import { Calendar } from '@fullcalendar/core';
    import deLocale from '@fullcalendar/core/locales/de';
    import dayGridPlugin from '@fullcalendar/daygrid';
    import listPlugin from '@fullcalendar/list';
    const calendar = new Calendar(document.getElementById('calendar'), {
      plugins: [dayGridPlugin, listPlugin], locale: deLocale, initialView: 'dayGridMonth',
      headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,listMonth' },
      events: '/events.json',
    });
    calendar.render();`,
  leaflet: `
    import L from 'leaflet';
    const map = L.map('map', { renderer: L.svg() }).setView([51.51, 7.47], 11);
    L.geoJSON(window.quarters).addTo(map);
    for (const [lat, lon] of window.partners) L.circleMarker([lat, lon]).addTo(map);`,
  atcb: `import 'add-to-calendar-button';`,
};

export interface PeerSizes {
  fullcalendar: number;
  leafletJs: number;
  leafletCss: number;
  atcb: number;
  published: { leafletJs: number; atcb: number; fullcalendarCdn?: number };
  versions: Record<string, string>;
  rows: SizeRow[];
}

const versionOf = async (name: string) => (JSON.parse(await readFile(`${nm}/${name}/package.json`, 'utf8')) as { version: string }).version;

export async function peerSizes(): Promise<PeerSizes> {
  const sized = async (contents: string) => {
    const out = await bundle({ contents, resolveDir: BENCH });
    return { js: gzipBytes(out.js), css: out.css ? gzipBytes(out.css) : 0 };
  };
  const fullcalendar = await sized(PEER_ENTRIES.fullcalendar);
  const leaflet = await sized(PEER_ENTRIES.leaflet);
  const atcb = await sized(PEER_ENTRIES.atcb);
  const leafletCss = gzipBytes(await readFile(`${nm}/leaflet/dist/leaflet.css`));
  const published = {
    leafletJs: gzipBytes(await readFile(`${nm}/leaflet/dist/leaflet.js`)),
    atcb: gzipBytes(await readFile(`${nm}/add-to-calendar-button/dist/atcb.js`)),
  };
  const versions = {
    '@fullcalendar/core': await versionOf('@fullcalendar/core'),
    '@fullcalendar/daygrid': await versionOf('@fullcalendar/daygrid'),
    '@fullcalendar/list': await versionOf('@fullcalendar/list'),
    leaflet: await versionOf('leaflet'),
    'add-to-calendar-button': await versionOf('add-to-calendar-button'),
  };
  const esb = 'esbuild bundle of typical usage (minified, production), gzip';
  return {
    fullcalendar: fullcalendar.js + fullcalendar.css,
    leafletJs: leaflet.js,
    leafletCss,
    atcb: atcb.js + atcb.css,
    published,
    versions,
    rows: [
      { what: `FullCalendar ${versions['@fullcalendar/core']} (core, daygrid, list, German locale)`, gzip: fullcalendar.js + fullcalendar.css, how: `${esb}; its CSS is injected by its JS` },
      { what: `Leaflet ${versions.leaflet} JS + CSS`, gzip: leaflet.js + leafletCss, how: `${esb} (JS ${(leaflet.js / 1000).toFixed(1)} KB) + dist/leaflet.css gzip (${(leafletCss / 1000).toFixed(1)} KB); published dist/leaflet.js alone: ${(published.leafletJs / 1000).toFixed(1)} KB` },
      { what: `add-to-calendar-button ${versions['add-to-calendar-button']}`, gzip: atcb.js + atcb.css, how: `${esb}; published dist/atcb.js: ${(published.atcb / 1000).toFixed(1)} KB` },
      { what: 'FullCalendar + add-to-calendar-button (what our calendar does)', gzip: fullcalendar.js + fullcalendar.css + atcb.js + atcb.css, how: 'sum of the two rows above' },
    ],
  };
}
