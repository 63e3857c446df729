/**
 * Subscription links: where the published iCalendar file of a filtered calendar lives.
 *
 * The coordination office publishes one `.ics` file per criterion (`pnpm feed ics --quarter ID`) next
 * to the feed. The `subscribe` attribute says where: either a base URL, to which the file name is
 * appended (`https://cdn.example/feed/ics/` gives `https://cdn.example/feed/ics/all.ics`), or a
 * template with `{file}` where the file name goes (`https://cdn.example/ics/{file}?v=2`). Relative
 * URLs are read against the page. File names:
 *   - `all.ics`: no criterion;
 *   - `quarter-<id>.ics`, `category-<id>.ics`, `partner-<id>.ics`: one criterion;
 *   - `quarter-<id>_category-<id>.ics`: several criteria, in the order quarter, category, partner,
 *     joined by `_` (which ids never contain).
 * A criterion with several ids has no file (there is none per combination): then there is no link.
 * Ages are not part of the files; the link's text names what the file holds.
 */
import { localize, type Feed } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { displayText } from '../core/presentation.ts';
import type { CalendarQuery } from './calendar-data.ts';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The file name for a calendar's criteria, or undefined when no published file matches them. */
export function subscriptionFile(query: Pick<CalendarQuery, 'quarter' | 'category' | 'partner'>): string | undefined {
  const parts: string[] = [];
  for (const kind of ['quarter', 'category', 'partner'] as const) {
    const ids = query[kind] ?? [];
    if (ids.length > 1 || ids.some((id) => !ID.test(id))) return undefined;
    if (ids.length) parts.push(`${kind}-${ids[0]}`);
  }
  return `${parts.length ? parts.join('_') : 'all'}.ics`;
}

/** The subscription URL (http or https only), or undefined when there is none. */
export function subscriptionUrl(
  attribute: string | null | undefined,
  query: Pick<CalendarQuery, 'quarter' | 'category' | 'partner'>,
  base: string = globalThis.document?.baseURI ?? 'https://invalid.example/',
): string | undefined {
  const template = attribute?.trim();
  const file = subscriptionFile(query);
  if (!template || !file) return undefined;
  const href = template.includes('{file}') ? template.replaceAll('{file}', file) : `${template.endsWith('/') ? template : `${template}/`}${file}`;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The link to subscribe to a calendar, its text naming what it holds ("Kalender abonnieren: Brunnenstraßenviertel"). */
export function subscriptionLink(feed: Feed, attribute: string | null | undefined, query: CalendarQuery, lang: string): { url: string; label: string } | undefined {
  const url = subscriptionUrl(attribute, query);
  if (!url) return undefined;
  const lists = { quarter: feed.quarters, category: feed.categories, partner: feed.partners };
  const scope = (['quarter', 'category', 'partner'] as const)
    .flatMap((kind) => (query[kind] ?? []).map((id) => lists[kind].find((item) => item.id === id)?.name))
    .filter((name) => name)
    .map((name) => displayText(localize(name, lang)));
  return { url, label: msg(str`Kalender abonnieren: ${scope.length ? scope.join(', ') : displayText(localize(feed.network.name, lang))}`) };
}
