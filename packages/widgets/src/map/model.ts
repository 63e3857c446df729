/**
 * What the map shows, derived once per feed: quarters with their outlines and counts, partners with
 * their positions and counts, the network's extent. Outlines and positions that cannot be drawn (data
 * given to the element directly is not checked by the reader) are left off the map with a warning;
 * partners without a position still appear in the list.
 */
import { berlinDayNumber, civilFromDays, filterOffers, formatCivilDate, geometryBBox, geometryProblem, implausiblePosition, MERCATOR_MAX_LATITUDE, quartersOf, type Feed, type Geometry, type Partner, type Quarter } from '@infamilie/feed';
import { emptyBounds, extendBounds, mercator, unionBounds, type Bounds } from './projection.ts';
import { geometryBounds } from './shapes.ts';

export interface MapPartner {
  id: string;
  partner: Partner;
  /** Position in world units; absent when the partner cannot be placed on the map. */
  world?: [number, number];
  /** Offers of this partner valid today. */
  offers: number;
}

export interface MapQuarter {
  id: string;
  quarter: Quarter;
  /** The outline, when it can be drawn. */
  geometry?: Geometry;
  bounds?: Bounds;
  /** Offers in this quarter valid today. */
  offers: number;
  partners: MapPartner[];
}

export interface MapModel {
  quarters: MapQuarter[];
  partners: MapPartner[];
  /** Partners on the map, in feed order. */
  placed: MapPartner[];
  /** Partners that belong to no quarter of the feed. */
  withoutQuarter: MapPartner[];
  quarterById: Map<string, MapQuarter>;
  partnerById: Map<string, MapPartner>;
  /** Offers valid today. */
  offers: number;
  /** Everything drawn: outlines and placed partners, in world units (empty when nothing can be drawn). */
  extent: Bounds;
}

const models = new WeakMap<Feed, { day: string; model: MapModel }>();
const warned = new Set<string>();

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`INFamilie map: ${message}`);
}

/** The model of a feed on a day (`YYYY-MM-DD`, for which offers count); built once per feed and day. */
export function mapModel(feed: Feed, day: string): MapModel {
  const cached = models.get(feed);
  if (cached?.day === day) return cached.model;
  const model = buildModel(feed, day);
  models.set(feed, { day, model });
  return model;
}

function buildModel(feed: Feed, day: string): MapModel {
  const quarters: MapQuarter[] = feed.quarters.map((quarter) => {
    const entry: MapQuarter = { id: quarter.id, quarter, offers: 0, partners: [] };
    if (quarter.geometry) {
      const problem = geometryProblem(quarter.geometry) ?? latitudeProblem(quarter.geometry);
      if (problem) warnOnce(`the outline of quarter "${quarter.id}" is not drawn: it ${problem}.`);
      else {
        entry.geometry = quarter.geometry;
        entry.bounds = geometryBounds(quarter.geometry);
      }
    }
    return entry;
  });
  const quarterById = new Map(quarters.map((q) => [q.id, q]));
  const partners: MapPartner[] = feed.partners.map((partner) => {
    const entry: MapPartner = { id: partner.id, partner, offers: 0 };
    const geo = partner.geo;
    if (geo) {
      const boxes = (partner.quarters ?? []).flatMap((id) => {
        const geometry = quarterById.get(id)?.geometry;
        return geometry ? [geometryBBox(geometry)] : [];
      });
      const valid = Number.isFinite(geo[0]) && Number.isFinite(geo[1]) && Math.abs(geo[0]) <= 180 && Math.abs(geo[1]) <= MERCATOR_MAX_LATITUDE;
      const problem = valid ? implausiblePosition(geo, boxes) : `[${geo.join(', ')}] cannot be shown on a map`;
      if (problem) warnOnce(`partner "${partner.id}" is not placed on the map: its position ${problem}.`);
      else entry.world = mercator(geo);
    }
    return entry;
  });
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const withoutQuarter: MapPartner[] = [];
  for (const entry of partners) {
    const own = (entry.partner.quarters ?? []).filter((id) => quarterById.has(id));
    if (own.length === 0) withoutQuarter.push(entry);
    for (const id of new Set(own)) quarterById.get(id)!.partners.push(entry);
  }
  const valid = filterOffers(feed, { on: day });
  for (const offer of valid) {
    const partner = offer.partner ? partnerById.get(offer.partner) : undefined;
    if (partner) partner.offers++;
    for (const id of new Set(quartersOf(feed, offer))) {
      const quarter = quarterById.get(id);
      if (quarter) quarter.offers++;
    }
  }
  const placed = partners.filter((p) => p.world);
  const points = emptyBounds();
  for (const p of placed) extendBounds(points, p.world!);
  const extent = unionBounds(points, ...quarters.flatMap((q) => (q.bounds ? [q.bounds] : [])));
  return { quarters, partners, placed, withoutQuarter, quarterById, partnerById, offers: valid.length, extent };
}

function latitudeProblem(geometry: Geometry): string | undefined {
  const [, south, , north] = geometryBBox(geometry);
  return south < -MERCATOR_MAX_LATITUDE || north > MERCATOR_MAX_LATITUDE ? 'reaches too close to a pole for the map' : undefined;
}

/** The world bounds of a set of partners and quarters (for fitting the view to a selection). */
export function boundsOf(quarters: readonly MapQuarter[], partners: readonly MapPartner[]): Bounds {
  const points = emptyBounds();
  for (const p of partners) if (p.world) extendBounds(points, p.world);
  return unionBounds(points, ...quarters.flatMap((q) => (q.bounds ? [q.bounds] : [])));
}

/** Today in Berlin as `YYYY-MM-DD`. */
/** Today in Berlin as `YYYY-MM-DD`, by the feed's own calendar arithmetic (no time-zone data to load). */
export function berlinToday(now = Date.now()): string {
  return formatCivilDate(civilFromDays(berlinDayNumber(now)));
}
