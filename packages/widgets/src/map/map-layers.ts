/**
 * The SVG layers of the map as templates: tiles, outlines, labels, markers. The element computes what
 * to draw; these functions only say how. Every quarter and marker is a focusable button with a name
 * that says what and where.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

export interface QuarterShape {
  id: string;
  path: string;
  label: string;
  dimmed: boolean;
  selected: boolean;
}

/** A quarter's name; the scene places it (see MapScene.apply). */
export interface QuarterLabel {
  id: string;
  text: string;
  lang?: string;
}

/** A partner or a group of partners; the scene places it (see MapScene.apply). */
export interface MarkerShape {
  /** `p:<partner id>` or `c:<first member id>`. */
  key: string;
  kind: 'partner' | 'cluster';
  /** The partner's id, or the cluster's first member. */
  id: string;
  anchor: boolean;
  /** For a partner: its offers (when offers are shown); for a cluster: its partners. */
  count?: number;
  label: string;
  selected: boolean;
}

export interface TileImage {
  key: string;
  url: string;
  x: number;
  y: number;
  size: number;
}

export function tileLayer(tiles: readonly TileImage[]): SVGTemplateResult {
  return svg`${repeat(
    tiles,
    (tile) => tile.key,
    // The tiles overlap by a hair so that no seams show between them.
    (tile) => svg`<image href=${tile.url} x=${tile.x} y=${tile.y} width=${tile.size + 0.5} height=${tile.size + 0.5} preserveAspectRatio="none"></image>`,
  )}`;
}

export function basemapLayer(path: string | undefined): SVGTemplateResult | typeof nothing {
  return path ? svg`<path class="basemap" d=${path} aria-hidden="true"></path>` : nothing;
}

export function quarterLayer(quarters: readonly QuarterShape[]): SVGTemplateResult {
  return svg`${repeat(
    quarters,
    (quarter) => quarter.id,
    (quarter) => svg`<path
      class="quarter feature ${quarter.dimmed ? 'dimmed' : ''} ${quarter.selected ? 'selected' : ''}"
      d=${quarter.path}
      role="button"
      tabindex="0"
      aria-label=${quarter.label}
      aria-pressed=${quarter.selected ? 'true' : 'false'}
      data-kind="quarter"
      data-id=${quarter.id}
      data-key=${`q:${quarter.id}`}
    ></path>`,
  )}`;
}

export function labelLayer(labels: readonly QuarterLabel[]): SVGTemplateResult {
  return svg`<g class="labels" aria-hidden="true">${repeat(
    labels,
    (label) => label.id,
    (label) => svg`<text class="quarter-label" data-id=${label.id} lang=${label.lang ?? nothing}>${label.text}</text>`,
  )}</g>`;
}

const DIAMOND = 'M0 -12L12 0L0 12L-12 0Z';

export function markerLayer(markers: readonly MarkerShape[]): SVGTemplateResult {
  return svg`${repeat(
    markers,
    (marker) => marker.key,
    (marker) => svg`<g
      class="marker feature ${marker.kind} ${marker.anchor ? 'anchor' : ''} ${marker.selected ? 'selected' : ''}"
      role="button"
      tabindex="0"
      aria-label=${marker.label}
      aria-pressed=${marker.selected ? 'true' : 'false'}
      data-kind=${marker.kind}
      data-id=${marker.id}
      data-key=${marker.key}
    >
      <circle class="focus-ring" r="19"></circle>
      ${marker.kind === 'cluster'
        ? svg`<circle class="cluster-shape" r="16"></circle><text class="cluster-count" y="0.35em" aria-hidden="true">${shortCount(marker.count ?? 0)}</text>`
        : marker.anchor
          ? svg`<path class="shape" d=${DIAMOND}></path>`
          : svg`<circle class="shape" r="9"></circle>`}
      ${marker.kind === 'partner' && marker.count
        ? svg`<g class="badge" transform="translate(11 -11)" aria-hidden="true"><circle r="8.5"></circle><text y="0.35em">${shortCount(marker.count)}</text></g>`
        : nothing}
    </g>`,
  )}`;
}

/** Counts in a small circle: up to two digits, then "99+". */
function shortCount(value: number): string {
  return value > 99 ? '99+' : String(value);
}

/** The legend's symbols, drawn like the markers. */
export function legendSymbol(kind: 'partner' | 'anchor' | 'cluster' | 'count'): TemplateResult {
  const shape =
    kind === 'anchor'
      ? svg`<path class="shape" d=${DIAMOND}></path>`
      : kind === 'cluster'
        ? svg`<circle class="cluster-shape" r="14"></circle><text class="cluster-count" y="0.35em">3</text>`
        : kind === 'count'
          ? svg`<g class="badge"><circle r="10"></circle><text y="0.35em">4</text></g>`
          : svg`<circle class="shape" r="9"></circle>`;
  return html`<svg class="legend-symbol marker ${kind === 'anchor' ? 'anchor' : kind}" viewBox="-18 -18 36 36" aria-hidden="true" focusable="false">${shape}</svg>`;
}
