import { unknownIds, type Feed } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { InfamilieElement } from '../core/element.ts';
import { emit } from '../core/events.ts';
import { firstDayOfWeek } from '../core/format.ts';
import { icon } from '../core/icons.ts';
import { directionOf } from '../core/locale.ts';
import { filterStyles, requestedControls } from '../core/filters.ts';
import { idList, parseAgeAttribute } from '../core/presentation.ts';
import { calendarOccurrences, nextCalendarOccurrence, occurrenceStartIso, zoneDiffersFromBerlin, type CalendarQuery } from './calendar-data.ts';
import { calendarFilters, CALENDAR_CONTROLS, NO_CALENDAR_CHOICES, narrowCalendar, type CalendarChoices } from './calendar-filters.ts';
import { styles } from './calendar.styles.ts';
import { agendaDays, calendarFormats, dayInstant, emptyNotice, monthGrid, toolbar, type ViewContext } from './calendar-views.ts';
import { dialogContent, icsDownload, type CalendarDialog, type IcsDownload } from './event-details.ts';
import { addMonths, berlinToday, dayStart, firstDayOf, focusDayIn, gridWeeks, isGridKey, lastDayOf, MAX_PER_CELL, monthOfDay, moveDay, parseMonth, sameMonth, summarize, type DayEntry, type MonthId, type RangeSummary } from './month-grid.ts';
import { subscriptionLink } from './subscribe.ts';
import { NarrowController } from './width-controller.ts';


/**
 * The network's events as an agenda (the next days, grouped by day) or a month grid, in Berlin time.
 * Recurring events are expanded; an event over several days shows on each of them; cancelled and
 * postponed events say so in words. Choosing an event opens its details in a dialog, with an .ics
 * download and, given `subscribe`, a link to subscribe to the calendar as filtered.
 *
 * The agenda is the default and what screen readers read best; the month view falls back to it in
 * narrow containers (below about 36em). Keyboard: the month grid is one tab stop; arrows move by day
 * and week, Home/End to the week's start and end, PageUp/PageDown by month (with Shift by year),
 * Enter or Space opens the day.
 *
 * @summary Events of the network as an agenda or a month grid, with details, .ics download and subscription.
 *
 * @slot - Fallback content: shown before the script runs and when the feed cannot be loaded.
 *
 * @csspart base - The element's root.
 * @csspart toolbar - The title and the previous, today and next buttons.
 * @csspart filters - The filter form.
 * @csspart note - The note that times are Berlin times (shown when the visitor's clock differs).
 * @csspart grid - The month grid.
 * @csspart agenda - The list of days (agenda).
 * @csspart empty - The message when nothing matches.
 * @csspart subscribe - The subscription link.
 * @csspart dialog - The dialog with a day's events or an event's details.
 * @csspart actions - The links in the event details (calendar file, registration, contact).
 * @csspart error - The message shown when the feed cannot be loaded.
 *
 * @cssprop --infamilie-color-primary - Brand colour of buttons, links and event marks.
 * @cssprop --infamilie-color-surface - Background of cells and dialog.
 * @cssprop --infamilie-color-subtle - Background of days outside the month and of notes.
 * @cssprop --infamilie-calendar-cell-height - Least height of a month cell (default 7.5em).
 * @cssprop --infamilie-space - Spacing unit.
 *
 * @fires infamilie-select - A reader opened an event: `{kind: 'event', id, occurrence}` (the occurrence's start, ISO).
 * @fires infamilie-load - The feed was read: counts and what was left out.
 * @fires infamilie-error - The feed could not be loaded.
 */
export class InfamilieCalendar extends InfamilieElement {
  static override styles = [...InfamilieElement.styles, filterStyles, styles];

