import { pickText, unknownIds, type Feed } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveFeedUrl } from '../core/config.ts';
import { InfamilieElement } from '../core/element.ts';
import { emit } from '../core/events.ts';
import { icon } from '../core/icons.ts';
import { displayText, idList } from '../core/presentation.ts';
import { InfamilieOfferCard } from '../offer-card/offer-card.ts';
import { BasemapSource } from './basemap.ts';
import { layersOf, partnerLabel, quarterLabel, renderLegend, renderList, type Layers, type ListContext, type Selection } from './map-list.ts';
import { renderPanel, type PanelContext } from './map-panel.ts';
import { MapScene, type SceneNames } from './map-scene.ts';
import { styles } from './map.styles.ts';
import { MapView, ZOOM_STEP } from './map-view.ts';
import { berlinToday, boundsOf, mapModel, type MapModel } from './model.ts';
import { tileTemplate } from './tiles.ts';
import { centerOn, fitBounds, isEmptyBounds, padBounds, scaleOfZoom, STREET_ZOOM, toScreen, viewCenter, type Bounds } from './projection.ts';

const PAGE = 12;
/** The smallest extent the map fits, in world units (about 2 km at Dortmund's latitude). */
const MIN_EXTENT = 8e-5;

/**
 * The network's quarters, partners and offers on a map drawn from the feed alone: no tile server and no
 * request to any host but the feed's, unless the page adds raster tiles by attribute.
 *
 * @summary A map of the network's quarters and partners, with their offers, and the same as a list.
 *
 * @slot - Fallback content: shown before the script runs and when the feed cannot be loaded.
 *
 * @csspart base - The element's root.
 * @csspart summary - The line that counts quarters, partners and offers.
 * @csspart map - The map's frame (the SVG, its controls and attribution).
 * @csspart controls - The zoom buttons.
 * @csspart attribution - Who the geodata and tiles come from.
 * @csspart legend - What the symbols mean.
 * @csspart list - The list alternative.
 * @csspart panel - The chosen quarter or partner with its offers.
 * @csspart error - The message shown when the feed cannot be loaded.
 *
 * @cssprop --infamilie-map-height - Height of the map (default 26em, at most 75% of the window).
 * @cssprop --infamilie-map-land - Fill of the city's base map.
 * @cssprop --infamilie-map-water - Background of the map (outside the base map).
 * @cssprop --infamilie-color-primary - Quarter outlines, partner markers, buttons.
 * @cssprop --infamilie-color-accent - Anchor sites and the chosen quarter or partner.
 * @cssprop --infamilie-panel-width - Width of the side panel on wide containers (default 22em).
 *
 * @fires infamilie-select - A reader chose a quarter or partner: `{kind: 'quarter' | 'partner', id}`.
 * @fires infamilie-load - The feed was read: counts and what was left out.
 * @fires infamilie-error - The feed could not be loaded.
 */
export class InfamilieMap extends InfamilieElement {
  static override styles = [...InfamilieElement.styles, styles];

  /** Quarter(s) to focus (ids): the map fits them and dims the others. Default: the whole network. */
  @property() quarter?: string;
  /** Which layers to show: any of `quarters partners offers` (default: all three). */
  @property() show?: string;
  /** `none`: leave out the city's base map from the feed (and do not load it). */
  @property() base?: string;
  /** Raster tiles under the map, e.g. `https://{s}.tile.example/{z}/{x}/{y}.png` ({z}, {x} and {y} required). Only set this for a tile server your visitors' privacy allows. */
  @property() tiles?: string;
  /** Credit for the tiles, shown on the map (e.g. "© OpenStreetMap-Mitwirkende"). */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution?: string;
  /** Heading level of the panel's title (2-6); its offer cards use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private listMode = false;
  @state() private selection?: Selection;
  @state() private shown = PAGE;
  @state() private size?: { width: number; height: number };
  @state() private announcement = '';

  private readonly mapView = new MapView({ onRender: () => this.requestUpdate(), onApply: () => this.applyView() });
  private readonly scene = new MapScene();
  private readonly basemap = new BasemapSource(() => this.requestUpdate());
  private model?: MapModel;
  private modelFeed?: Feed;
  private modelVersion = 0;
  private day = berlinToday();
  private origin: [number, number] = [0, 0];
  private baseScale = 1;
  private fitKey = '';
  /** The partner whose marker had focus before a render (markers regroup when the scale changes). */
  private focusedPartner?: string;
  private resizeObserver?: ResizeObserver;
  private observedBox?: HTMLElement;

