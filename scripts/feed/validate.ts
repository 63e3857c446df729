/**
 * `validate`: the strict check. Everything the tolerant reader would drop (items and fields), plus what
 * it silently ignores (unknown or misspelt fields, a field written twice), each with its line:column.
 * Follows a split feed into every quarter's part.
 */
import { feedPartSchema, feedSchema, type Feed, type FeedEvent, type Offer } from '@infamilie/feed/schema';
import { joinPath, parseFeed, parseFeedPart, type DroppedItem } from '@infamilie/feed';
import { buildFeedJsonSchema, buildFeedPartJsonSchema, type JsonSchema } from './json-schema.ts';
import { InputError, readInput, resolveBeside } from './input.ts';
import { JsonSyntaxError, readJson, type JsonDocument, type PathSegment } from './locate.ts';
import {
  COLLECTIONS,
  SINGULAR,
  closest,
  describePath,
  describeValue,
  hasPath,
  isRecord,
  plainIssueMessage,
  valueAt,
  type Collection,
  type Finding,
  type SchemaIssue,
  type Severity,
} from './messages.ts';

export interface FeedDocument {
  /** Path or URL as read. */
  source: string;
  /** Name in messages. */
  name: string;
  role: 'index' | 'part';
  json: JsonDocument;
  /** For parts: the quarter whose `feed` points here. */
  quarter?: string;
}

/** Where a parsed item was written. */
export interface Origin {
  doc: FeedDocument;
  collection: Collection;
  index: number;
}

export interface ValidationResult {
  index: FeedDocument;
  parts: FeedDocument[];
  findings: Finding[];
  /** The feed as widgets would read it (index and parts merged), unless the index is not a feed at all. */
  feed?: Feed;
  /** Where each item of `feed` was written. */
  origins: Map<object, Origin>;
}

export interface ValidateOptions {
  timeout?: number;
}

/** Reads a feed (file or URL) and its parts, and checks them. @throws {InputError} when the index cannot be read. */
export async function validateSource(source: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  const input = await readInput(source, { timeout: options.timeout });
  const index: FeedDocument = { source, name: input.name, role: 'index', json: parseJsonOrThrow(input.text, input.name) };
  return validateDocuments(index, options);
}

/** Checks JSON text that is not on disk yet (the output of `import`); parts are not followed. */
export async function validateText(text: string, name: string): Promise<ValidationResult> {
  const index: FeedDocument = { source: name, name, role: 'index', json: parseJsonOrThrow(text, name) };
  return validateDocuments(index, { followParts: false });
}

/** JSON text to a located document, or an `InputError` naming the first syntax problem. */
export function parseJsonOrThrow(text: string, name: string): JsonDocument {
  try {
    return readJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const start = text.trimStart();
    if (!start.startsWith('{') && !start.startsWith('[')) {
      const preview = JSON.stringify(start.slice(0, 20));
      throw new InputError(`${name}: this is not JSON (it starts with ${preview}). Is it the feed, or a web page or spreadsheet by mistake?`);
    }
    const more = error.more > 0 ? ` (the JSON may have more problems after this one)` : '';
    throw new InputError(`${name}:${error.position.line}:${error.position.column}  not valid JSON: ${error.message}${more}. Fix this first, then run again.`);
  }
}

