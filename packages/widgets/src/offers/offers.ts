import { filterOffers, unknownIds, type Feed, type Offer, type OfferQuery } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { InfamilieElement } from '../core/element.ts';
import { categorySelect, filterForm, filterStyles, phaseSelect, resetButton } from '../core/filters.ts';
import { collator, languageName } from '../core/format.ts';
import { icon } from '../core/icons.ts';
import { idList, parseAgeAttribute } from '../core/presentation.ts';
import { InfamilieOfferCard } from '../offer-card/offer-card.ts';
import { availableChoices, controlsFrom, hasChoices, narrow, NO_CHOICES, sortByTitle, type FilterChoices } from './offer-filters.ts';
import { styles } from './offers.styles.ts';

/**
 * The network's offers as a list or grid of cards, chosen by attributes and, when asked for,
 * narrowed by the reader with filter controls.
 *
 * @summary A filterable list of the network's offers for one quarter, category, age or partner.
 *
 * @slot - Fallback content: shown before the script runs and when the feed cannot be loaded.
 *
 * @csspart base - The element's root.
 * @csspart filters - The filter form.
 * @csspart count - The number of offers found.
 * @csspart list - The list of cards.
 * @csspart more - The "show more" button.
 * @csspart empty - The message when nothing matches.
 * @csspart error - The message shown when the feed cannot be loaded.
 *
 * @cssprop --infamilie-color-primary - Brand colour of links, buttons and card edges.
 * @cssprop --infamilie-color-surface - Card background.
 * @cssprop --infamilie-card-min-width - Narrowest card in the grid (default 18em).
 * @cssprop --infamilie-space - Spacing unit.
 *
 * @fires infamilie-select - A reader opened an offer: `{kind: 'offer', id}`.
 * @fires infamilie-load - The feed was read: counts and what was left out.
 * @fires infamilie-error - The feed could not be loaded.
 */
export class InfamilieOffers extends InfamilieElement {
  static override styles = [...InfamilieElement.styles, filterStyles, styles];

  /** Only offers in these quarters (ids, separated by spaces or commas). */
  @property() quarter?: string;
  /** Only offers of these categories (ids). */
  @property() category?: string;
  /** Only offers for this age ("3") or span of ages ("2-4"), in years. */
  @property() age?: string;
  /** Only offers in these languages (BCP 47 tags such as "tr"). */
  @property() language?: string;
  /** Only offers of these partners (ids). */
  @property() partner?: string;
  /** Only offers free of charge. */
  @property({ type: Boolean }) free = false;
  /** How many cards show at first; "show more" adds as many again. */
  @property({ type: Number }) limit = 12;
  /** Filter controls for readers: empty for all, or a list of `category age language free search`. */
  @property() filters?: string;
  /** `grid` (default) or `list`. */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';
  /** Card variant: `full` (default) or `compact`. */
  @property() variant: 'full' | 'compact' = 'full';
  /** Heading level of the card titles (2-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private choices: FilterChoices = NO_CHOICES;
  @state() private shown = 0;
  /**
   * Whether the cards of the first page have all rendered. Until then they are built hidden, one card per
   * task, and the placeholder stays: no long task, and nothing moves while they come.
   */
  @state() private built = false;
  private building?: Promise<void>;

  private results: Offer[] = [];
  private pageOffers: Offer[] = [];
  private focusFrom = -1;

  protected override errorMessage(): string {
    return msg('Die Angebote des Netzwerks INFamilie können gerade nicht angezeigt werden.');
  }

  override feedQuarters(): 'all' | readonly string[] {
    const quarters = idList(this.quarter);
    return quarters.length ? quarters : 'all';
  }

  private get pageQuery(): OfferQuery {
    const list = (value: string | undefined) => {
      const ids = idList(value);
      return ids.length ? ids : undefined;
    };
    return {
      quarter: list(this.quarter),
      category: list(this.category),
      partner: list(this.partner),
      language: list(this.language),
      age: parseAgeAttribute(this.age),
      free: this.free || undefined,
      on: new Date(),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedController.state;
    if (state.status !== 'ready') return;
    this.pageOffers = filterOffers(state.feed, this.pageQuery);
    this.results = sortByTitle(hasChoices(this.choices) ? filterOffers(state.feed, narrow(this.pageQuery, this.choices)) : this.pageOffers, this.contentLang);
    const page = Math.max(1, Math.floor(this.limit) || 12);
    if (changed.has('limit') || this.shown === 0) this.shown = page;
  }

  protected override isBusy(): boolean {
    return super.isBusy() || (this.feedController.state.status === 'ready' && !this.built);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.built && !this.building && this.feedController.state.status === 'ready') {
      const cards = [...this.renderRoot.querySelectorAll<InfamilieOfferCard>('infamilie-offer-card')];
      this.building = Promise.all(cards.map((card) => card.updateComplete)).then(() => {
        this.built = true;
        this.building = undefined;
      });
    }
    if (this.focusFrom >= 0) {
      this.renderRoot.querySelector<HTMLElement>(`li[data-index="${this.focusFrom}"]`)?.focus();
      this.focusFrom = -1;
    }
  }

