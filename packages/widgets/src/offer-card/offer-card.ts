import { contactOf, cssColor, indexFeed, locationOf, type Feed, type Offer } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProperties } from '../core/css-properties.ts';
import { InfamilieElement } from '../core/element.ts';
import { emit } from '../core/events.ts';
import { formatList, formatTimeSpan, formatYears, languageName, sortedWeekly, weekdayName } from '../core/format.ts';
import { icon } from '../core/icons.ts';
import { mailHref, telHref, webHref } from '../core/urls.ts';
import { displayText, headingLevel } from '../core/presentation.ts';
import { styles } from './offer-card.styles.ts';

/**
 * One offer of the network: what it is, for whom, when and where, and how to get in touch.
 *
 * @summary An offer card: title, partner, category, ages, languages, cost, schedule, place and contact.
 *
 * @slot - Fallback content: shown before the script runs and when the feed cannot be loaded.
 *
 * @csspart base - The element's root.
 * @csspart card - The card's frame.
 * @csspart title - The offer's title.
 * @csspart actions - The row of contact buttons.
 * @csspart error - The message shown when the feed cannot be loaded.
 *
 * @cssprop --infamilie-color-primary - Brand colour of links and buttons (default: the feed's theme).
 * @cssprop --infamilie-color-on-primary - Text on the brand colour.
 * @cssprop --infamilie-color-surface - Card background.
 * @cssprop --infamilie-color-text - Text colour.
 * @cssprop --infamilie-radius - Corner radius.
 * @cssprop --infamilie-font-family - Font (default: the page's).
 * @cssprop --infamilie-font-size - Base size (default: 16px, independent of the page's root size).
 *
 * @fires infamilie-select - The reader opened the offer's details: `{kind: 'offer', id}`.
 * @fires infamilie-load - The feed was read: counts and what was left out.
 * @fires infamilie-error - The feed could not be loaded.
 */
export class InfamilieOfferCard extends InfamilieElement {
  static override styles = [...InfamilieElement.styles, styles];

  /** The offer: its id in the feed (attribute), or an offer object (property). */
  @property() offer?: string | Offer;