async function validateDocuments(index: FeedDocument, options: ValidateOptions & { followParts?: boolean }): Promise<ValidationResult> {
  const findings: Finding[] = [];
  const origins = new Map<object, Origin>();
  const schemas = { index: await buildFeedJsonSchema(), part: await buildFeedPartJsonSchema() };
  const value = index.json.value;
  if (!isRecord(value)) {
    findings.push(finding(index, [], 'error', 'not-a-feed', `the file holds ${describeValue(value)}, not a feed. A feed is one JSON object: { "version": 1, "network": { ... }, ... }`));
    return { index, parts: [], findings, origins };
  }

  let feed: Feed | undefined;
  let dropped: DroppedItem[] = [];
  let fatal: string | undefined;
  try {
    ({ feed, dropped } = parseFeed(value));
  } catch (error) {
    fatal = (error as Error).message;
  }
  const strict = strictFindings(index, feedSchema, dropped, fatal !== undefined);
  findings.push(...strict);
  if (fatal !== undefined && !strict.length) findings.push(finding(index, [], 'error', 'not-a-feed', fatal));
  findings.push(...unknownFieldFindings(index, schemas.index));
  if (!feed) return { index, parts: [], findings, origins };
  recordOrigins(feed, index, origins);

  const parts: FeedDocument[] = [];
  if (options.followParts !== false) {
    for (const quarter of feed.quarters) {
      if (!quarter.feed) continue;
      const quarterIndex = rawIndexOf(index, 'quarters', quarter.id);
      const refPath: PathSegment[] = ['quarters', quarterIndex, 'feed'];
      const source = resolveBeside(index.source, quarter.feed);
      let part: FeedDocument;
      try {
        const input = await readInput(source, { timeout: options.timeout });
        part = { source, name: input.name, role: 'part', quarter: quarter.id, json: parseJsonOrThrow(input.text, input.name) };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        findings.push(finding(index, refPath, 'error', 'part-unreadable', `this quarter's part cannot be read, so its offers and events are missing: ${error.message}`));
        continue;
      }
      parts.push(part);
      mergePart(feed, part, findings, origins, schemas.part);
    }
  }
  findings.push(...duplicateIdFindings([index, ...parts]));
  return { index, parts, findings, origins, feed };
}

