/**
 * Publishes a feed into `<cdn>/feed/`: the index as feed.json, its quarter parts and base map at the
 * same relative paths, feed.schema.json, and iCalendar files (all events, per quarter, per category).
 *
 * The office's tools do the work: the feed is checked exactly as `pnpm feed validate` checks it, and
 * the calendars are what `pnpm feed ics` writes (same functions, same names; a test compares them),
 * from the one validated reading: `exportCalendar` would read and check the feed again for each file.
 *
 * Calendar files are named as <infamilie-calendar subscribe> links to them: all.ics, quarter-<id>.ics,
 * category-<id>.ics, partner-<id>.ics, and quarter-<id>_category-<id>.ics for the combinations.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { eventsToICalendar, filterEvents, localize, type Feed, type ItemQuery } from '@infamilie/feed';
import { isUrl, readInput, resolveBeside } from '../feed/input.ts';
import { feedJsonSchemaText } from '../feed/json-schema.ts';
import { countBySeverity, formatFinding, severityCounts, sortFindings } from '../feed/messages.ts';
import { describeCounts, validateSource } from '../feed/validate.ts';

/** A feed that must not be published; the message is the validator's, line by line. */
export class FeedRejected extends Error {}

export interface PublishedFeed {
  summary: string;
  files: string[];
  warnings: number;
}

/** Checks the feed; on any error throws `FeedRejected` before anything is written. */
export async function checkFeed(source: string): Promise<Awaited<ReturnType<typeof validateSource>>> {
  const result = await validateSource(source);
  const findings = sortFindings(result.findings);
  const counts = countBySeverity(findings);
  if (counts.error || !result.feed) {
    const lines = findings.filter((finding) => finding.severity === 'error').map(formatFinding);
    throw new FeedRejected(
      [...lines, `NOT VALID  ${result.index.name}: ${severityCounts(counts)}. Fix the errors above (pnpm feed validate ${source}), then build again.`].join('\n'),
    );
  }
  return result;
}

export async function publishFeed(source: string, outDir: string): Promise<PublishedFeed> {
  const validation = await checkFeed(source);
  const feed = validation.feed!;
  const files: string[] = [];
  const write = async (relative: string, contents: string | Uint8Array) => {
    const path = `${outDir}/${relative}`;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, contents);
    files.push(relative);
  };

  // The index is always feed.json: the bundles look for `../../feed/feed.json` beside themselves.
  await write('feed.json', (await readInput(source)).text);
  for (const quarter of feed.quarters) {
    if (!quarter.feed) continue;
    if (isUrl(quarter.feed)) continue; // published elsewhere already
    await write(safeRelative(quarter.feed), (await readInput(resolveBeside(source, quarter.feed))).text);
  }
  const basemap = feed.network.basemap?.url;
  if (basemap && !isUrl(basemap)) await write(safeRelative(basemap), (await readInput(resolveBeside(source, basemap))).text);
  await write('feed.schema.json', await feedJsonSchemaText());

  for (const [file, query] of calendarFiles(feed)) await write(`ics/${file}`, calendarText(feed, query));

  return { summary: describeCounts(validation), files, warnings: countBySeverity(validation.findings).warning };
}

/** Every calendar file and its criteria. */
export function calendarFiles(feed: Feed): Array<[string, ItemQuery]> {
  return [
    ['all.ics', {}],
    ...feed.quarters.map((q): [string, ItemQuery] => [`quarter-${q.id}.ics`, { quarter: q.id }]),
    ...feed.categories.map((c): [string, ItemQuery] => [`category-${c.id}.ics`, { category: c.id }]),
    ...feed.partners.map((p): [string, ItemQuery] => [`partner-${p.id}.ics`, { partner: p.id }]),
    ...feed.quarters.flatMap((q) => feed.categories.map((c): [string, ItemQuery] => [`quarter-${q.id}_category-${c.id}.ics`, { quarter: q.id, category: c.id }])),
  ];
}

/** As `exportCalendar` of scripts/feed/ics-export.ts writes it: German, named after the network and the criteria. */
export function calendarText(feed: Feed, query: ItemQuery): string {
  const scope = [
    query.quarter && feed.quarters.find((q) => q.id === query.quarter),
    query.category && feed.categories.find((c) => c.id === query.category),
    query.partner && feed.partners.find((p) => p.id === query.partner),
  ]
    .filter((item): item is NonNullable<typeof item> & { name: Parameters<typeof localize>[0] } => !!item)
    .map((item) => localize(item.name, 'de'));
  const name = [localize(feed.network.name, 'de'), ...scope].join(': ');
  return eventsToICalendar(feed, filterEvents(feed, query), { name, lang: 'de' });
}

/** A feed's relative reference as a path inside the feed folder; `../` would publish outside it. */
function safeRelative(ref: string): string {
  const path = ref.replace(/^\.\//, '');
  if (path.startsWith('/') || path.split('/').includes('..')) throw new FeedRejected(`"${ref}" points outside the feed's folder; publish it beside the feed or give a full https:// address.`);
  return path;
}
