/**
 * What `<infamilie-offers>` shows: the page's fixed criteria (attributes) narrowed by the reader's
 * choices in the filter controls. Pure, so it is tested without a browser.
 */
import { localize, type Category, type Feed, type Offer, type OfferQuery } from '@infamilie/feed';
import { lifePhase, requestedControls } from '../core/filters.ts';
import { collator } from '../core/format.ts';


export const FILTER_CONTROLS = ['category', 'age', 'language', 'free', 'search'] as const;
export type FilterControl = (typeof FILTER_CONTROLS)[number];

/** The reader's choices; empty strings mean "any". */
export interface FilterChoices {
  category: string;
  phase: string;
  language: string;
  free: boolean;
  text: string;
}

export const NO_CHOICES: FilterChoices = { category: '', phase: '', language: '', free: false, text: '' };

export function hasChoices(choices: FilterChoices): boolean {
  return !!(choices.category || choices.phase || choices.language || choices.free || choices.text.trim());
}

/** Which controls a `filters` attribute asks for: present but empty means all of them. */
export function controlsFrom(attribute: string | null | undefined): FilterControl[] {
  return requestedControls(attribute, FILTER_CONTROLS);
}

/** The reader's choices applied on top of the page's criteria. */
export function narrow(base: OfferQuery, choices: FilterChoices): OfferQuery {
  const phase = lifePhase(choices.phase);
  return {
    ...base,
    ...(choices.category ? { category: choices.category } : {}),
    ...(phase ? { age: { min: phase.min, max: phase.max } } : {}),
    ...(choices.language ? { language: choices.language } : {}),
    ...(choices.free ? { free: true } : {}),
    ...(choices.text.trim() ? { text: choices.text } : {}),
  };
}

/** The offers in the reader's language order. */
export function sortByTitle(offers: readonly Offer[], lang: string): Offer[] {
  const { compare } = collator(lang);
  return offers
    .map((offer) => ({ offer, key: localize(offer.title, lang) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ offer }) => offer);
}

/** The choices worth offering: only categories and languages that the page's offers have. */
export function availableChoices(feed: Feed, offers: readonly Offer[]): { categories: Category[]; languages: string[] } {
  const categoryIds = new Set(offers.map((o) => o.category).filter(Boolean));
  const languages = new Set<string>();
  for (const offer of offers) for (const tag of offer.languages ?? []) languages.add(tag.split('-')[0].toLowerCase());
  return { categories: feed.categories.filter((c) => categoryIds.has(c.id)), languages: [...languages] };
}