/** Ids written twice in a collection, within a document or across the index and its parts. */
function duplicateIdFindings(docs: FeedDocument[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, { doc: FeedDocument; index: number }>();
  for (const doc of docs) {
    for (const collection of COLLECTIONS) {
      const list = valueAt(doc.json.value, [collection]);
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (!isRecord(item) || typeof item.id !== 'string') return;
        const key = `${collection}\u0000${item.id}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { doc, index });
          return;
        }
        const there = `${collection}[${first.index}]${first.doc === doc ? '' : ` in ${first.doc.name}`}`;
        out.push(
          finding(doc, [collection, index, 'id'], 'error', 'duplicate-id', `the id "${item.id}" is already used by ${there}; readers show only one of them. Give each ${SINGULAR[collection]} its own id.`),
        );
      });
    }
  }
  return out;
}

function mergePart(feed: Feed, part: FeedDocument, findings: Finding[], origins: Map<object, Origin>, schema: JsonSchema): void {
  const value = part.json.value;
  if (!isRecord(value)) {
    findings.push(finding(part, [], 'error', 'not-a-feed', `the file holds ${describeValue(value)}, not a quarter's part. A part is one JSON object: { "version": 1, "offers": [ ... ], "events": [ ... ] }`));
    return;
  }
  let dropped: DroppedItem[] = [];
  let result: ReturnType<typeof parseFeedPart> | undefined;
  let fatal: string | undefined;
  try {
    result = parseFeedPart(value);
    dropped = result.dropped;
  } catch (error) {
    fatal = (error as Error).message;
  }
  const strict = strictFindings(part, feedPartSchema, dropped, fatal !== undefined);
  findings.push(...strict);
  if (fatal !== undefined && !strict.length) findings.push(finding(part, [], 'error', 'not-a-feed', fatal));
  findings.push(...unknownFieldFindings(part, schema));
  if (!result) return;
  const seenPart = new Map<object, Origin>();
  recordOrigins({ offers: result.part.offers, events: result.part.events }, part, seenPart);
  for (const collection of ['offers', 'events'] as const) {
    const target = feed[collection] as Array<Offer | FeedEvent>;
    const known = new Map(target.map((item) => [item.id, item]));
    for (const item of result.part[collection] as Array<Offer | FeedEvent>) {
      const origin = seenPart.get(item)!;
      // Readers keep the first item with an id (the duplicate is reported by duplicateIdFindings).
      if (known.has(item.id)) continue;
      known.set(item.id, item);
      target.push(item as Offer & FeedEvent);
      origins.set(item, origin);
    }
  }
}

/** Every schema issue, with what the reader does about it; then what only the reader notices (duplicate ids). */
function strictFindings(doc: FeedDocument, schema: { safeParse(value: unknown): unknown }, dropped: DroppedItem[], fatal: boolean): Finding[] {
  const value = doc.json.value;
  const out: Finding[] = [];
  const result = schema.safeParse(value) as { success: boolean; error?: { issues: SchemaIssue[] } };
  const issues = result.success ? [] : flattenIssues(result.error!.issues, value);
  const issuePaths: string[] = [];
  for (const issue of issues) {
    const path = issue.path as PathSegment[];
    const jsonPath = joinPath('$', path);
    issuePaths.push(jsonPath);
    const kind = kindOf(path);
    const present = hasPath(value, path);
    let message = plainIssueMessage(issue, valueAt(value, path), present, kind);
    message += consequence(path, jsonPath, dropped, fatal);
    out.push(finding(doc, path, 'error', 'invalid', message));
  }
  for (const drop of dropped) {
    // Duplicate ids are checked on what is written, across all documents (duplicateIdFindings).
    if (drop.message.includes('used twice')) continue;
    if (issuePaths.some((p) => within(p, drop.path) || within(drop.path, p))) continue;
    out.push(finding(doc, parseJsonPath(drop.path), 'error', 'invalid', drop.message));
  }
  return out;
}

/** What widgets do because of a problem at `path`. */
function consequence(path: PathSegment[], jsonPath: string, dropped: DroppedItem[], fatal: boolean): string {
  const [head, index] = path;
  if (head === 'version' || (head === 'network' && fatal)) return ' (widgets cannot read this feed at all)';
  if (typeof head === 'string' && (COLLECTIONS as readonly string[]).includes(head)) {
    const kind = SINGULAR[head as Collection];
    if (typeof index !== 'number') return ` (all ${head} are left out)`;
    const itemPath = `$.${head}[${index}]`;
    if (dropped.some((d) => d.dropped === 'item' && within(d.path, itemPath))) return ` (the ${kind} is left out)`;
    if (dropped.some((d) => d.dropped === 'field' && within(jsonPath, d.path))) return ' (widgets ignore this field)';
    return '';
  }
  if (head === 'network' && dropped.some((d) => d.dropped === 'field' && within(jsonPath, d.path))) return ' (widgets ignore this field)';
  return '';
}

/** `inner` is `outer` or lies below it. */
function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}

/**
 * A union's issue says "one of these shapes"; when the value clearly took one branch (an object with
 * a missing "de"), that branch's own, more precise issues are reported instead.
 */
export function flattenIssues(issues: SchemaIssue[], root: unknown): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  for (const issue of issues) {
    const branches = (issue as { errors?: SchemaIssue[][] }).errors;
    if (issue.code !== 'invalid_union' || !branches?.length) {
      out.push(issue);
      continue;
    }
    // Of the branches the value went into, the one it fits best: no wrong discriminator ("type"), fewest issues.
    const literalMisses = (branch: SchemaIssue[]) => branch.filter((inner) => inner.code === 'invalid_value').length;
    const deep = branches
      .filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0))
      .sort((a, b) => literalMisses(a) - literalMisses(b) || a.length - b.length)[0];
    if (deep && literalMisses(deep) === 0 && typeof valueAt(root, issue.path) === 'object') {
      out.push(...flattenIssues(deep.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })), root));
      continue;
    }
    if (/^Invalid/.test(issue.message)) {
      const specific = branches.flat().find((inner) => inner.path.length === 0 && !/^Invalid/.test(inner.message));
      if (specific) {
        out.push({ ...issue, message: specific.message });
        continue;
      }
    }
    out.push(issue);
  }
  return out;
}

