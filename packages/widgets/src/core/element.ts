/**
 * The base of every INFamilie element: feed, language, theme, and the loading and error states.
 * Elements extend it and implement `renderContent` (and a `renderSkeleton` of their final size).
 */
import { pickText, type Feed, type FeedError, type LocalizedText } from '@infamilie/feed';
import { msg } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NETWORK_PAGE_URL } from './config.ts';
import { cssProperties } from './css-properties.ts';
import { FeedController } from './feed-controller.ts';
import { prepareFormats } from './format.ts';
import { icon } from './icons.ts';
import { directionOf, isLocaleLoaded, loadLocale, onLanguageChange, resolveLanguage, uiLocaleFor, withLocale, type UiLocale } from './locale.ts';
import { displayText } from './presentation.ts';
import { baseStyles } from './styles.ts';
import { themeProperties } from './theme.ts';
import { inTurn } from './turns.ts';

export abstract class InfamilieElement extends LitElement {
  static override styles = [baseStyles];

  /** URL of the feed. Default: the page's `<meta name="infamilie-feed">`, else the network's published feed. */
  @property() feed?: string;

  /** A parsed feed to show instead of loading one (for elements inside other elements, and for tests). */
  @property({ attribute: false }) data?: Feed;

  /**
   * Seconds to wait for the feed before saying it cannot be shown (default 8); more for slow networks.
   * Elements that share a feed share its request: the first of them to ask sets how long it may take.
   */
  @property({ type: Number }) timeout?: number;

  /**
   * `lazy`: the element shows its content when a reader scrolls near it (a screen ahead), not while the
   * page loads; for elements far down a page, so that a phone draws the first screen sooner. It keeps its
   * placeholder until then, and fires `infamilie-load` then. Default `eager`.
   */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** The language to show; default: the nearest `lang` attribute of an ancestor, else the page's, else German. */
  @property({ reflect: true }) override lang!: string;

  /**
   * Set by an element that builds many of these at once (the cards of a list) before they first render:
   * each card's first render then waits for a task of its own, so that the list is not one long task.
   * @internal
   */
  renderInTurn = false;

  protected readonly feedController = new FeedController(this);

  /** The reader's language (a BCP 47 tag) and the interface language that serves it. */
  protected contentLang = 'de';
  protected uiLocale: UiLocale = 'de';
  private stopListening?: () => void;

  /** Which quarter parts of a split feed this element needs (default: all). */
  feedQuarters(): 'all' | 'none' | readonly string[] {
    return 'all';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onLanguageChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !this.renderInTurn) return super.scheduleUpdate();
    return new Promise<void>((resolve) => inTurn(resolve)).then(() => super.scheduleUpdate());
  }

  /** Whether the element is still getting its content ready (the root's `aria-busy`). */
  protected isBusy(): boolean {
    return this.feedController.state.status === 'loading';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.contentLang = resolveLanguage(this);
    this.uiLocale = uiLocaleFor(this.contentLang);
    if (!isLocaleLoaded(this.uiLocale)) loadLocale(this.uiLocale).then(() => this.requestUpdate());
    if (this.feedController.state.status === 'loading') prepareFormats(this.uiLocale);
  }

  /** Renders with `msg()` answering in this element's language. */
  protected override update(changed: PropertyValues<this>): void {
    withLocale(this.uiLocale, () => super.update(changed));
  }

  protected override render(): TemplateResult {
    const state = this.feedController.state;
    const ready = state.status === 'ready' && isLocaleLoaded(this.uiLocale);
    return html`<div
      class="root"
      part="base"
      lang=${this.uiLocale}
      dir=${directionOf(this.uiLocale)}
      ${cssProperties(state.status === 'ready' ? themeProperties(state.feed.network) : {})}
      aria-busy=${this.isBusy() ? 'true' : 'false'}
    >
      ${state.status === 'error'
        ? this.renderError(state.error)
        : ready
          ? this.safely(() => this.renderContent(state.feed))
          : html`<span class="visually-hidden" role="status">${msg('Wird geladen …')}</span>${this.renderSkeleton()}`}
    </div>`;
  }

  /** The element's content once the feed is there. */
  protected abstract renderContent(feed: Feed): unknown;

  /** A placeholder of the content's final size, so nothing jumps when the feed arrives. */
  protected renderSkeleton(): unknown {
    return html`<div class="skeleton block"></div>`;
  }

  /** What the element says when its feed cannot be loaded. */
  protected errorMessage(): string {
    return msg('Die Inhalte des Netzwerks INFamilie können gerade nicht angezeigt werden.');
  }

  /** The feed could not be loaded: a short message, a way to try again, and the page's fallback content. */
  protected renderError(error: FeedError): TemplateResult {
    return html`<div class="notice error" part="error" role="alert" data-kind=${error.kind}>
      <p>${this.errorMessage()}</p>
      <p class="error-actions">
        <button class="button" type="button" @click=${() => this.feedController.retry()}>${msg('Erneut versuchen')}</button>
        <a class="button" href=${NETWORK_PAGE_URL}>${icon('link')}${msg('Zur Seite des Netzwerks')}</a>
      </p>
      <slot></slot>
    </div>`;
  }

  /**
   * Data no test foresaw must not throw into the host page: the element says it cannot show this,
   * the console says why, and the rest of the page goes on.
   */
  private safely(render: () => unknown): unknown {
    try {
      return render();
    } catch (error) {
      console.warn(`INFamilie widgets: <${this.localName}> could not show its content: ${(error as Error)?.message ?? error}`);
      return html`<div class="notice" part="error" role="status">${this.errorMessage()}</div>`;
    }
  }

  /**
   * Feed text in the reader's language; when it falls back to another language, the text is marked
   * with that language so screen readers pronounce it right.
   */
  protected text(value: LocalizedText | undefined): TemplateResult | typeof nothing {
    const picked = pickText(value, this.contentLang);
    if (!picked) return nothing;
    const text = displayText(picked.text);
    return picked.lang === this.uiLocale ? html`${text}` : html`<span lang=${picked.lang}>${text}</span>`;
  }

  /** Feed text as a plain string (for attributes such as `aria-label`). */
  protected plain(value: LocalizedText | undefined): string {
    return displayText(pickText(value, this.contentLang)?.text ?? '');
  }
}
