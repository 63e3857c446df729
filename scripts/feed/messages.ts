/**
 * Findings and how they read: one problem per line, `file:line:column  severity  where: what to do`.
 */
import type { PathSegment } from './locate.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  /** A stable code for machines and tests: `invalid`, `unknown-field`, `no-contact`, ... */
  code: string;
  /** The document, as the office named it (or relative to the current folder). */
  file: string;
  line?: number;
  column?: number;
  /** JSON path inside the file (for CSV files: empty). */
  path: PathSegment[];
  /** The item and field, readable: `offers[12] "elterncafe-brunnen" > registration > url`. */
  where: string;
  message: string;
  /** The partner the finding is about or belongs to (lint's per-partner summary). */
  partner?: string;
}

export const COLLECTIONS = ['categories', 'quarters', 'partners', 'offers', 'events'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export const SINGULAR: Record<Collection, string> = {
  categories: 'category',
  quarters: 'quarter',
  partners: 'partner',
  offers: 'offer',
  events: 'event',
};

/** `offers[12] "elterncafe-brunnen" > schedule > weekly[0] > closes` for a path in a feed document. */
export function describePath(doc: unknown, path: readonly PathSegment[]): string {
  const parts: string[] = [];
  let i = 0;
  if (typeof path[0] === 'string' && (COLLECTIONS as readonly string[]).includes(path[0]) && typeof path[1] === 'number') {
    const item = valueAt(doc, path.slice(0, 2));
    const id = isRecord(item) && typeof item.id === 'string' && item.id !== '' ? ` "${item.id}"` : '';
    parts.push(`${path[0]}[${path[1]}]${id}`);
    i = 2;
  }
  for (; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === 'number' && parts.length) parts[parts.length - 1] += `[${segment}]`;
    else parts.push(typeof segment === 'number' ? `[${segment}]` : segment);
  }
  return parts.join(' > ');
}

export function formatFinding(finding: Finding): string {
  const at = finding.line ? `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}` : finding.file;
  const where = finding.where ? `${finding.where}: ` : '';
  return `${at}  ${finding.severity.padEnd(7)}  ${where}${finding.message}`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 errors, 1 warning, 3 notes" (only the non-zero ones; "no problems" when all are zero). */
export function severityCounts(counts: Record<Severity, number>, withZeros = false): string {
  const parts = [
    [counts.error, 'error'],
    [counts.warning, 'warning'],
    [counts.info, 'note'],
  ] as const;
  const shown = parts.filter(([count]) => withZeros || count > 0).map(([count, word]) => plural(count, word));
  return shown.length ? shown.join(', ') : 'no problems';
}

/** Lines sorted by file, then position, then severity. */
export function sortFindings(findings: Finding[]): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return findings.sort(
    (a, b) =>
      (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      rank[a.severity] - rank[b.severity],
  );
}

/** A zod issue, reduced to what messages need. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: unknown[];
}

/** zod's built-in English messages start like this; the schema's own messages are already plain. */
const BUILT_IN_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized|Expected)\b/;

const TYPE_WORDS: Record<string, string> = {
  string: 'a text in "double quotes"',
  number: 'a number (without quotes)',
  int: 'a whole number (without quotes)',
  boolean: 'true or false (without quotes)',
  array: 'a list in square brackets [ ]',
  object: 'an object in curly braces { }',
  tuple: 'a list in square brackets [ ]',
};

/** What is wrong, in words an editor can act on. */
export function plainIssueMessage(issue: SchemaIssue, value: unknown, present: boolean, itemKind?: string): string {
  if (!present) {
    const field = String(issue.path[issue.path.length - 1] ?? 'value');
    return `is missing; ${itemKind ? `every ${itemKind} needs` : 'the feed needs'} ${field === 'de' ? 'a German text' : 'it'}`;
  }
  if (!BUILT_IN_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = TYPE_WORDS[issue.expected ?? ''] ?? issue.expected ?? 'something else';
      return `must be ${wanted}, not ${describeValue(value)}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
      if (issue.origin === 'string') return `is too short (at least ${issue.minimum} characters)`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `has too many entries (at most ${issue.maximum})`;
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}, not ${describeValue(value)}`;
    case 'invalid_format':
      return `is not written in the expected form: ${describeValue(value)}`;
    default:
      return `is not valid here: ${describeValue(value)}`;
  }
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Whether the path exists (a field written as `null` exists; an absent one does not). */
export function hasPath(value: unknown, path: readonly PropertyKey[]): boolean {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return false;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Levenshtein distance, for "did you mean" hints on misspelt field names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The closest known name, when it is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}