function kindOf(path: readonly PathSegment[]): string | undefined {
  const head = path[0];
  if (head === 'network') return 'network';
  if (typeof head === 'string' && (COLLECTIONS as readonly string[]).includes(head) && typeof path[1] === 'number') return SINGULAR[head as Collection];
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Unknown fields: walk the document along the JSON Schema; what no `properties` names is ignored by readers.

const INDEX_ONLY = ['network', 'categories', 'quarters', 'partners'];
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

function unknownFieldFindings(doc: FeedDocument, schema: JsonSchema): Finding[] {
  const out: Finding[] = [];
  walkSchema(schema, doc.json.value, [], (path, message) => out.push(finding(doc, path, 'warning', 'unknown-field', message)));
  for (const duplicate of doc.json.duplicateKeys()) {
    out.push({
      ...finding(doc, duplicate.path, 'warning', 'duplicate-key'),
      line: duplicate.position.line,
      column: duplicate.position.column,
      message: `"${duplicate.key}" is written twice in the same object; readers use only the last one. Delete the one that is wrong.`,
    });
  }
  return out;
}

function walkSchema(schema: JsonSchema, value: unknown, path: PathSegment[], report: (path: PathSegment[], message: string) => void): void {
  const branch = pickBranch(schema, value);
  if (!branch) return;
  if (isRecord(value) && isRecord(branch.properties)) {
    const properties = branch.properties as Record<string, JsonSchema>;
    const extra = branch.additionalProperties;
    const isText = Object.keys(properties).length === 1 && 'de' in properties && isRecord(extra);
    for (const [key, child] of Object.entries(value)) {
      if (key in properties) walkSchema(properties[key], child, [...path, key], report);
      else if (isText) {
        if (!LANGUAGE_TAG.test(key)) report([...path, key], `"${key}" is not a language tag (such as "en", "tr" or "pt-BR"), so no reader will ever see this text. Use the language's tag.`);
      } else if (isRecord(extra)) walkSchema(extra as JsonSchema, child, [...path, key], report);
      else if (extra === undefined || extra === true) {
        if (path.length === 0 && INDEX_ONLY.includes(key) && !(key in properties)) {
          report([key], `belongs in the index document, not in a quarter's part; readers ignore it here`);
          continue;
        }
        const guess = closest(key, Object.keys(properties));
        report([...path, key], `is not part of the format; readers ignore it: check the spelling${guess ? ` (did you mean "${guess}"?)` : ''}`);
      }
    }
    return;
  }
  if (Array.isArray(value)) {
    const prefix = Array.isArray(branch.prefixItems) ? (branch.prefixItems as JsonSchema[]) : [];
    value.forEach((child, i) => {
      const itemSchema = prefix[i] ?? (isRecord(branch.items) ? (branch.items as JsonSchema) : undefined);
      if (itemSchema) walkSchema(itemSchema, child, [...path, i], report);
    });
  }
}

/** The schema (or `anyOf` branch) that describes this value. */
function pickBranch(schema: JsonSchema, value: unknown): JsonSchema | undefined {
  const options = Array.isArray(schema.anyOf) ? (schema.anyOf as JsonSchema[]) : Array.isArray(schema.oneOf) ? (schema.oneOf as JsonSchema[]) : undefined;
  if (!options) return schema;
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const fitting = options.flatMap((option) => {
    const picked = pickBranch(option, value);
    return picked && (picked.type === type || (type === 'number' && picked.type === 'integer')) ? [picked] : [];
  });
  if (isRecord(value) && fitting.length > 1) {
    const matchesConsts = (option: JsonSchema) =>
      Object.entries((option.properties ?? {}) as Record<string, JsonSchema>).every(([key, property]) => property.const === undefined || value[key] === property.const);
    return fitting.find(matchesConsts) ?? fitting[0];
  }
  return fitting[0];
}

// ---------------------------------------------------------------------------------------------------

export function finding(doc: FeedDocument, path: PathSegment[], severity: Severity, code: string, message = ''): Finding {
  const position = doc.json.locate(path);
  return { severity, code, file: doc.name, line: position.line, column: position.column, path, where: describePath(doc.json.value, path), message };
}

/** The index of the first item in a collection with this id, as written in the document. */
export function rawIndexOf(doc: FeedDocument, collection: Collection, id: string): number {
  const list = valueAt(doc.json.value, [collection]);
  if (!Array.isArray(list)) return -1;
  return list.findIndex((item) => isRecord(item) && item.id === id);
}

function recordOrigins(feed: Partial<Record<Collection, Array<{ id: string }>>>, doc: FeedDocument, origins: Map<object, Origin>): void {
  for (const collection of COLLECTIONS) {
    for (const item of feed[collection] ?? []) origins.set(item, { doc, collection, index: rawIndexOf(doc, collection, item.id) });
  }
}

/** `$.offers[3].registration["url"]` -> ['offers', 3, 'registration', 'url'] */
export function parseJsonPath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.replace(/^\$/, '').matchAll(pattern)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
}

/** Counts for the OK line. */
export function describeCounts(result: ValidationResult): string {
  const feed = result.feed;
  if (!feed) return '';
  const counts = COLLECTIONS.map((c) => `${feed[c].length} ${feed[c].length === 1 ? SINGULAR[c] : c}`).join(', ');
  const parts = result.parts.length ? ` (index and ${result.parts.length} quarter part${result.parts.length === 1 ? '' : 's'})` : '';
  return `${counts}${parts}`;
}