  protected override errorMessage(): string {
    return msg('Die Karte des Netzwerks INFamilie kann gerade nicht angezeigt werden.');
  }

  override feedQuarters(): 'all' | 'none' {
    return this.layers.offers ? 'all' : 'none';
  }

  private get layers(): Layers {
    return layersOf(this.show);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.observedBox = undefined;
    this.mapView.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const active = (this.renderRoot as ShadowRoot | undefined)?.activeElement;
    this.focusedPartner = active?.matches('.marker') ? (active.getAttribute('data-id') ?? undefined) : undefined;
    const state = this.feedController.state;
    if (state.status !== 'ready') return;
    const feed = state.feed;
    this.day = berlinToday();
    const model = mapModel(feed, this.day);
    if (model !== this.model) this.modelVersion++;
    this.model = model;
    if (feed !== this.modelFeed) {
      this.modelFeed = feed;
      this.selection = undefined;
    }
    this.basemap.sync(this.base !== 'none' ? feed.network.basemap?.url : undefined, state.loaded?.url ?? resolveFeedUrl(this.feed));
    this.syncView(changed.has('quarter'));
  }

  /** Fits the view to the focus or the network; after a resize, keeps the reader's view if they moved it. */
  private syncView(focusChanged: boolean): void {
    const model = this.model!;
    if (!this.size || isEmptyBounds(model.extent)) return;
    const { width, height } = this.size;
    const extent = padBounds(model.extent, 0.04, MIN_EXTENT);
    const whole = fitBounds(extent, width, height, 12);
    const limits = { minScale: whole.scale, maxScale: Math.max(scaleOfZoom(STREET_ZOOM), whole.scale), bounds: extent };
    this.origin = [extent.minX, extent.minY];
    this.baseScale = limits.minScale;
    const place = `${extent.minX},${extent.minY},${extent.maxX},${extent.maxY}|${this.quarter ?? ''}`;
    const key = `${width}x${height}|${place}`;
    if (key === this.fitKey && !focusChanged) {
      this.mapView.limits = limits;
      return;
    }
    const sameData = this.fitKey.endsWith(`|${place}`) && !focusChanged;
    this.fitKey = key;
    const previous = this.mapView.view;
    if (previous && sameData && this.mapView.moved) {
      this.mapView.set(centerOn(viewCenter(previous), previous.scale, width, height), limits);
      return;
    }
    const focus = this.focusBounds();
    this.mapView.set(focus ? fitBounds(focus, width, height, 24, limits.maxScale) : whole, limits);
    this.mapView.moved = false;
  }

  private focusBounds(): Bounds | undefined {
    const ids = idList(this.quarter).filter((id) => this.model!.quarterById.has(id));
    if (!ids.length) return undefined;
    const quarters = ids.map((id) => this.model!.quarterById.get(id)!);
    const bounds = boundsOf(quarters, quarters.flatMap((q) => q.partners));
    return isEmptyBounds(bounds) ? undefined : padBounds(bounds, 0, MIN_EXTENT / 8);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeSize();
    this.applyView();
    this.restoreFocus();
  }

