/**
 * The tolerant reader: accepts what it can, drops what it must, and says what it dropped.
 *
 * A document fails whole only when it is not a feed (not JSON, no `version`, another major version,
 * no usable `network`). Every other problem costs one item (an offer without a title) or one field
 * (a `javascript:` link, a broken outline) and is reported with the item's id and a JSON path.
 */
import {
  DROPPABLE_FIELDS,
  FORMAT_VERSION,
  ITEM_SCHEMAS,
  isoDateTime,
  networkSchema,
  type Feed,
  type FeedEvent,
  type ItemCollection,
  type Network,
  type Offer,
} from './schema.ts';
import { FeedError } from './errors.ts';
import { allAtOnce, inSlices } from './tasks.ts';
import { dropImplausiblePositions } from './geometry.ts';

export type ItemKind = 'network' | 'category' | 'quarter' | 'partner' | 'offer' | 'event';

/** One thing the reader left out, and why. */
export interface DroppedItem {
  /** What kind of item the problem was in. */
  kind: ItemKind;
  /** The item's id, when it had a readable one. */
  id?: string;
  /** Where the problem is, as a JSON path into the document: `$.offers[3].registration.url`. */
  path: string;
  /** What is wrong, in words an editor can act on. */
  message: string;
  /** `item`: the whole item was left out; `field`: only the field at `path` was. */
  dropped: 'item' | 'field';
  /** The document the problem is in, for split feeds (the part's URL); absent for the index. */
  source?: string;
}

export interface ParseResult {
  feed: Feed;
  dropped: DroppedItem[];
}

export interface FeedPart {
  offers: Offer[];
  events: FeedEvent[];
}

export interface ParsePartResult {
  part: FeedPart;
  dropped: DroppedItem[];
}

const KIND_OF: Record<ItemCollection, ItemKind> = {
  categories: 'category',
  quarters: 'quarter',
  partners: 'partner',
  offers: 'offer',
  events: 'event',
};

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Reads a feed document (JSON text or an already parsed value).
 * @throws {FeedError} of kind `not-json` or `not-a-feed` when the document is not a feed at all.
 */
export function parseFeed(input: unknown): ParseResult {
  return allAtOnce(feedSteps(input));
}

/**
 * `parseFeed` in slices of a few milliseconds, each in a task of its own: a large feed does not block
 * the page while it is read (what `loadFeed` uses).
 * @throws {FeedError} (as a rejection) of kind `not-json` or `not-a-feed`.
 */
export function parseFeedInSlices(input: unknown): Promise<ParseResult> {
  return inSlices(feedSteps(input));
}

/**
 * Reads one part of a split feed (a quarter's offers and events).
 * @param source the part's URL, recorded in each dropped item.
 * @throws {FeedError} of kind `not-json` or `not-a-feed`.
 */
export function parseFeedPart(input: unknown, source?: string): ParsePartResult {
  return allAtOnce(partSteps(input, source));
}

/** `parseFeedPart` in slices, as `parseFeedInSlices`. */
export function parseFeedPartInSlices(input: unknown, source?: string): Promise<ParsePartResult> {
  return inSlices(partSteps(input, source));
}

/** The reading of a feed, one item per step. */
function* feedSteps(input: unknown): Generator<void, ParseResult, void> {
  const doc = readDocument(input);
  const dropped: DroppedItem[] = [];
  const network = readNetwork(doc.network, dropped);
  const feed: Feed = {
    version: FORMAT_VERSION,
    network,
    categories: yield* readCollection(doc, 'categories', dropped),
    quarters: yield* readCollection(doc, 'quarters', dropped),
    partners: yield* readCollection(doc, 'partners', dropped),
    offers: yield* readCollection(doc, 'offers', dropped),
    events: yield* readCollection(doc, 'events', dropped),
  };
  if (isoDateTime.safeParse(doc.generated).success) feed.generated = doc.generated as string;
  else if (doc.generated !== undefined) dropped.push({ kind: 'network', path: '$.generated', message: 'must be a date and time with offset, e.g. "2026-07-20T10:00:00+02:00"', dropped: 'field' });
  dropImplausiblePositions(feed, doc, dropped);
  return { feed, dropped };
}

function* partSteps(input: unknown, source?: string): Generator<void, ParsePartResult, void> {
  const doc = readDocument(input, false);
  const dropped: DroppedItem[] = [];
  const part: FeedPart = {
    offers: yield* readCollection(doc, 'offers', dropped),
    events: yield* readCollection(doc, 'events', dropped),
  };
  if (source) for (const item of dropped) item.source = source;
  return { part, dropped };
}

function readDocument(input: unknown, needsNetwork = true): Record<string, unknown> {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (error) {
      throw new FeedError('not-json', `The feed is not valid JSON (${(error as Error).message}).`);
    }
  }
  if (!isRecord(doc)) throw new FeedError('not-a-feed', 'The document is not a feed: it is not a JSON object.');
  if (!('version' in doc)) throw new FeedError('not-a-feed', 'The document is not a feed: it has no "version".');
  if (doc.version !== FORMAT_VERSION) {
    throw new FeedError('not-a-feed', `The feed has format version ${JSON.stringify(doc.version)}; this reader understands version ${FORMAT_VERSION}.`);
  }
  if (needsNetwork && !isRecord(doc.network)) throw new FeedError('not-a-feed', 'The document is not a feed: it has no "network".');
  return doc;
}