  /** `list` (default): the agenda of the next `days` days; `month`: a month grid (the agenda in narrow containers). */
  @property({ reflect: true }) view: 'list' | 'month' = 'list';
  /** The month to show first, `YYYY-MM` (default: this month); the agenda then starts on its 1st (default: today). */
  @property() month?: string;
  /** How many days the agenda covers (1-366, default 30). */
  @property({ type: Number }) days = 30;
  /** Only events in these quarters (ids, separated by spaces or commas). */
  @property() quarter?: string;
  /** Only events of these categories (ids). */
  @property() category?: string;
  /** Only events of these partners (ids). */
  @property() partner?: string;
  /** Only events for this age ("3") or span of ages ("2-4"), in years. */
  @property() age?: string;
  /** Filter controls for readers: empty for all, or a list of `category age`. */
  @property() filters?: string;
  /**
   * Where the published calendar files are, to offer a subscription: a base URL (`https://cdn.example/feed/ics/`)
   * or a template with `{file}`; the file is `all.ics`, `quarter-<id>.ics`, `category-<id>.ics`, `partner-<id>.ics`,
   * or several joined by `_` (`quarter-<id>_category-<id>.ics`). See subscribe.ts.
   */
  @property() subscribe?: string;
  /** Events shown per month cell before "+N weitere" (default 3). */
  @property({ attribute: 'per-day', type: Number }) perDay = MAX_PER_CELL;
  /** Heading level of the calendar's title (2-6); the agenda's days are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private shownMonth: MonthId = monthOfDay(berlinToday());
  @state() private anchorDay = berlinToday();
  @state() private focusDay = berlinToday();
  @state() private choices: CalendarChoices = NO_CALENDAR_CHOICES;
  @state() private dialog?: CalendarDialog;

  private today = berlinToday();
  private navigated = false;
  private announce = false;
  private liveText = '';
  private focusCell = false;
  private focusDialogTitle = false;
  private trigger?: HTMLElement;
  private download?: IcsDownload & { eventId: string };
  private shown?: RangeSummary;
  private shownFrom?: readonly unknown[];
  private shownKey = '';
  /** Too narrow for seven columns (36em, as the container query in the styles): the month view shows the agenda. */
  private readonly width = new NarrowController(this, 36, () => this.renderRoot?.querySelector('.root'));

  override feedQuarters(): 'all' | readonly string[] {
    const quarters = idList(this.quarter);
    return quarters.length ? quarters : 'all';
  }

  /** The criteria of the page (attributes). */
  private get pageQuery(): CalendarQuery {
    return { quarter: idList(this.quarter), category: idList(this.category), partner: idList(this.partner), age: parseAgeAttribute(this.age) };
  }

  private get query(): CalendarQuery {
    return narrowCalendar(this.pageQuery, this.choices);
  }

  private get isMonth(): boolean {
    return this.view === 'month';
  }