  /** Done when the cards are shown, not only built (see `built`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.building) return complete;
    await this.building;
    return super.getUpdateComplete();
  }

  /** As many card placeholders as the first page will show (at most 12), so the page below stays put. */
  protected override renderSkeleton(): TemplateResult {
    const count = Math.min(12, Math.max(1, Math.floor(this.limit) || 12));
    return html`${controlsFrom(this.filters).length ? html`<div class="skeleton filters-skeleton"></div>` : nothing}
      <p class="count skeleton count-skeleton"></p>
      <ul class="cards" part="list">
        ${Array.from({ length: count }, () => html`<li><div class="skeleton card-skeleton"></div></li>`)}
      </ul>`;
  }

  protected override renderContent(feed: Feed): TemplateResult {
    const unknown = unknownIds(feed, this.pageQuery);
    const problems = [
      ...unknown.quarter.map((id) => msg(str`Das Quartier „${id}“ ist im Netzwerk nicht bekannt.`)),
      ...unknown.category.map((id) => msg(str`Die Kategorie „${id}“ ist im Netzwerk nicht bekannt.`)),
      ...unknown.partner.map((id) => msg(str`Der Partner „${id}“ ist im Netzwerk nicht bekannt.`)),
    ];
    const controls = controlsFrom(this.filters);
    const visible = this.results.slice(0, this.shown);
    const remaining = this.results.length - visible.length;
    return html`${this.built ? nothing : this.renderSkeleton()}<div class="content" ?hidden=${!this.built}>
      ${controls.length && !problems.length ? this.renderFilters(feed, controls) : nothing}
      <p class="count" part="count" role="status">${problems.length ? '' : msg(str`Gefundene Angebote: ${this.results.length}`)}</p>
      ${problems.length
        ? html`<div class="notice empty" part="empty">${problems.map((problem) => html`<p>${problem}</p>`)}</div>`
        : visible.length
          ? html`<ul class="cards" part="list">
              ${repeat(
                visible,
                (offer) => offer.id,
                (offer, index) => html`<li data-index=${index} tabindex="-1">
                  <infamilie-offer-card
                    .renderInTurn=${!this.built}
                    .offer=${offer}
                    .data=${feed}
                    lang=${this.contentLang}
                    variant=${this.variant}
                    heading-level=${this.headingLevel}
                  ></infamilie-offer-card>
                </li>`,
              )}
            </ul>`
          : html`<div class="notice empty" part="empty">
              <p>${msg('Keine passenden Angebote gefunden.')}</p>
              ${hasChoices(this.choices) ? html`<button class="button" type="button" @click=${this.reset}>${msg('Filter zurücksetzen')}</button>` : nothing}
            </div>`}
      ${remaining > 0
        ? html`<button class="button more" part="more" type="button" @click=${this.showMore}>
            ${msg(str`Weitere Angebote anzeigen (noch ${remaining})`)}
          </button>`
        : nothing}</div
    >`;
  }

  private renderFilters(feed: Feed, controls: string[]): TemplateResult {
    const { categories, languages } = availableChoices(feed, this.pageOffers);
    const choices = this.choices;
    const locale = this.uiLocale;
    const named = languages.map((tag) => ({ tag, name: languageName(tag, locale) })).sort((a, b) => collator(locale).compare(a.name, b.name));
    return filterForm(
      msg('Angebote filtern'),
      html`${controls.includes('search')
        ? html`<label class="field search">
            <span>${msg('Suche')}</span>
            <span class="input-with-icon">${icon('search')}<input type="search" name="text" .value=${choices.text} @input=${this.onInput} autocomplete="off" /></span>
          </label>`
        : nothing}
      ${controls.includes('category') ? categorySelect(categories, choices.category, (name) => this.plain(name), this.onInput) : nothing}
      ${controls.includes('age') ? phaseSelect(choices.phase, this.onInput) : nothing}
      ${controls.includes('language')
        ? html`<label class="field">
            <span>${msg('Sprache')}</span>
            <select name="language" @change=${this.onInput}>
              <option value="" ?selected=${!choices.language}>${msg('Alle Sprachen')}</option>
              ${named.map(({ tag, name }) => html`<option value=${tag} ?selected=${choices.language === tag}>${name}</option>`)}
            </select>
          </label>`
        : nothing}
      ${controls.includes('free')
        ? html`<label class="check"><input type="checkbox" name="free" .checked=${choices.free} @change=${this.onInput} />${msg('Nur kostenlose Angebote')}</label>`
        : nothing}
      ${hasChoices(choices) ? resetButton(() => this.reset()) : nothing}`,
    );
  }

  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const value = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
    this.choices = { ...this.choices, [control.name]: value };
    this.shown = 0;
  }

  private reset(): void {
    this.choices = NO_CHOICES;
    this.shown = 0;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.filters input, .filters select')?.focus());
  }

  private showMore(): void {
    this.focusFrom = this.shown;
    this.shown += Math.max(1, Math.floor(this.limit) || 12);
  }
}

/** The cards inside are part of this element: registering it registers them too. */
export const dependencies = { 'infamilie-offer-card': InfamilieOfferCard };
