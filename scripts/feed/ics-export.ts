/**
 * `ics`: the feed's events, filtered by quarter, category or partner, as an iCalendar file that
 * calendar apps subscribe to or import. The calendar itself comes from packages/feed (ics.ts).
 */
import { eventsToICalendar, filterEvents, localize, unknownIds, type ItemQuery } from '@infamilie/feed';
import type { Finding } from './messages.ts';
import { validateSource } from './validate.ts';
import { InputError } from './input.ts';

export interface CalendarExportOptions {
  quarter?: string;
  category?: string;
  partner?: string;
  lang?: string;
  name?: string;
  timeout?: number;
}

export interface CalendarExport {
  text: string;
  count: number;
  /** Said on stderr: problems of the feed, unknown filters. */
  notes: Finding[];
  /** A filter names an id the feed does not have. */
  unknown: boolean;
}

export async function exportCalendar(source: string, options: CalendarExportOptions): Promise<CalendarExport> {
  const validation = await validateSource(source, { timeout: options.timeout });
  const feed = validation.feed;
  if (!feed) throw new InputError(`${validation.index.name}: this is not a feed that can be read; run "pnpm feed validate ${source}" to see why.`);
  const notes: Finding[] = [];
  const note = (severity: Finding['severity'], message: string) => notes.push({ severity, code: 'ics', file: validation.index.name, path: [], where: '', message });
  const errors = validation.findings.filter((f) => f.severity === 'error').length;
  if (errors) note('warning', `the feed has ${errors} error${errors === 1 ? '' : 's'}; events that readers leave out are missing from the calendar. Run "pnpm feed validate ${source}"`);
  const query: ItemQuery = {
    ...(options.quarter ? { quarter: options.quarter } : {}),
    ...(options.category ? { category: options.category } : {}),
    ...(options.partner ? { partner: options.partner } : {}),
  };
  const missing = unknownIds(feed, query);
  let unknown = false;
  for (const [kind, ids] of Object.entries(missing) as Array<[keyof typeof missing, string[]]>) {
    if (!ids.length) continue;
    unknown = true;
    const known = (kind === 'quarter' ? feed.quarters : kind === 'category' ? feed.categories : feed.partners).map((item) => item.id);
    note('error', `--${kind} "${ids.join(', ')}" is not in the feed. Known: ${known.join(', ') || '(none)'}`);
  }
  const events = filterEvents(feed, query);
  const lang = options.lang ?? 'de';
  const scope = [
    options.quarter && feed.quarters.find((q) => q.id === options.quarter),
    options.category && feed.categories.find((c) => c.id === options.category),
    options.partner && feed.partners.find((p) => p.id === options.partner),
  ]
    .filter((item): item is NonNullable<typeof item> & { name: Parameters<typeof localize>[0] } => !!item)
    .map((item) => localize(item.name, lang));
  const name = options.name ?? [localize(feed.network.name, lang), ...scope].join(': ');
  return { text: eventsToICalendar(feed, events, { name, lang }), count: events.length, notes, unknown };
}
