import { indexFeed, type Feed, type FeedError } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NETWORK_PAGE_URL, resolveFeedUrl } from '../core/config.ts';
import { InfamilieElement } from '../core/element.ts';
import { webHref } from '../core/urls.ts';
import { networkMark } from './mark.ts';
import { styles } from './badge.styles.ts';

/**
 * The network badge: "member of Netzwerk INFamilie", with the partner's name only when the feed lists
 * the partner. An unknown partner gets a neutral link to the network, never a claim of membership.
 *
 * @summary The network badge, verified against the feed's list of partners.
 *
 * @slot - Fallback content: shown before the script runs.
 *
 * @csspart base - The element's root.
 * @csspart badge - The badge link.
 * @csspart logo - The network's logo.
 *
 * @cssprop --infamilie-color-primary - Brand colour (default: the feed's theme).
 * @cssprop --infamilie-color-on-primary - Text on the brand colour.
 * @cssprop --infamilie-font-size - Base size (default: 16px).
 *
 * @fires infamilie-load - The feed was read.
 * @fires infamilie-error - The feed could not be loaded (the badge then links to the network neutrally).
 */
export class InfamilieBadge extends InfamilieElement {
  static override styles = [...InfamilieElement.styles, styles];

  /** The partner's id in the feed. */
  @property() partner?: string;
  /** `full` (default): mark, text and partner; `compact`: mark and one line; `icon`: the mark alone. */
  @property({ reflect: true }) variant: 'full' | 'compact' | 'icon' = 'full';
  /** `light` (default) for light pages, `dark` for dark ones. */
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  private warnedFor?: string;

  /** The badge needs the partner list only, never a quarter's offers. */
  override feedQuarters(): 'none' {
    return 'none';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedController.state;
    if (state.status === 'ready' && this.partner && !indexFeed(state.feed).partners.has(this.partner) && this.warnedFor !== this.partner) {
      this.warnedFor = this.partner;
      console.warn(`INFamilie badge: the partner "${this.partner}" is not in the network's feed; the badge links to the network without claiming membership.`);
    }
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="badge skeleton" part="badge" aria-hidden="true"><span class="mark-box"></span></span>`;
  }

  /** Without the feed nothing can be verified: a neutral link to the network. */
  protected override renderError(_error: FeedError): TemplateResult {
    return this.renderBadge(NETWORK_PAGE_URL, msg('Netzwerk INFamilie'), undefined, networkMark());
  }

  protected override renderContent(feed: Feed): TemplateResult {
    const network = feed.network;
    const partner = this.partner ? indexFeed(feed).partners.get(this.partner) : undefined;
    const href = webHref(network.url) ?? NETWORK_PAGE_URL;
    // A blank name in the feed would leave a link without words (and without an accessible name).
    const name = this.plain(network.name).trim() ? this.plain(network.name) : msg('Netzwerk INFamilie');
    const logo = this.logoUrl(feed);
    const mark = logo ? html`<img class="logo" part="logo" src=${logo} alt="" />` : networkMark();
    if (!partner) return this.renderBadge(href, name, undefined, mark);
    const partnerName = this.plain(partner.name).trim() ? this.plain(partner.name) : undefined;
    const claim = partner.anchor ? msg(str`Ankerstandort im ${name}`) : msg(str`Mitglied im ${name}`);
    return this.renderBadge(href, claim, partnerName, mark);
  }

  private renderBadge(href: string, line: string, partnerName: string | undefined, mark: unknown): TemplateResult {
    const label = partnerName ? `${partnerName}: ${line}` : line;
    return html`<a class="badge ${this.theme}" part="badge" href=${href} rel="noopener" aria-label=${this.variant === 'icon' ? label : nothing} title=${this.variant === 'icon' ? label : nothing}>
      <span class="mark-box">${mark}</span>
      ${this.variant === 'icon'
        ? nothing
        : html`<span class="text">
            <span class="line">${line}</span>
            ${partnerName && this.variant === 'full' ? html`<span class="partner">${partnerName}</span>` : nothing}
          </span>`}
    </a>`;
  }

  /** The feed's logo, only from the feed's own host: the badge makes no request elsewhere. */
  private logoUrl(feed: Feed): string | undefined {
    const logo = webHref(feed.network.logo);
    if (!logo) return undefined;
    try {
      const feedOrigin = new URL(resolveFeedUrl(this.feed), document.baseURI).origin;
      return new URL(logo).origin === feedOrigin ? logo : undefined;
    } catch {
      return undefined;
    }
  }
}
