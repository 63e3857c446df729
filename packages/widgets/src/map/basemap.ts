/**
 * The city's context layer: a GeoJSON FeatureCollection named by the feed (`network.basemap.url`),
 * resolved against the feed's URL and fetched only from the feed's own host. One request per URL per
 * page; a failure leaves the map without the layer and says why in the console.
 */
import { geometryProblem, MERCATOR_MAX_LATITUDE, geometryBBox, type Geometry } from '@infamilie/feed';
import { inTurn } from '../core/turns.ts';

const requests = new Map<string, Promise<Geometry[]>>();
const warned = new Set<string>();

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`INFamilie map: ${message}`);
}

/**
 * The basemap's absolute URL, when it is on the feed's host (same origin as the feed); otherwise
 * undefined, with a warning: the map sends requests to no other host.
 */
export function basemapUrl(reference: string, feedUrl: string, base: string = document.baseURI): string | undefined {
  try {
    const feed = new URL(feedUrl, base);
    const url = new URL(reference, feed);
    if (url.origin !== feed.origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      warnOnce(`the base map ${url.href} is not on the feed's host (${feed.origin}); it is not loaded.`);
      return undefined;
    }
    return url.href;
  } catch {
    warnOnce(`the base map address "${reference}" cannot be read; it is not loaded.`);
    return undefined;
  }
}

/** The outlines of a basemap document (shared by every map on the page). */
export function loadBasemap(url: string): Promise<Geometry[]> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url, { credentials: 'omit', headers: { accept: 'application/geo+json, application/json' } })
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json();
      })
      .then((doc: unknown) => basemapGeometries(doc, url));
    request.catch((error: Error) => {
      requests.delete(url);
      warnOnce(`the base map ${url} could not be loaded (${error.message}); the map is shown without it.`);
    });
    requests.set(url, request);
  }
  return request;
}

/** The drawable outlines in a FeatureCollection, a Feature or a bare geometry; the rest is skipped with one warning. */
export function basemapGeometries(doc: unknown, source = 'the base map'): Geometry[] {
  const record = (value: unknown) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined);
  const root = record(doc);
  const candidates: unknown[] =
    root?.type === 'FeatureCollection' && Array.isArray(root.features)
      ? root.features.map((feature) => record(feature)?.geometry)
      : root?.type === 'Feature'
        ? [root.geometry]
        : [doc];
  const geometries: Geometry[] = [];
  let skipped = 0;
  let reason = '';
  for (const candidate of candidates) {
    const problem = geometryProblem(candidate);
    if (problem) {
      skipped++;
      reason ||= problem;
      continue;
    }
    const [, south, , north] = geometryBBox(candidate as Geometry);
    if (south < -MERCATOR_MAX_LATITUDE || north > MERCATOR_MAX_LATITUDE) {
      skipped++;
      continue;
    }
    geometries.push(candidate as Geometry);
  }
  if (skipped) warnOnce(`${skipped} of ${candidates.length} outlines in ${source} are not drawn (for example: it ${reason || 'reaches too close to a pole'}).`);
  return geometries;
}

/** The base map an element shows: loads what the feed names, forgets it when the feed or `base` changes. */
export class BasemapSource {
  geometries?: Geometry[];
  private requested?: string;

  constructor(private readonly changed: () => void) {}

  sync(reference: string | undefined, feedUrl: string): void {
    const url = reference ? basemapUrl(reference, feedUrl) : undefined;
    if (url === this.requested) return;
    this.requested = url;
    this.geometries = undefined;
    if (!url) return;
    loadBasemap(url).then(
      // Drawn in a turn of its own: not in the task that checked the outlines.
      (geometries) =>
        inTurn(() => {
          if (this.requested !== url) return;
          this.geometries = geometries;
          this.changed();
        }),
      () => undefined,
    );
  }
}