  /** `compact`: title, partner, category, ages and one action; default: everything. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** The level of the title's heading (2-6), so the card fits the outline of the page around it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private expanded = false;

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="card skeleton-card" part="card">
      <div class="skeleton line-short"></div>
      <div class="skeleton line-title"></div>
      <div class="skeleton block"></div>
    </div>`;
  }

  protected override renderContent(feed: Feed): TemplateResult {
    const offer = typeof this.offer === 'object' && this.offer ? this.offer : this.offer ? indexFeed(feed).offers.get(this.offer) : undefined;
    if (!offer) {
      return html`<div class="notice" part="card" role="status">
        ${this.offer ? msg(str`Das Angebot „${String(this.offer)}“ gibt es im Netzwerk nicht (mehr).`) : msg('Kein Angebot ausgewählt.')}
      </div>`;
    }
    const index = indexFeed(feed);
    const category = offer.category ? index.categories.get(offer.category) : undefined;
    const partner = offer.partner ? index.partners.get(offer.partner) : undefined;
    const compact = this.variant === 'compact';
    const detailsId = `details-${offer.id}`;
    const hasDetails = !!(offer.description || offer.accessibility || offer.registration?.note || offer.schedule?.text);
    return html`<article class="card ${compact ? 'compact' : ''}" part="card" ${cssProperties({ '--_category': cssColor(category?.color) })}>
      ${category ? html`<p class="category">${icon(category.icon)}<span>${this.text(category.name)}</span></p>` : nothing}
      <div class="title" part="title" role="heading" aria-level=${headingLevel(this.headingLevel)}>
        ${hasDetails && !compact
          ? html`<button type="button" class="title-button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => this.toggle(offer)}>
              ${this.text(offer.title)}
            </button>`
          : webHref(offer.url)
            ? html`<a href=${webHref(offer.url)!} @click=${() => this.select(offer)}>${this.text(offer.title)}</a>`
            : this.text(offer.title)}
      </div>
      ${partner ? html`<p class="partner">${this.text(partner.name)}</p>` : nothing}
      ${!compact && offer.summary ? html`<p class="summary">${this.text(offer.summary)}</p>` : nothing}
      <dl class="facts">${this.renderFacts(feed, offer, compact)}</dl>
      ${hasDetails && !compact
        ? // Written when opened: a list of cards does not build what nobody has asked to read yet.
          html`<div id=${detailsId} class="details" ?hidden=${!this.expanded}>${this.expanded ? this.renderDetails(offer) : nothing}</div>`
        : nothing}
      ${this.renderActions(feed, offer, compact)}
    </article>`;
  }

  private renderDetails(offer: Offer): TemplateResult {
    return html`${offer.description ? html`<p>${this.text(offer.description)}</p>` : nothing}
      ${offer.schedule?.text ? html`<p>${this.text(offer.schedule.text)}</p>` : nothing}
      ${offer.registration?.note ? html`<p>${this.text(offer.registration.note)}</p>` : nothing}
      ${offer.accessibility
        ? html`<p>
            ${offer.accessibility.wheelchair ? html`${icon('wheelchair')} ${msg('Barrierefrei zugänglich.')}` : nothing}
            ${this.text(offer.accessibility.notes)}
          </p>`
        : nothing}`;
  }

  private renderFacts(feed: Feed, offer: Offer, compact: boolean): unknown {
    const locale = this.uiLocale;
    const facts: TemplateResult[] = [];
    const fact = (name: string, label: string, value: unknown) =>
      facts.push(html`<div class="fact"><dt>${icon(name)}<span class="visually-hidden">${label}</span></dt><dd>${value}</dd></div>`);
    const years = offer.ages ? formatYears(offer.ages, locale) : undefined;
    if (years) {
      const { min, max } = offer.ages!;
      fact('ages', msg('Alter'), min !== undefined && max === undefined ? msg(str`ab ${years}`) : max !== undefined && min === undefined ? msg(str`bis ${years}`) : years);
    }
    if (compact) return facts;
    if (offer.languages?.length) {
      fact('globe', msg('Sprachen'), formatList(offer.languages.map((tag) => languageName(tag, locale)), locale));
    }
    if (offer.cost) {
      const note = offer.cost.note ? html` – ${this.text(offer.cost.note)}` : nothing;
      fact('euro', msg('Kosten'), offer.cost.free ? html`${msg('kostenlos')}${note}` : offer.cost.note ? this.text(offer.cost.note) : msg('kostenpflichtig'));
    }
    if (offer.schedule?.weekly?.length) {
      fact(
        'clock',
        msg('Wann'),
        html`<ul class="schedule">
          ${sortedWeekly(offer.schedule.weekly).map((slot) => html`<li>${weekdayName(slot.day, locale)}, ${formatTimeSpan(slot.opens, slot.closes, locale)}</li>`)}
        </ul>`,
      );
    }
    const place = locationOf(feed, offer);
    if (place && (place.name || place.address)) {
      const address = place.address;
      fact(
        'pin',
        msg('Wo'),
        html`${place.name ? html`${this.text(place.name)}<br />` : nothing}${address
          ? displayText([address.street, [address.postalCode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', '))
          : nothing}`,
      );
    }
    if (offer.registration?.required) fact('info', msg('Anmeldung'), msg('Anmeldung erforderlich'));
    return facts;
  }

  private renderActions(feed: Feed, offer: Offer, compact: boolean): unknown {
    const contact = contactOf(feed, offer);
    const tel = telHref(contact.phone);
    const mail = mailHref(contact.email);
    const register = webHref(contact.register);
    const website = webHref(contact.website);
    const title = this.plain(offer.title);
    const actions = [
      register
        ? html`<a class="button primary" href=${register} rel="noopener" aria-label=${msg(str`Anmelden: ${title}`)}>${icon('link')}${msg('Anmelden')}</a>`
        : nothing,
      tel ? html`<a class="button" href=${tel} aria-label=${msg(str`Anrufen: ${contact.phone ?? ''}`)}>${icon('phone')}${msg('Anrufen')}</a>` : nothing,
      mail ? html`<a class="button" href=${mail} aria-label=${msg(str`E-Mail schreiben an ${contact.email ?? ''}`)}>${icon('mail')}${msg('Schreiben')}</a>` : nothing,
      !register && website
        ? html`<a class="button" href=${website} rel="noopener" aria-label=${msg(str`Mehr erfahren: ${title}`)}>${icon('link')}${msg('Mehr erfahren')}</a>`
        : nothing,
    ].filter((action) => action !== nothing);
    if (!actions.length) return nothing;
    return html`<p class="actions" part="actions">${compact ? actions[0] : actions}</p>`;
  }

  private toggle(offer: Offer): void {
    this.expanded = !this.expanded;
    if (this.expanded) this.select(offer);
  }

  private select(offer: Offer): void {
    emit(this, 'infamilie-select', { kind: 'offer', id: offer.id });
  }
}