function readNetwork(value: unknown, dropped: DroppedItem[]): Network {
  const network = readItem<Network>(networkSchema, value, '$.network', 'network', dropped);
  if (!network) {
    const reason = dropped.filter((d) => d.kind === 'network').map((d) => `${d.path}: ${d.message}`).join('; ');
    throw new FeedError('not-a-feed', `The feed's "network" cannot be read (${reason}).`);
  }
  return network;
}

function* readCollection<K extends ItemCollection>(doc: Record<string, unknown>, key: K, dropped: DroppedItem[]): Generator<void, Feed[K], void> {
  const list = doc[key];
  if (list === undefined || list === null) return [];
  const kind = KIND_OF[key];
  if (!Array.isArray(list)) {
    dropped.push({ kind, path: `$.${key}`, message: `"${key}" must be a list`, dropped: 'item' });
    return [];
  }
  const schema = ITEM_SCHEMAS[key] as unknown as ItemSchema;
  const seen = new Set<string>();
  const items: unknown[] = [];
  for (let index = 0; index < list.length; index++) {
    if (index > 0) yield;
    const path = `$.${key}[${index}]`;
    const item = readItem(schema, list[index], path, kind, dropped) as { id: string } | undefined;
    if (!item) continue;
    if (seen.has(item.id)) {
      dropped.push({ kind, id: item.id, path: `${path}.id`, message: `the id "${item.id}" is used twice; only the first ${kind} with it is kept`, dropped: 'item' });
      continue;
    }
    seen.add(item.id);
    items.push(item);
  }
  return items as Feed[K];
}

interface ItemSchema {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
}

/**
 * Validates one item. When every problem lies in a droppable field (a link, a colour, a geometry),
 * those fields are removed and the item is read again; otherwise the item is dropped.
 */
function readItem<T>(schema: { safeParse(value: unknown): unknown }, raw: unknown, path: string, kind: ItemKind, dropped: DroppedItem[]): T | undefined {
  const itemId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
  let candidate = raw;
  const fieldDrops: DroppedItem[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    let result: ReturnType<ItemSchema['safeParse']>;
    try {
      result = (schema as ItemSchema).safeParse(candidate);
    } catch (error) {
      // The validator gave up (an outline of 150 000 positions with altitudes makes zod report one issue
      // per position, more than one call can take). Its droppable structures (outline, position) go, and
      // the item is read again without them; if that is not it, the item is lost, never the feed.
      const message = `is too large to check (${(error as Error)?.message ?? error})`;
      const record = isRecord(candidate) ? candidate : {};
      const large = Object.keys(record).filter((key) => DROPPABLE_FIELDS.has(key) && typeof record[key] === 'object' && record[key] !== null);
      if (!large.length || attempt === 3) {
        dropped.push({ kind, ...(itemId ? { id: itemId } : {}), path, message, dropped: 'item' });
        return undefined;
      }
      candidate = { ...record };
      for (const key of large) {
        delete (candidate as Record<string, unknown>)[key];
        fieldDrops.push({ kind, ...(itemId ? { id: itemId } : {}), path: joinPath(path, [key]), message, dropped: 'field' });
      }
      continue;
    }
    if (result.success) {
      dropped.push(...fieldDrops);
      return result.data as T;
    }
    const issues = result.error.issues;
    const removable = issues.map((issue) => droppablePrefix(candidate, issue.path));
    if (attempt === 3 || removable.some((prefix) => prefix === undefined)) {
      const blocking = issues.filter((_, i) => removable[i] === undefined);
      const reasons = (blocking.length ? blocking : issues).map((issue) => ({ at: joinPath(path, issue.path), message: issue.message }));
      for (const reason of reasons.slice(0, 5)) {
        dropped.push({ kind, ...(itemId ? { id: itemId } : {}), path: reason.at, message: reason.message, dropped: 'item' });
      }
      return undefined;
    }
    candidate = structuredClone(candidate);
    for (let i = 0; i < issues.length; i++) {
      const prefix = removable[i]!;
      if (deleteAt(candidate, prefix)) {
        fieldDrops.push({ kind, ...(itemId ? { id: itemId } : {}), path: joinPath(path, prefix), message: issues[i].message, dropped: 'field' });
      }
    }
  }
  return undefined;
}

/** The deepest droppable field on the issue's path that is present in the item. */
function droppablePrefix(item: unknown, path: readonly PropertyKey[]): PropertyKey[] | undefined {
  for (let end = path.length; end > 0; end--) {
    const key = path[end - 1];
    if (typeof key !== 'string' || !DROPPABLE_FIELDS.has(key)) continue;
    const prefix = path.slice(0, end);
    if (valueAt(item, prefix) !== undefined) return prefix;
  }
  return undefined;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function deleteAt(value: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(value, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!isRecord(parent) || !(key in parent)) return false;
  delete (parent as Record<PropertyKey, unknown>)[key];
  return true;
}

/** `$.offers[3]` + `["registration", "url"]` -> `$.offers[3].registration.url` */
export function joinPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(name)}]`;
  }, base);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