  private get dayCount(): number {
    const days = Math.floor(Number(this.days));
    return Number.isFinite(days) ? Math.min(366, Math.max(1, days)) : 30;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revokeDownload();
    this.dialog = undefined;
    this.trigger = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.today = berlinToday();
    if (!this.navigated || changed.has('month')) {
      const month = parseMonth(this.month);
      this.shownMonth = month ?? monthOfDay(this.today);
      this.anchorDay = month ? firstDayOf(month) : this.today;
      this.focusDay = focusDayIn(this.shownMonth, this.today);
      this.navigated = true;
    }
    const state = this.feedController.state;
    if (this.isMonth && state.status === 'ready') this.width.measureOnce();
    const event = this.dialog?.kind === 'event' ? this.dialog.entry.occurrence.event : undefined;
    if (this.download && this.download.eventId !== event?.id) this.revokeDownload();
    if (event && !this.download && state.status === 'ready') {
      const download = icsDownload(state.feed, event, this.contentLang);
      if (download) this.download = { ...download, eventId: event.id };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (this.dialog && dialog && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
      this.focusDialogTitle = true;
    } else if (!this.dialog && dialog?.open) dialog.close();
    if (this.focusDialogTitle && dialog) {
      this.focusDialogTitle = false;
      dialog.querySelector<HTMLElement>('.dialog-title')?.focus();
    }
    if (this.focusCell) {
      this.focusCell = false;
      this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${this.focusDay}"]`)?.focus();
    }
    this.announce = false;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="toolbar"><div class="skeleton toolbar-skeleton"></div></div>
      <div class="skeleton ${this.isMonth ? 'month-skeleton' : 'list-skeleton'}"></div>`;
  }

  protected override errorMessage(): string {
    return msg('Der Kalender kann gerade nicht angezeigt werden.');
  }

  private context(feed: Feed): ViewContext {
    return {
      feed,
      locale: this.uiLocale,
      formats: calendarFormats(this.uiLocale),
      headingLevel: this.headingLevel,
      today: this.today,
      perDay: Math.max(1, Math.floor(Number(this.perDay)) || MAX_PER_CELL),
      text: (value) => this.text(value),
      plain: (value) => this.plain(value),
    };
  }

  protected override renderContent(feed: Feed): TemplateResult {
    const unknown = unknownIds(feed, this.pageQuery);
    const problems = [
      ...unknown.quarter.map((id) => msg(str`Das Quartier „${id}“ ist im Netzwerk nicht bekannt.`)),
      ...unknown.category.map((id) => msg(str`Die Kategorie „${id}“ ist im Netzwerk nicht bekannt.`)),
      ...unknown.partner.map((id) => msg(str`Der Partner „${id}“ ist im Netzwerk nicht bekannt.`)),
    ];
    if (problems.length) return html`<div class="notice empty" part="empty">${problems.map((problem) => html`<p>${problem}</p>`)}</div>`;

    const context = this.context(feed);
    const month = this.isMonth;
    const weeks = month ? gridWeeks(this.shownMonth, this.weekStart) : [];
    const fromDay = month ? weeks[0][0] : this.anchorDay;
    const toDay = month ? weeks[weeks.length - 1][6] : this.anchorDay + this.dayCount - 1;
    const shown = this.entries(feed, fromDay, toDay, month ? firstDayOf(this.shownMonth) : fromDay, month ? lastDayOf(this.shownMonth) : toDay);
    const title = month
      ? context.formats.month.format(dayInstant(firstDayOf(this.shownMonth) + 14))
      : context.formats.date.formatRange(dayInstant(fromDay), dayInstant(toDay));
    if (this.announce) this.liveText = `${title}, ${msg(str`Termine: ${shown.count}`)}`;
    const rangeFrom = dayStart(month ? firstDayOf(this.shownMonth) : fromDay);
    const rangeTo = dayStart((month ? lastDayOf(this.shownMonth) : toDay) + 1);
    const subscribe = subscriptionLink(feed, this.subscribe, this.query, this.contentLang);

    return html`<div class="calendar ${month ? 'month-view' : 'list-view'}" @click=${this.onClick}>
      ${toolbar(context, { title, month, step: (direction) => this.step(direction), today: () => this.goTo(this.today) })}
      ${this.renderFilters(feed)}
      ${zoneDiffersFromBerlin(rangeFrom, rangeTo) ? html`<p class="tz-note" part="note">${icon('clock')}${msg('Alle Zeiten in deutscher Zeit (Berlin)')}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.liveText}</p>
      ${shown.count ? nothing : emptyNotice(context, month, nextCalendarOccurrence(feed, this.query, rangeTo), (day) => this.goTo(day))}
      ${!month
        ? agendaDays(context, shown.days, shown.byDay, Infinity)
        : this.width.narrow
          ? html`<div class="month-agenda">${agendaDays(context, shown.days, shown.byDay, context.perDay)}</div>`
          : html`<div class="month-grid" @keydown=${this.onGridKeydown}>
              ${monthGrid(context, shown.byDay, { weeks, firstDay: firstDayOf(this.shownMonth), lastDay: lastDayOf(this.shownMonth), weekStart: this.weekStart, focusDay: this.focusDay, titleId: 'calendar-title' })}
            </div>`}
      ${subscribe ? html`<p class="subscribe" part="subscribe"><a class="button" href=${subscribe.url}>${icon('calendar')}${subscribe.label}</a></p>` : nothing}
      <dialog class="dialog" part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose} @click=${this.onBackdropClick}>
        ${this.dialog
          ? dialogContent(context, this.dialog, {
              download: this.download,
              subscribe,
              close: () => this.closeDialog(),
              back: (day) => this.showDay(day.day, day.entries),
            })
          : nothing}
      </dialog>
    </div>`;
  }

  /** The entries of a range, computed again only when the occurrences or the range change. */
  private entries(feed: Feed, fromDay: number, toDay: number, countFrom: number, countTo: number): RangeSummary {
    const list = calendarOccurrences(feed, this.query, dayStart(fromDay), dayStart(toDay + 1));
    const key = `${fromDay}/${toDay}/${countFrom}/${countTo}`;
    if (!this.shown || this.shownFrom !== list || this.shownKey !== key) {
      this.shown = summarize(list, fromDay, toDay, countFrom, countTo);
      this.shownFrom = list;
      this.shownKey = key;
    }
    return this.shown;
  }

  private renderFilters(feed: Feed): TemplateResult | typeof nothing {
    const controls = requestedControls(this.filters, CALENDAR_CONTROLS);
    if (!controls.length) return nothing;
    return calendarFilters({
      feed,
      controls,
      pageQuery: this.pageQuery,
      choices: this.choices,
      label: (value) => this.plain(value),
      onChange: (choices) => {
        this.choices = choices;
        this.announce = true;
      },
    });
  }

  private get weekStart(): number {
    return firstDayOfWeek(this.contentLang);
  }

  private step(direction: -1 | 1): void {
    if (this.isMonth) {
      this.shownMonth = addMonths(this.shownMonth, direction);
      this.focusDay = focusDayIn(this.shownMonth, this.today);
    } else this.anchorDay += direction * this.dayCount;
    this.announce = true;
  }

  private goTo(day: number): void {
    this.shownMonth = monthOfDay(day);
    this.focusDay = day;
    this.anchorDay = day;
    this.announce = true;
  }

  /** Moves the grid's focus to a day, turning the month when the day lies outside it. */
  private moveFocus(day: number): void {
    const month = monthOfDay(day);
    if (!sameMonth(month, this.shownMonth)) {
      this.shownMonth = month;
      this.announce = true;
    }
    this.focusDay = day;
    this.focusCell = true;
  }

  private readonly onGridKeydown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[role="gridcell"]');
    if (!cell || !this.isMonth) return;
    const day = Number(cell.dataset.day);
    if (isGridKey(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.moveFocus(moveDay(day, event.key, { weekStart: this.weekStart, rtl: directionOf(this.uiLocale) === 'rtl', shift: event.shiftKey }));
    } else if ((event.key === 'Enter' || event.key === ' ') && target === cell) {
      event.preventDefault();
      this.openDay(day, cell);
    }
  };

  private onClick(event: MouseEvent): void {
    const target = event.target as HTMLElement;
    const inDialog = !!target.closest('dialog');
    const source = inDialog && this.dialog?.kind === 'day' ? this.dialog.entries : undefined;
    const chosen = target.closest<HTMLElement>('[data-occurrence]');
    if (chosen) {
      const day = Number(chosen.dataset.day);
      const entries = source ?? this.shown?.byDay.get(day) ?? [];
      const entry = entries.find((candidate) => candidate.occurrence.id === chosen.dataset.occurrence && candidate.day === day);
      if (entry) this.openEntry(entry, inDialog ? undefined : chosen, source ? { day, entries: source } : undefined);
      return;
    }
    const more = target.closest<HTMLElement>('[data-more]');
    if (more) return this.openDay(Number(more.dataset.more), more);
    const cell = target.closest<HTMLElement>('[role="gridcell"]');
    if (cell) {
      this.focusDay = Number(cell.dataset.day);
      if (this.shown?.byDay.has(this.focusDay)) this.openDay(this.focusDay, cell);
    }
  }

  /** A day's events: the only one's details, or the day's list; nothing for a day without events. */
  private openDay(day: number, trigger: HTMLElement): void {
    const entries = this.shown?.byDay.get(day) ?? [];
    this.focusDay = day;
    if (!entries.length) return;
    if (entries.length === 1) return this.openEntry(entries[0], trigger);
    this.trigger ??= trigger;
    this.showDay(day, entries);
  }

  private showDay(day: number, entries: DayEntry[]): void {
    this.dialog = { kind: 'day', day, entries };
    this.focusDialogTitle = true;
  }

  private openEntry(entry: DayEntry, trigger?: HTMLElement, day?: { day: number; entries: DayEntry[] }): void {
    if (trigger) this.trigger ??= trigger;
    this.dialog = { kind: 'event', entry, day };
    this.focusDialogTitle = true;
    emit(this, 'infamilie-select', { kind: 'event', id: entry.occurrence.event.id, occurrence: occurrenceStartIso(entry.occurrence) });
  }

  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onBackdropClick(event: MouseEvent): void {
    // A click on the dialog element itself, outside its box, is a click on the backdrop.
    const dialog = event.currentTarget as HTMLDialogElement;
    const box = dialog.getBoundingClientRect();
    const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
    if (event.target === dialog && outside && event.detail > 0) this.closeDialog();
  }

  private async onDialogClose(): Promise<void> {
    const trigger = this.trigger;
    this.trigger = undefined;
    this.dialog = undefined;
    await this.updateComplete;
    if (trigger?.isConnected) trigger.focus();
    else if (this.isMonth) this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${this.focusDay}"]`)?.focus();
  }

  private revokeDownload(): void {
    if (this.download) URL.revokeObjectURL(this.download.url);
    this.download = undefined;
  }
}
