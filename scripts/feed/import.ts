/**
 * `import`: builds the feed from the office's spreadsheets (partners, offers, events), on top of a
 * base index whose network, categories and quarters are kept. Bad rows are reported with their row
 * number and column and skipped; the result is validated like `validate` does, and written only when
 * valid, atomically, so that an existing feed is never replaced by a broken one.
 */
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { eventSchema, offerSchema, partnerSchema, parseFeed, type Feed } from '@infamilie/feed';
import { EVENT_COLUMNS, OFFER_COLUMNS, PARTNER_COLUMNS } from './columns.ts';
import { readCsv, type CsvTable } from './csv.ts';
import { InputError, readInput } from './input.ts';
import { isRecord, plural, type Finding } from './messages.ts';
import { buildEvent, buildOffer, buildPartner, formatBerlinDateTime, type ImportContext, type RowResult } from './import-rows.ts';
import { parseJsonOrThrow, validateText } from './validate.ts';

export interface ImportOptions {
  partners?: string;
  offers?: string;
  events?: string;
  out: string;
  base?: string;
  timeout?: number;
  /** Check everything, write nothing. */
  dryRun?: boolean;
  /** For `generated`; default now. */
  now?: Date;
}

export interface ImportResult {
  findings: Finding[];
  written: boolean;
  /** One line for the office: what was written, or why nothing was. */
  summary: string;
  counts: { partners: number; offers: number; events: number };
  skipped: { partners: number; offers: number; events: number };
}

const DEFAULT_NETWORK = { id: 'infamilie', name: { de: 'Netzwerk INFamilie' } };

export async function importFeed(options: ImportOptions): Promise<ImportResult> {
  if (!options.partners && !options.offers && !options.events) throw new InputError('import: give at least one of --partners, --offers, --events (CSV files).');
  const findings: Finding[] = [];
  const base = options.base ? await readBase(options.base, options.timeout, findings) : undefined;
  if (!base) {
    findings.push({ severity: 'warning', code: 'no-base', file: options.out, path: [], where: '', message: 'no --base given: the feed gets a minimal network entry and no categories or quarters, so references to them cannot be checked and partners are not placed in quarters' });
  }
  await checkOutputFolder(options.out);

  const tables = {
    partners: options.partners ? await readCsv(options.partners, PARTNER_COLUMNS, options) : undefined,
    offers: options.offers ? await readCsv(options.offers, OFFER_COLUMNS, options) : undefined,
    events: options.events ? await readCsv(options.events, EVENT_COLUMNS, options) : undefined,
  };
  for (const table of Object.values(tables)) if (table) findings.push(...table.findings);

  const context: ImportContext = {
    categories: base?.feed.categories ?? [],
    quarters: base?.feed.quarters ?? [],
    partners: new Map(),
    skippedPartners: new Set(),
    hasBase: !!base,
  };
  const counts = { partners: 0, offers: 0, events: 0 };
  const skipped = { partners: 0, offers: 0, events: 0 };
  const partners = runRows(tables.partners, partnerSchema, buildPartner, context, findings, 'partners', counts, skipped);
  for (const partner of partners) context.partners.set(partner.id as string, partner);
  const offers = runRows(tables.offers, offerSchema, buildOffer, context, findings, 'offers', counts, skipped);
  const events = runRows(tables.events, eventSchema, buildEvent, context, findings, 'events', counts, skipped);

  const now = options.now ?? new Date();
  const document = {
    ...(typeof base?.raw.$schema === 'string' ? { $schema: base.raw.$schema } : {}),
    version: 1,
    generated: formatBerlinDateTime(now.getTime()),
    network: base?.raw.network ?? DEFAULT_NETWORK,
    categories: Array.isArray(base?.raw.categories) ? base.raw.categories : [],
    quarters: Array.isArray(base?.raw.quarters) ? base.raw.quarters.map(withoutPart) : [],
    partners,
    offers,
    events,
  };
  const text = JSON.stringify(document, null, 2) + '\n';

  const fatalTables = Object.values(tables).filter((t): t is CsvTable => !!t?.fatal);
  const emptied = (['partners', 'offers', 'events'] as const).filter((kind) => tables[kind] && tables[kind]!.rows.length > 0 && counts[kind] === 0);
  const result = (written: boolean, summary: string): ImportResult => ({ findings, written, summary, counts, skipped });
  const unchanged = `${options.out} is unchanged.`;
  if (fatalTables.length) return result(false, `Nothing written: ${fatalTables.map((t) => t.file).join(', ')} cannot be imported (see above). ${unchanged}`);
  if (emptied.length) return result(false, `Nothing written: not one row of ${emptied.map((k) => tables[k]!.file).join(', ')} could be imported (see above). ${unchanged}`);

  const outName = `${options.out} (as it would be written)`;
  const check = await validateText(text, outName);
  const errors = check.findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    findings.push(...errors);
    return result(false, `Nothing written: the new feed would not be valid (${errors.length} error${errors.length === 1 ? '' : 's'} above${base ? `, e.g. in what --base ${options.base} contributes` : ''}). ${unchanged}`);
  }
  const what = `${plural(counts.partners, 'partner')}, ${plural(counts.offers, 'offer')}, ${plural(counts.events, 'event')}`;
  const skippedTotal = skipped.partners + skipped.offers + skipped.events;
  const skippedNote = skippedTotal ? ` ${skippedTotal} row${skippedTotal === 1 ? ' was' : 's were'} skipped: fix ${skippedTotal === 1 ? 'it' : 'them'} and import again.` : '';
  if (options.dryRun) return result(false, `Check only (--dry-run): the feed would hold ${what}.${skippedNote} Nothing written.`);
  await writeAtomically(options.out, text);
  return result(true, `Written: ${options.out} with ${what}.${skippedNote}`);
}

