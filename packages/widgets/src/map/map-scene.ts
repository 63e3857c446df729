/**
 * What the map draws at a scale, and how it follows the view between renders.
 *
 * `render` builds the SVG layers for the current scale: outlines (path data for a power-of-two step of
 * the scale, memoised), labels that fit, markers grouped where they would overlap, tiles when asked for.
 * `apply` then places everything for the current view without a render: the layers' transforms for a
 * pan, and each marker's and label's position while a zoom is under way. Layer coordinates are relative
 * to the network's extent (`origin`), which keeps every number small and exact at street level.
 */
import type { Geometry } from '@infamilie/feed';
import { svg, type SVGTemplateResult } from 'lit';
import { clusterPoints, CLUSTER_RADIUS } from './clusters.ts';
import { basemapLayer, labelLayer, markerLayer, quarterLayer, tileLayer, type MarkerShape, type QuarterLabel, type QuarterShape } from './map-layers.ts';
import type { Layers, Selection } from './map-list.ts';
import type { MapModel, MapPartner, MapQuarter } from './model.ts';
import type { Point, ViewLimits, Viewport } from './projection.ts';
import { labelPoint, pathData, type PathFrame } from './shapes.ts';
import { tileTemplate, visibleTiles } from './tiles.ts';

/** How the element names things (in the reader's language). */
export interface SceneNames {
  quarter(entry: MapQuarter): string;
  partner(entry: MapPartner): string;
  cluster(members: MapPartner[]): string;
  /** A quarter's name for its label, and its language when it differs from the interface's. */
  quarterName(entry: MapQuarter): { text: string; lang?: string };
}

export interface SceneInput {
  model: MapModel;
  layers: Layers;
  view: Viewport;
  limits?: ViewLimits;
  /** World position of the layers' origin (the extent's north-west corner). */
  origin: Point;
  /** The scale that fits the whole network: paths are built for this times a power of two. */
  baseScale: number;
  selection?: Selection;
  /** Quarters to emphasise; the others are dimmed. */
  focus: ReadonlySet<string>;
  tiles?: string;
  basemap?: Geometry[];
  names: SceneNames;
  /** Changes when the names change (language, layers, feed): the name cache starts afresh. */
  namesKey: string;
}

const PATH_UNITS_PER_PIXEL = 10;
/** Quarters narrower than this (pixels) are not labelled. */
const MIN_LABELLED_WIDTH = 40;

export class MapScene {
  frame: PathFrame = { originX: 0, originY: 0, scale: 1 };
  /** The scale of the last render (markers grouped, labels chosen). */
  renderedScale = 0;
  /** Partner id -> key of the marker that shows it (itself or its group). */
  readonly markerOf = new Map<string, string>();
  /** Marker key -> world position. */
  readonly featureAt = new Map<string, Point>();
  private model?: MapModel;
  private readonly labelAt = new Map<string, { at: Point; dy: number }>();
  private positionedScale = 0;
  private tileKey = '';
  private names = new Map<string, string>();
  private namesKey = '';

  render(input: SceneInput): SVGTemplateResult {
    const { model, layers, view } = input;
    const scale = view.scale;
    this.renderedScale = scale;
    this.positionedScale = 0;
    this.model = model;
    if (input.namesKey !== this.namesKey) {
      this.names.clear();
      this.namesKey = input.namesKey;
    }
    // Paths for the power-of-two step at or below this scale (a finer path only after zooming in twofold),
    // in tenths of a pixel.
    const step = input.baseScale * 2 ** Math.max(0, Math.floor(Math.log2(scale / input.baseScale) + 1e-9));
    this.frame = { originX: input.origin[0], originY: input.origin[1], scale: step * PATH_UNITS_PER_PIXEL };
    const [originX, originY] = input.origin;
    const local = (world: Point): [number, number] => [(world[0] - originX) * scale, (world[1] - originY) * scale];
    this.featureAt.clear();
    this.labelAt.clear();
    this.markerOf.clear();

    const markers: MarkerShape[] = [];
    /** Room already used on screen (markers, then names), so that names go where they can be read. */
    const taken = new BoxIndex();
    if (layers.partners) {
      const points = model.placed.map((p) => {
        const [x, y] = local(p.world!);
        return { id: p.id, x, y };
      });
      const atMax = !!input.limits && scale >= input.limits.maxScale * 0.999;
      for (const cluster of clusterPoints(points, atMax ? 12 : CLUSTER_RADIUS)) {
        const single = cluster.members.length === 1;
        const first = model.partnerById.get(cluster.key)!;
        const key = single ? `p:${first.id}` : `c:${first.id}`;
        for (const id of cluster.members) this.markerOf.set(id, key);
        this.featureAt.set(key, [cluster.x / scale + originX, cluster.y / scale + originY]);
        taken.add([cluster.x - 16, cluster.y - 20, cluster.x + 20, cluster.y + 16]);
        markers.push({
          key,
          kind: single ? 'partner' : 'cluster',
          id: first.id,
          anchor: single && !!first.partner.anchor,
          count: single ? (layers.offers ? first.offers : undefined) : cluster.members.length,
          label: single
            ? this.cached(key, () => input.names.partner(first))
            : input.names.cluster(cluster.members.map((id) => model.partnerById.get(id)!)),
          selected: single && input.selection?.kind === 'partner' && input.selection.id === first.id,
        });
      }
    }

    const quarters: QuarterShape[] = [];
    const labels: QuarterLabel[] = [];
    if (layers.quarters) {
      for (const entry of model.quarters) {
        if (!entry.geometry) continue;
        const selected = input.selection?.kind === 'quarter' && input.selection.id === entry.id;
        const label = this.cached(`q:${entry.id}`, () => input.names.quarter(entry));
        quarters.push({ id: entry.id, path: pathData(entry.geometry, this.frame), label, dimmed: input.focus.size > 0 && !input.focus.has(entry.id), selected });
      }
      // Names go where no marker and no other name is (moved up or down a line if need be):
      // focused quarters first, then the larger ones.
      const size = (q: MapQuarter) => (q.bounds!.maxX - q.bounds!.minX) * (q.bounds!.maxY - q.bounds!.minY);
      const candidates = model.quarters
        .filter((q) => q.geometry)
        .sort((a, b) => Number(input.focus.has(b.id)) - Number(input.focus.has(a.id)) || size(b) - size(a));
      for (const entry of candidates) {
        // A quarter narrower than a few letters gets no name at this scale (its outline still has one).
        if ((entry.bounds!.maxX - entry.bounds!.minX) * scale < MIN_LABELLED_WIDTH && !input.focus.has(entry.id)) continue;
        const name = input.names.quarterName(entry);
        const half = Math.min(name.text.length * 3.7, 120);
        const at = labelPoint(entry.geometry!);
        const [x, y] = local(at);
        const box = (dy: number): Box => [x - half, y + dy - 9, x + half, y + dy + 9];
        const dy = [0, 24, -24, 44, -44].find((offset) => !taken.overlaps(box(offset)));
        if (dy === undefined) continue;
        taken.add(box(dy));
        this.labelAt.set(entry.id, { at, dy });
        labels.push({ id: entry.id, text: name.text, lang: name.lang });
      }
    }

    const template = tileTemplate(input.tiles);
    const tiles = template ? visibleTiles(view, template) : [];
    this.tileKey = tiles.map((t) => t.key).join();
    const basemap = input.basemap ? pathData(input.basemap, this.frame, input.basemap) : undefined;
    return svg`<g class="layer-tiles" aria-hidden="true">${tileLayer(tiles.map((t) => ({ ...t, x: t.x - originX * scale, y: t.y - originY * scale })))}</g>
      <g class="layer-world ${template ? 'over-tiles' : ''}">${basemapLayer(basemap)}${quarterLayer(quarters)}</g>
      <g class="layer-overlay">${labelLayer(labels)}${markerLayer(markers)}</g>`;
  }

