/**
 * What a reader chose on the map or in the list: a quarter or a partner with its offers as cards, or
 * the partners at one spot that no zoom can separate.
 */
import { filterOffers, localize, type Feed, type Offer } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { icon } from '../core/icons.ts';
import { collator } from '../core/format.ts';
import { headingLevel } from '../core/presentation.ts';
import { webHref } from '../core/urls.ts';
import { isSelected, partnerFacts, quarterFacts, type ListContext } from './map-list.ts';
import { legendSymbol } from './map-layers.ts';

export interface PanelContext extends ListContext {
  feed: Feed;
  day: string;
  headingLevel: number;
  /** How many cards to show. */
  shown: number;
  onMore: () => void;
  onClose: () => void;
}

/** The offers the panel lists for the current selection, sorted by title. */
export function selectionOffers(ctx: PanelContext): Offer[] {
  const selection = ctx.selection;
  if (!selection || selection.kind === 'cluster' || !ctx.layers.offers) return [];
  const offers = filterOffers(ctx.feed, { [selection.kind]: selection.id, on: ctx.day });
  const { compare } = collator(ctx.locale);
  return offers.sort((a, b) => compare(localize(a.title, ctx.locale), localize(b.title, ctx.locale)));
}

export function renderPanel(ctx: PanelContext): TemplateResult | typeof nothing {
  const selection = ctx.selection;
  if (!selection) return nothing;
  const level = headingLevel(ctx.headingLevel);
  const close = html`<button type="button" class="icon-button close" aria-label=${msg('Auswahl aufheben')} title=${msg('Auswahl aufheben')} @click=${ctx.onClose}>
    ${icon('close')}
  </button>`;
  if (selection.kind === 'cluster') {
    const partners = selection.ids.map((id) => ctx.model.partnerById.get(id)).filter((p) => !!p);
    return html`<section class="panel" part="panel" aria-labelledby="panel-title">
      <div class="panel-head">
        <div id="panel-title" class="panel-title" role="heading" aria-level=${level}>${msg('Partner an diesem Ort')}</div>
        ${close}
      </div>
      <ul class="list-partners">
        ${partners.map(
          (entry) => html`<li>
            <button type="button" class="list-entry partner-entry" aria-pressed=${isSelected(ctx.selection, 'partner', entry.id) ? 'true' : 'false'} data-kind="partner" data-id=${entry.id}>
              ${legendSymbol(entry.partner.anchor ? 'anchor' : 'partner')}
              <span class="entry-text"><span class="entry-name">${ctx.text(entry.partner.name)}</span><span class="entry-facts">${partnerFacts(entry, ctx).join(' · ')}</span></span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }
  const quarter = selection.kind === 'quarter' ? ctx.model.quarterById.get(selection.id) : undefined;
  const partner = selection.kind === 'partner' ? ctx.model.partnerById.get(selection.id) : undefined;
  if (!quarter && !partner) return nothing;
  const offers = selectionOffers(ctx);
  const visible = offers.slice(0, ctx.shown);
  const remaining = offers.length - visible.length;
  const website = webHref(partner?.partner.url);
  return html`<section class="panel" part="panel" aria-labelledby="panel-title">
    <div class="panel-head">
      <div id="panel-title" class="panel-title" role="heading" aria-level=${level}>
        ${quarter ? msg(str`Quartier ${ctx.plain(quarter.quarter.name)}`) : ctx.text(partner!.partner.name)}
      </div>
      ${close}
    </div>
    <p class="panel-facts">${(quarter ? quarterFacts(quarter, ctx) : partnerFacts(partner!, ctx)).join(' · ')}</p>
    ${quarter?.quarter.description ? html`<p class="panel-description">${ctx.text(quarter.quarter.description)}</p>` : nothing}
    ${website ? html`<p><a href=${website} rel="noopener">${icon('link')} ${msg('Website des Partners')}</a></p>` : nothing}
    ${ctx.layers.offers
      ? visible.length
        ? html`<ul class="cards" aria-label=${msg('Angebote')}>
            ${repeat(
              visible,
              (offer) => offer.id,
              (offer) => html`<li>
                <infamilie-offer-card .offer=${offer} .data=${ctx.feed} lang=${ctx.locale} variant="compact" heading-level=${Math.min(6, level + 1)}></infamilie-offer-card>
              </li>`,
            )}
          </ul>`
        : html`<p class="notice">${msg('Keine aktuellen Angebote.')}</p>`
      : nothing}
    ${remaining > 0 ? html`<button type="button" class="button more" @click=${ctx.onMore}>${msg(str`Weitere Angebote anzeigen (noch ${remaining})`)}</button>` : nothing}
  </section>`;
}