  /** Follows the size of the map's frame (a new frame after loading, or after the feed changed). */
  private observeSize(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.map-box') ?? undefined;
    if (box === this.observedBox || typeof ResizeObserver === 'undefined') return;
    const measure = (width: number, height: number) => {
      if (width > 0 && height > 0 && (width !== this.size?.width || height !== this.size?.height)) this.size = { width, height };
    };
    this.resizeObserver ??= new ResizeObserver(([entry]) => measure(Math.round(entry.contentRect.width), Math.round(entry.contentRect.height)));
    if (this.observedBox) this.resizeObserver.unobserve(this.observedBox);
    this.observedBox = box;
    if (!box) return;
    this.resizeObserver.observe(box);
    // Measured at once, so that the map draws before the first paint, not a frame later.
    if (!this.size) queueMicrotask(() => measure(box.clientWidth, box.clientHeight));
  }

  /** Moves the layers (and, while zooming, the markers) to the current view: no render. */
  private applyView(): void {
    const view = this.mapView.view;
    if (view && this.scene.apply(this.renderRoot, view, this.tiles)) this.requestUpdate();
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="toolbar"><div class="skeleton line"></div></div>
      <div class="map-box skeleton"></div>`;
  }

  protected override renderContent(feed: Feed): TemplateResult {
    const model = this.model ?? mapModel(feed, this.day);
    const layers = this.layers;
    const unknown = unknownIds(feed, { quarter: idList(this.quarter) }).quarter;
    const ctx = this.listContext(model, layers);
    const drawable = !isEmptyBounds(model.extent);
    const empty = model.quarters.length === 0 && model.partners.length === 0;
    const list = this.listMode || !drawable;
    const unplaced = model.partners.length - model.placed.length;
    const summary = [
      layers.quarters ? msg(str`Quartiere: ${model.quarters.length}`) : '',
      layers.partners ? msg(str`Partner: ${model.partners.length}`) : '',
      layers.offers ? msg(str`Angebote: ${model.offers}`) : '',
    ].filter(Boolean).join(', ');
    const panelCtx: PanelContext = { ...ctx, feed, day: this.day, headingLevel: this.headingLevel, shown: this.shown, onMore: () => (this.shown += PAGE), onClose: () => this.clearSelection() };
    return html`${unknown.length
        ? html`<div class="notice">${unknown.map((id) => html`<p>${msg(str`Das Quartier „${id}“ ist im Netzwerk nicht bekannt.`)}</p>`)}</div>`
        : nothing}
      ${empty
        ? html`<p class="notice" part="summary">${msg('Im Netzwerk sind noch keine Quartiere oder Partner eingetragen.')}</p>`
        : html`<div class="layout ${this.selection ? 'with-panel' : ''}" @click=${this.onActivate} @keydown=${this.onKeyDown}>
            <div class="main">
              <div class="toolbar">
                <p class="summary" part="summary" id="map-summary">
                  ${summary}${layers.partners && unplaced > 0 ? html`<br /><span class="unplaced">${msg(str`Ohne Kartenposition (nur in der Liste): ${unplaced}`)}</span>` : nothing}
                </p>
                ${drawable
                  ? html`<button type="button" class="button" aria-pressed=${this.listMode ? 'true' : 'false'} @click=${this.toggleList}>${icon('list')}${msg('Als Liste anzeigen')}</button>`
                  : nothing}
              </div>
              ${drawable ? this.renderMap(feed, model, layers, ctx, list) : nothing}
              ${list ? renderList(ctx) : renderLegend(layers)}
            </div>
            ${renderPanel(panelCtx)}
          </div>`}
      <div class="visually-hidden"><p role="status">${this.announcement}</p></div>`;
  }

  private listContext(model: MapModel, layers: Layers): ListContext {
    return { model, layers, selection: this.selection, focus: new Set(idList(this.quarter)), locale: this.contentLang, text: (v) => this.text(v), plain: (v) => this.plain(v) };
  }

  private renderMap(feed: Feed, model: MapModel, layers: Layers, ctx: ListContext, hidden: boolean): TemplateResult {
    const view = this.mapView.view;
    const size = this.size;
    const content = view && size ? this.renderLayers(model, layers, ctx) : nothing;
    const attribution = [this.basemap.geometries ? this.plain(feed.network.basemap?.attribution) : '', tileTemplate(this.tiles) ? (this.tilesAttribution ?? '') : ''].filter(Boolean);
    return html`<div class="map-box" part="map" ?hidden=${hidden}>
      <svg
        class="map"
        viewBox=${size ? `0 0 ${size.width} ${size.height}` : '0 0 640 416'}
        role="group"
        aria-roledescription=${msg('Karte')}
        aria-label=${msg('Karte der Quartiere und Partner')}
        aria-describedby="map-summary map-keys"
        tabindex="0"
        @pointerdown=${this.mapView.onPointerDown}
        @pointermove=${this.mapView.onPointerMove}
        @pointerup=${this.mapView.onPointerUp}
        @pointercancel=${this.mapView.onPointerUp}
        @wheel=${{ handleEvent: this.mapView.onWheel, passive: false }}
        @focusin=${this.onFocusIn}
      >
        ${content}
      </svg>
      <div class="controls" part="controls">
        <button type="button" class="icon-button" aria-label=${msg('Vergrößern')} title=${msg('Vergrößern')} @click=${() => this.mapView.zoom(ZOOM_STEP)}>${icon('plus')}</button>
        <button type="button" class="icon-button" aria-label=${msg('Verkleinern')} title=${msg('Verkleinern')} @click=${() => this.mapView.zoom(1 / ZOOM_STEP)}>${icon('minus')}</button>
        <button type="button" class="icon-button" aria-label=${msg('Ganzes Netzwerk zeigen')} title=${msg('Ganzes Netzwerk zeigen')} @click=${this.showAll}>${icon('globe')}</button>
      </div>
      ${attribution.length ? html`<p class="attribution" part="attribution">${attribution.join(' · ')}</p>` : nothing}
      <p id="map-keys" class="visually-hidden">${msg('Pfeiltasten verschieben die Karte, Plus und Minus ändern den Maßstab. Mit der Tabulatortaste erreichen Sie Quartiere und Partner, mit der Eingabetaste wählen Sie aus.')}</p>
    </div>`;
  }

  private renderLayers(model: MapModel, layers: Layers, ctx: ListContext): unknown {
    const view = this.mapView.view!;
    this.mapView.renderedScale = view.scale;
    const names: SceneNames = {
      quarter: (entry) => quarterLabel(entry, ctx),
      partner: (entry) => partnerLabel(entry, ctx),
      cluster: (members) => {
        const listed = members.slice(0, 3).map((p) => this.plain(p.partner.name)).join(', ');
        return `${msg(str`Gruppe von Partnern, Anzahl: ${members.length}`)} – ${listed}${members.length > 3 ? ' …' : ''}`;
      },
      quarterName: (entry) => {
        const picked = pickText(entry.quarter.name, this.contentLang);
        return { text: displayText(picked?.text ?? ''), lang: picked && picked.lang !== this.uiLocale ? picked.lang : undefined };
      },
    };
    return this.scene.render({
      model,
      layers,
      view,
      limits: this.mapView.limits,
      origin: this.origin,
      baseScale: this.baseScale,
      selection: this.selection,
      focus: ctx.focus,
      tiles: this.tiles,
      basemap: this.basemap.geometries,
      names,
      namesKey: `${this.modelVersion}|${this.uiLocale}|${this.contentLang}|${layers.quarters}${layers.partners}${layers.offers}`,
    });
  }

  private onActivate = (event: Event) => {
    const target = (event.target as Element).closest<HTMLElement | SVGElement>('[data-kind]');
    if (!target) return;
    if (target.closest('svg.map') && this.mapView.consumeClick()) return;
    const kind = target.dataset.kind as 'quarter' | 'partner' | 'cluster';
    const id = target.dataset.id!;
    if (kind === 'cluster') this.openCluster(target.dataset.key!);
    else this.select(kind, id);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as Element;
    const feature = target.closest?.('.feature');
    if (feature && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.onActivate(event);
    } else if (event.key === 'Escape' && this.selection) {
      this.clearSelection();
    } else if (target.closest?.('svg.map') && this.mapView.handleKey(event)) {
      event.preventDefault();
    }
  };

  /** A feature reached by Tab that lies outside the view is brought into it. */
  private onFocusIn = (event: FocusEvent) => {
    const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    const view = this.mapView.view;
    const world = key ? this.scene.pointOf(key) : undefined;
    if (!view || !world) return;
    const [x, y] = toScreen(view, world);
    const margin = 24;
    if (x < margin || y < margin || x > view.width - margin || y > view.height - margin) this.mapView.animateTo(centerOn(world, view.scale, view.width, view.height));
  };

  private openCluster(key: string): void {
    const model = this.model!;
    const members = [...this.scene.markerOf].filter(([, marker]) => marker === key).map(([id]) => id);
    const view = this.mapView.view;
    if (!view || members.length === 0) return;
    const bounds = boundsOf([], members.map((id) => model.partnerById.get(id)!));
    const target = fitBounds(padBounds(bounds, 0.1), view.width, view.height, 48, this.mapView.limits?.maxScale);
    if (target.scale <= view.scale * 1.05) {
      // These partners share a spot that no zoom separates: list them instead.
      this.selection = { kind: 'cluster', ids: members };
      this.announcement = msg(str`Gruppe von Partnern, Anzahl: ${members.length}`);
      return;
    }
    this.mapView.moved = true;
    this.mapView.animateTo(target);
  }

  private select(kind: 'quarter' | 'partner', id: string): void {
    const same = this.selection?.kind === kind && 'id' in this.selection && this.selection.id === id;
    this.shown = PAGE;
    if (same) {
      this.clearSelection(false);
      return;
    }
    this.selection = { kind, id };
    const model = this.model!;
    const name = kind === 'quarter' ? this.plain(model.quarterById.get(id)?.quarter.name) : this.plain(model.partnerById.get(id)?.partner.name);
    this.announcement = msg(str`Ausgewählt: ${name}`);
    emit(this, 'infamilie-select', { kind, id });
  }

  private clearSelection(refocus = true): void {
    const previous = this.selection;
    this.selection = undefined;
    this.announcement = msg('Auswahl aufgehoben');
    if (refocus && previous && previous.kind !== 'cluster') {
      const key = previous.kind === 'quarter' ? `q:${previous.id}` : (this.scene.markerOf.get(previous.id) ?? '');
      this.updateComplete.then(() => {
        const selector = this.listMode ? `.list [data-kind="${previous.kind}"][data-id="${CSS.escape(previous.id)}"]` : `[data-key="${CSS.escape(key)}"]`;
        this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      });
    }
  }

  private toggleList = () => {
    this.listMode = !this.listMode;
  };

  private showAll = () => {
    const model = this.model;
    if (!model || !this.mapView.view) return;
    this.mapView.fit(padBounds(model.extent, 0.04, MIN_EXTENT), 12);
  };

  /** After markers regroup (zoom, a cluster opened), focus stays on the marker that holds the partner it was on. */
  private restoreFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    if (root.activeElement || !this.focusedPartner) return;
    const key = this.scene.markerOf.get(this.focusedPartner);
    root.querySelector<SVGElement>(key ? `[data-key="${CSS.escape(key)}"]` : 'svg.map')?.focus();
  }
}

/** The cards inside are part of this element: registering it registers them too. */
export const dependencies = { 'infamilie-offer-card': InfamilieOfferCard };