  /**
   * Places the layers for `view`; markers and labels move too when the scale differs from the last
   * time they were placed. Returns true when other tiles are needed (the caller renders again).
   */
  apply(root: ParentNode, view: Viewport, tiles?: string): boolean {
    const { originX, originY } = this.frame;
    const ox = view.x + originX * view.scale;
    const oy = view.y + originY * view.scale;
    const translate = `translate(${ox} ${oy})`;
    const world = root.querySelector<SVGGElement>('.layer-world');
    if (world) {
      world.setAttribute('transform', `${translate} scale(${view.scale / this.frame.scale})`);
      // Through the CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
      const unit = String(this.frame.scale / view.scale);
      if (world.style.getPropertyValue('--_unit') !== unit) world.style.setProperty('--_unit', unit);
    }
    const overlay = root.querySelector<SVGGElement>('.layer-overlay');
    overlay?.setAttribute('transform', translate);
    root.querySelector('.layer-tiles')?.setAttribute('transform', translate);
    if (overlay && view.scale !== this.positionedScale) {
      this.positionedScale = view.scale;
      const place = (world: Point) => `translate(${round((world[0] - originX) * view.scale)} ${round((world[1] - originY) * view.scale)})`;
      for (const marker of overlay.querySelectorAll<SVGGElement>('.marker')) {
        const at = this.featureAt.get(marker.dataset.key!);
        if (at) marker.setAttribute('transform', place(at));
      }
      for (const label of overlay.querySelectorAll<SVGTextElement>('.quarter-label')) {
        const placed = this.labelAt.get(label.dataset.id!);
        if (placed) label.setAttribute('transform', `${place(placed.at)} translate(0 ${placed.dy})`);
      }
    }
    const template = tileTemplate(tiles);
    return !!template && visibleTiles(view, template).map((t) => t.key).join() !== this.tileKey;
  }

  /** Where a marker (`p:`/`c:` key) or a quarter (`q:` key, its label point) is, in world units. */
  pointOf(key: string): Point | undefined {
    if (!key.startsWith('q:')) return this.featureAt.get(key);
    const geometry = this.model?.quarterById.get(key.slice(2))?.geometry;
    return geometry ? labelPoint(geometry) : undefined;
  }

  private cached(key: string, make: () => string): string {
    let value = this.names.get(key);
    if (value === undefined) this.names.set(key, (value = make()));
    return value;
  }
}

type Box = [number, number, number, number];

/** Boxes on screen in cells of 64 pixels: a name looks only at the markers and names near it. */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();

  add(box: Box): void {
    this.each(box, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    });
  }

  overlaps(box: Box): boolean {
    let hit = false;
    this.each(box, (key) => {
      hit ||= !!this.cells.get(key)?.some((o) => box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1]);
    });
    return hit;
  }

  private each([x1, y1, x2, y2]: Box, visit: (key: number) => void): void {
    for (let cx = Math.floor(x1 / 64); cx <= Math.floor(x2 / 64); cx++) {
      for (let cy = Math.floor(y1 / 64); cy <= Math.floor(y2 / 64); cy++) visit(cx * 1_048_576 + cy);
    }
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
