import { css } from 'lit';

export const styles = css`
  .root {
    container-type: inline-size;
    /* inline-grid: atomic, like the base root (see core/styles.ts) */
    display: inline-grid;
    gap: calc(var(--_space) * 0.75);
    --_map-height: min(var(--infamilie-map-height, 26em), 75vh);
    --_land: var(--infamilie-map-land, #f4f1ea);
    --_water: var(--infamilie-map-water, #e3ebf0);
  }
  .layout {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  @container (min-width: 46em) {
    .layout.with-panel {
      grid-template-columns: minmax(0, 1fr) minmax(16em, var(--infamilie-panel-width, 22em));
    }
    .layout.with-panel .panel {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow-y: auto;
    }
  }
  .toolbar .button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .main {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .toolbar .skeleton.line {
    inline-size: 14em;
    block-size: 1.5em;
  }
  .summary {
    margin: 0;
    font-weight: 600;
  }
  .unplaced {
    font-weight: 400;
    color: var(--_muted);
  }
  .map-box {
    position: relative;
    block-size: var(--_map-height);
    overflow: clip;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_water);
  }
  .map {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
    /* Geography does not mirror in right-to-left languages. */
    direction: ltr;
  }
  .map:active {
    cursor: grabbing;
  }
  .map:focus-visible {
    outline-offset: -4px;
  }
  /*
   * The world layer is scaled as a whole when zooming; --_unit (one screen pixel in the layer's units,
   * set with the transform) keeps lines as wide as designed. vector-effect: non-scaling-stroke would do
   * the same, but makes every frame of a pan stroke the outlines anew. Outlines of all quarters stay
   * at one pixel, which rasterises far faster than wider lines; only the chosen or focused one is wider.
   */
  .basemap {
    fill: var(--_land);
    stroke: #c9c2b4;
    stroke-width: calc(0.75px * var(--_unit, 1));
    pointer-events: none;
  }
  .over-tiles .basemap {
    fill: none;
  }
  .over-tiles .quarter {
    fill-opacity: 0.2;
  }
  .quarter {
    fill: var(--_primary);
    fill-opacity: 0.14;
    stroke: var(--_primary);
    stroke-width: calc(1px * var(--_unit, 1));
    cursor: pointer;
  }
  .quarter.dimmed {
    fill: var(--_muted);
    fill-opacity: 0.06;
    stroke: var(--_muted);
    stroke-opacity: 0.6;
  }
  .quarter:hover {
    fill-opacity: 0.24;
  }
  .quarter.selected {
    fill: var(--_accent);
    fill-opacity: 0.2;
    stroke: var(--_accent);
    stroke-width: calc(3px * var(--_unit, 1));
    stroke-linejoin: round;
  }
  .quarter:focus {
    outline: none;
  }
  .quarter:focus-visible {
    stroke: var(--_focus);
    stroke-width: calc(4px * var(--_unit, 1));
    stroke-linejoin: round;
  }
  .quarter-label {
    font-size: 13px;
    font-weight: 700;
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3.5px;
    stroke-linejoin: round;
    paint-order: stroke;
    text-anchor: middle;
    dominant-baseline: middle;
    pointer-events: none;
  }
  .marker {
    cursor: pointer;
  }
  .marker:focus {
    outline: none;
  }
  /* The ring is also the marker's target for pointers (38 px), shown only with keyboard focus. */
  .marker .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    visibility: hidden;
    pointer-events: all;
  }
  .marker:focus-visible .focus-ring {
    visibility: visible;
  }
  .marker .shape {
    fill: var(--_primary);
    stroke: var(--_surface);
    stroke-width: 2.5;
  }
  .marker.anchor .shape {
    fill: var(--_accent);
  }
  .marker.selected .shape,
  .marker.selected .cluster-shape {
    stroke: var(--_text);
    stroke-width: 3.5;
  }
  .marker .cluster-shape {
    fill: var(--_surface);
    stroke: var(--_primary);
    stroke-width: 3;
  }
  .marker .cluster-count,
  .marker .badge text {
    font-size: 12px;
    font-weight: 700;
    text-anchor: middle;
    fill: var(--_primary);
    pointer-events: none;
  }
  .marker .badge circle {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .marker .badge text {
    font-size: 10px;
    fill: var(--_surface);
  }
  .marker:hover .shape,
  .marker:hover .cluster-shape {
    stroke-width: 4;
  }
  .controls {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-end: 8px;
    display: grid;
    gap: 4px;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    inline-size: 44px;
    block-size: 44px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }
  .icon-button:hover {
    border-color: var(--_primary);
  }
  .attribution {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    margin: 0;
    padding-block: 1px;
    padding-inline: 6px;
    border-start-start-radius: 6px;
    background: rgb(255 255 255 / 0.85);
    color: var(--_text);
    font-size: 12px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend-symbol {
    inline-size: 1.5em;
    block-size: 1.5em;
    flex: none;
    overflow: visible;
  }
  .list,
  .list-partners,
  .cards {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list-partners {
    margin-block-start: 0.4em;
    padding-inline-start: 1.25em;
    border-inline-start: 2px solid var(--_subtle);
  }
  .list-entry {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: 0.4em;
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    text-align: start;
    cursor: pointer;
  }
  .list-entry[aria-pressed='true'] {
    border-color: var(--_accent);
    border-inline-start-width: 5px;
  }
  .list-entry:hover {
    border-color: var(--_primary);
  }
  .entry-text {
    display: grid;
  }
  .entry-name {
    font-weight: 700;
  }
  .other-partners {
    display: block;
    padding-block: 0.4em;
  }
  .entry-facts {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .panel {
    display: grid;
    gap: 0.6em;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .panel-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .panel-title {
    font-size: 1.125em;
    font-weight: 700;
    align-self: center;
  }
  .panel p {
    margin: 0;
  }
  .panel-facts {
    color: var(--_muted);
  }
  .panel a .icon {
    margin-inline-end: 0.25em;
  }
  .cards > li {
    display: grid;
  }
  @media (forced-colors: active) {
    .map-box {
      background: Canvas;
      border-color: CanvasText;
    }
    .basemap {
      fill: Canvas;
      stroke: GrayText;
    }
    .quarter {
      fill: Canvas;
      stroke: CanvasText;
    }
    .quarter.selected,
    .quarter:focus-visible {
      stroke: Highlight;
    }
    .quarter-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker .shape,
    .marker .badge circle {
      fill: ButtonText;
      stroke: ButtonFace;
    }
    .marker .cluster-shape {
      fill: ButtonFace;
      stroke: ButtonText;
    }
    .marker .cluster-count {
      fill: ButtonText;
    }
    .marker .badge text {
      fill: ButtonFace;
    }
    .marker.selected .shape,
    .marker.selected .cluster-shape,
    .marker .focus-ring {
      stroke: Highlight;
    }
    .attribution {
      background: Canvas;
      color: CanvasText;
    }
    .icon-button,
    .list-entry,
    .panel {
      border-color: ButtonText;
    }
    .list-entry[aria-pressed='true'] {
      border-color: Highlight;
    }
    .toolbar .button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
