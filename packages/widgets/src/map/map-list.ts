/**
 * The map's text alternative: the same quarters, partners and counts as a structured list, and the
 * words that name a quarter or partner wherever it appears (marker names, list entries).
 * Partners without a position appear here, marked as not on the map.
 */
import type { LocalizedText } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { collator } from '../core/format.ts';
import { displayText } from '../core/presentation.ts';
import { legendSymbol } from './map-layers.ts';
import type { MapModel, MapPartner, MapQuarter } from './model.ts';

export type Selection = { kind: 'quarter' | 'partner'; id: string } | { kind: 'cluster'; ids: string[] };

export interface Layers {
  quarters: boolean;
  partners: boolean;
  offers: boolean;
}

/** The `show` attribute: any of `quarters partners offers`; empty or nothing known means all three. */
export function layersOf(show: string | null | undefined): Layers {
  const wanted = new Set((show ?? '').split(/[\s,]+/).filter(Boolean));
  const all = !['quarters', 'partners', 'offers'].some((layer) => wanted.has(layer));
  return { quarters: all || wanted.has('quarters'), partners: all || wanted.has('partners'), offers: all || wanted.has('offers') };
}

export interface ListContext {
  model: MapModel;
  layers: Layers;
  selection?: Selection;
  /** The quarters the page is about (attribute `quarter`). */
  focus: ReadonlySet<string>;
  locale: string;
  /** Feed text marked with its language when it falls back. */
  text: (value: LocalizedText | undefined) => unknown;
  plain: (value: LocalizedText | undefined) => string;
}

export function isSelected(selection: Selection | undefined, kind: 'quarter' | 'partner', id: string): boolean {
  return !!selection && selection.kind === kind && selection.id === id;
}

/** "Brunnenstraße 12", else the partner's quarters: where a partner is, in a few words. */
export function partnerPlace(entry: MapPartner, ctx: Pick<ListContext, 'model' | 'plain'>): string {
  const street = entry.partner.address?.street?.trim();
  if (street) return displayText(street);
  return (entry.partner.quarters ?? []).map((id) => ctx.model.quarterById.get(id)).filter(Boolean).map((q) => ctx.plain(q!.quarter.name)).join(', ');
}

/** What is said after a partner's name: where, whether an anchor site, how many offers. */
export function partnerFacts(entry: MapPartner, ctx: Pick<ListContext, 'model' | 'plain' | 'layers'>): string[] {
  const facts = [partnerPlace(entry, ctx)];
  if (entry.partner.anchor) facts.push(msg('Ankerstandort'));
  if (ctx.layers.offers) facts.push(msg(str`Angebote: ${entry.offers}`));
  return facts.filter(Boolean);
}

/** "Kita Regenbogen, Brunnenstraße 12, Ankerstandort, Angebote: 4" */
export function partnerLabel(entry: MapPartner, ctx: Pick<ListContext, 'model' | 'plain' | 'layers'>): string {
  return [ctx.plain(entry.partner.name), ...partnerFacts(entry, ctx)].join(', ');
}

export function quarterFacts(entry: MapQuarter, ctx: Pick<ListContext, 'layers'>): string[] {
  const facts: string[] = [];
  if (entry.quarter.district) facts.push(displayText(entry.quarter.district));
  if (ctx.layers.partners) facts.push(msg(str`Partner: ${entry.partners.length}`));
  if (ctx.layers.offers) facts.push(msg(str`Angebote: ${entry.offers}`));
  return facts;
}

/** "Quartier Märchensiedlung, Eving, Partner: 3, Angebote: 5" */
export function quarterLabel(entry: MapQuarter, ctx: Pick<ListContext, 'plain' | 'layers'>): string {
  return [msg(str`Quartier ${ctx.plain(entry.quarter.name)}`), ...quarterFacts(entry, ctx)].join(', ');
}

function byName(ctx: ListContext) {
  const { compare } = collator(ctx.locale);
  return (a: MapPartner, b: MapPartner) => compare(ctx.plain(a.partner.name), ctx.plain(b.partner.name));
}

function partnerItem(entry: MapPartner, ctx: ListContext): TemplateResult {
  const selected = isSelected(ctx.selection, 'partner', entry.id);
  return html`<li>
    <button type="button" class="list-entry partner-entry" aria-pressed=${selected ? 'true' : 'false'} data-kind="partner" data-id=${entry.id}>
      ${legendSymbol(entry.partner.anchor ? 'anchor' : 'partner')}
      <span class="entry-text">
        <span class="entry-name">${ctx.text(entry.partner.name)}</span>
        <span class="entry-facts">${partnerFacts(entry, ctx).join(' · ')}${entry.world ? nothing : html` · <em>${msg('nicht auf der Karte')}</em>`}</span>
      </span>
    </button>
  </li>`;
}

export function renderList(ctx: ListContext): TemplateResult {
  const sort = byName(ctx);
  const { model, layers } = ctx;
  if (!layers.quarters) {
    const partners = [...model.partners].sort(sort);
    return html`<ul class="list" part="list" aria-label=${msg('Partner des Netzwerks')}>${partners.map((p) => partnerItem(p, ctx))}</ul>`;
  }
  const rest = layers.partners ? [...model.withoutQuarter].sort(sort) : [];
  // The page's own quarters first (a quarter's page lists its partners before the network's others).
  const quarters = [...model.quarters].sort((a, b) => Number(ctx.focus.has(b.id)) - Number(ctx.focus.has(a.id)));
  return html`<ul class="list" part="list" aria-label=${msg('Quartiere und Partner')}>
    ${quarters.map((entry) => {
      const selected = isSelected(ctx.selection, 'quarter', entry.id);
      return html`<li class="list-quarter">
        <button type="button" class="list-entry quarter-entry" aria-pressed=${selected ? 'true' : 'false'} data-kind="quarter" data-id=${entry.id}>
          <span class="entry-text">
            <span class="entry-name">${ctx.text(entry.quarter.name)}</span>
            <span class="entry-facts">${quarterFacts(entry, ctx).join(' · ')}${entry.geometry ? nothing : html` · <em>${msg('nicht auf der Karte')}</em>`}</span>
          </span>
        </button>
        ${layers.partners && entry.partners.length
          ? html`<ul class="list-partners" aria-label=${msg(str`Partner im Quartier ${ctx.plain(entry.quarter.name)}`)}>
              ${[...entry.partners].sort(sort).map((p) => partnerItem(p, ctx))}
            </ul>`
          : nothing}
      </li>`;
    })}
    ${rest.length
      ? html`<li class="list-quarter">
          <span class="entry-name other-partners">${msg('Weitere Partner')}</span>
          <ul class="list-partners" aria-label=${msg('Weitere Partner')}>${rest.map((p) => partnerItem(p, ctx))}</ul>
        </li>`
      : nothing}
  </ul>`;
}

/** What the shapes mean: shape first, colour only as a second cue. */
export function renderLegend(layers: Layers): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('Legende')}>
    ${layers.partners
      ? html`<li>${legendSymbol('partner')}<span>${msg('Partner')}</span></li>
          <li>${legendSymbol('anchor')}<span>${msg('Ankerstandort')}</span></li>
          <li>${legendSymbol('cluster')}<span>${msg('Gruppe nahe beieinander liegender Partner (Zahl: Anzahl der Partner)')}</span></li>`
      : nothing}
    ${layers.partners && layers.offers ? html`<li>${legendSymbol('count')}<span>${msg('Zahl am Symbol: Angebote des Partners')}</span></li>` : nothing}
  </ul>`;
}