function runRows(
  table: CsvTable | undefined,
  schema: { safeParse(value: unknown): unknown },
  build: (row: CsvTable['rows'][number], context: ImportContext) => RowResult,
  context: ImportContext,
  findings: Finding[],
  kind: 'partners' | 'offers' | 'events',
  counts: Record<string, number>,
  skipped: Record<string, number>,
): Array<Record<string, unknown>> {
  if (!table || table.fatal) return [];
  const items: Array<Record<string, unknown>> = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const built = build(row, context);
    built.check(schema);
    const id = typeof built.item.id === 'string' ? built.item.id : undefined;
    if (id && seen.has(id)) built.error('id', `the id "${id}" is already used in row ${seen.get(id)}: give each row its own id`);
    // A skipped row's notes ("imported, but ...") would only confuse: its errors say it all.
    for (const problem of built.problems) if (!built.failed || problem.severity === 'error') findings.push({ ...problem, file: table.file });
    if (built.failed) {
      skipped[kind]++;
      if (kind === 'partners' && id) context.skippedPartners.add(id);
      continue;
    }
    if (id) seen.set(id, row.number);
    items.push(built.item);
    counts[kind]++;
  }
  return items;
}

interface Base {
  raw: Record<string, unknown>;
  feed: Feed;
}

async function readBase(source: string, timeout: number | undefined, findings: Finding[]): Promise<Base> {
  const input = await readInput(source, { timeout });
  const json = parseJsonOrThrow(input.text, input.name);
  if (!isRecord(json.value)) throw new InputError(`${input.name}: the base is not a feed (it is not a JSON object).`);
  let feed: Feed;
  try {
    feed = parseFeed(json.value).feed;
  } catch (error) {
    throw new InputError(`${input.name}: the base is not a feed: ${(error as Error).message}`);
  }
  if (feed.quarters.some((q) => q.feed)) {
    findings.push({
      severity: 'warning',
      code: 'split-base',
      file: input.name,
      path: [],
      where: '',
      message: 'the base is split into quarter parts; the new feed is one document with all offers and events, and its quarters no longer point to parts',
    });
  }
  return { raw: json.value, feed };
}

function withoutPart(quarter: unknown): unknown {
  if (!isRecord(quarter) || !('feed' in quarter)) return quarter;
  const { feed: _feed, ...rest } = quarter;
  return rest;
}

async function checkOutputFolder(out: string): Promise<void> {
  const folder = dirname(out);
  try {
    if (!(await stat(folder)).isDirectory()) throw new InputError(`--out ${out}: ${folder} is not a folder.`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`--out ${out}: the folder ${folder} does not exist. Create it first or choose another path.`);
  }
  try {
    if ((await stat(out)).isDirectory()) throw new InputError(`--out ${out}: this is a folder; give a file name such as ${join(out, 'feed.json')}.`);
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
}

/** Write beside the target, then rename: readers see the old file or the new one, never half of one. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw new InputError(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). The old file is unchanged.`);
  }
}
