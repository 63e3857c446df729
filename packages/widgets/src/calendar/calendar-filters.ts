/**
 * The calendar's filter controls: a category and a life phase, narrowing the page's criteria
 * (attributes). The life phases and the `filters` attribute's reading are shared with the offers
 * (core/filters.ts); the option texts are the same messages as theirs.
 */
import type { Feed, LocalizedText } from '@infamilie/feed';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { categorySelect, filterForm, lifePhase, phaseSelect, resetButton } from '../core/filters.ts';
import { calendarEvents, type CalendarQuery } from './calendar-data.ts';

export const CALENDAR_CONTROLS = ['category', 'age'] as const;
export type CalendarControl = (typeof CALENDAR_CONTROLS)[number];

/** The reader's choices; empty strings mean "any". */
export interface CalendarChoices {
  category: string;
  phase: string;
}

export const NO_CALENDAR_CHOICES: CalendarChoices = { category: '', phase: '' };

/** The reader's choices applied on top of the page's criteria. */
export function narrowCalendar(base: CalendarQuery, choices: CalendarChoices): CalendarQuery {
  const phase = lifePhase(choices.phase);
  return {
    ...base,
    ...(choices.category ? { category: [choices.category] } : {}),
    ...(phase ? { age: { min: phase.min, max: phase.max } } : {}),
  };
}

export interface FilterOptions {
  feed: Feed;
  controls: readonly CalendarControl[];
  pageQuery: CalendarQuery;
  choices: CalendarChoices;
  label(value: LocalizedText | undefined): string;
  onChange(choices: CalendarChoices): void;
}

export function calendarFilters(options: FilterOptions): TemplateResult {
  const { feed, controls, choices, onChange } = options;
  // Only categories that the page's events have: a choice that can only end empty is no choice.
  const used = new Set(calendarEvents(feed, options.pageQuery).map((event) => event.category));
  const categories = feed.categories.filter((category) => used.has(category.id));
  const change = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    onChange({ ...choices, [select.name]: select.value });
  };
  const chosen = !!(choices.category || choices.phase);
  return filterForm(
    msg('Termine filtern'),
    html`${controls.includes('category') ? categorySelect(categories, choices.category, options.label, change) : nothing}
    ${controls.includes('age') ? phaseSelect(choices.phase, change) : nothing} ${chosen ? resetButton(() => onChange(NO_CALENDAR_CHOICES)) : nothing}`,
  );
}
