/**
 * In the page: <infamilie-map> against Leaflet with its SVG renderer and no tiles, the same 170
 * sub-districts and 2,000 partners, fresh instance each run (see ../compare.ts).
 */
import '../../../packages/widgets/src/map/define.ts';
import { parseFeed } from '@infamilie/feed';
import L from 'leaflet';
import { compare, microtasks, yieldTask, type Contender } from './shared.ts';

type OurMap = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

export interface MapData {
  feedText: string;
  /** The sub-districts as GeoJSON features and the partners' positions, [lon, lat]. */
  quarters: GeoJSON.FeatureCollection;
  markers: [number, number][];
  width: number;
  height: number;
}

const maps = new WeakMap<HTMLElement, L.Map>();

function contenders(input: MapData): Contender<unknown>[] {
  return [
    {
      name: 'ours',
      async render(box, feed) {
        box.style.setProperty('--infamilie-map-height', `${input.height}px`);
        const el = document.createElement('infamilie-map') as OurMap;
        el.data = feed;
        box.append(el);
        while (!(await el.updateComplete));
        // The map draws once it knows its size (measured in a microtask after the first render); should
        // that take a task or a frame, the timing includes it.
        const start = performance.now();
        while (!el.shadowRoot!.querySelector('svg.map .marker')) {
          if (performance.now() - start > 10_000) throw new Error('the map drew no markers within 10 s');
          await microtasks();
          if (!el.shadowRoot!.querySelector('svg.map .marker')) await yieldTask();
          while (!(await el.updateComplete));
        }
      },
      destroy(box) {
        box.replaceChildren();
      },
      count(box) {
        const root = box.querySelector('infamilie-map')!.shadowRoot!;
        return { outlines: root.querySelectorAll('path.quarter').length, markers: root.querySelectorAll('svg.map .marker').length, names: root.querySelectorAll('.quarter-label').length, nodes: root.querySelectorAll('*').length };
      },
    },
    {
      name: 'Leaflet',
      render(box, data) {
        const { quarters, markers } = data as Pick<MapData, 'quarters' | 'markers'>;
        box.style.blockSize = `${input.height}px`;
        const map = L.map(box, { renderer: L.svg(), preferCanvas: false, zoomSnap: 0 });
        maps.set(box, map);
        const outlines = L.geoJSON(quarters, { style: { color: '#00577d', weight: 1, fillOpacity: 0.08 } });
        map.fitBounds(outlines.getBounds(), { padding: [12, 12] });
        outlines.addTo(map);
        const style = { radius: 6, color: '#ffffff', weight: 1.5, fillColor: '#00577d', fillOpacity: 1 };
        for (const [lon, lat] of markers) L.circleMarker([lat, lon], style).addTo(map);
      },
      destroy(box) {
        maps.get(box)?.remove();
        box.replaceChildren();
      },
      count(box) {
        return { paths: box.querySelectorAll('svg path').length, nodes: box.querySelectorAll('*').length };
      },
    },
  ];
}

(globalThis as unknown as { mapVs: unknown }).mapVs = {
  run(input: MapData, options: { runs: number; warmup: number; seed: number; width: number; height: number; only?: string; profile?: boolean }) {
    // Our feed freshly parsed for each run (nothing memoised); Leaflet's GeoJSON freshly copied.
    const prepare = (name: string) => (name === 'ours' ? parseFeed(input.feedText).feed : { quarters: structuredClone(input.quarters), markers: input.markers });
    return compare(contenders(input).filter((c) => !options.only || c.name === options.only), prepare, { ...options, height: undefined });
  },
};
