/**
 * Small presentation rules that several elements share.
 */

/** Runs of combining marks longer than Unicode's stream-safe limit (UAX #15: 30 non-starters). */
const MARK_RUN = /\p{M}{31,}/gu;
/** Text without a character from U+0300 on has no combining marks: a cheaper test that most text passes. */
const BEYOND_BASIC = /[^\u0000-\u02ff]/;

/**
 * Feed text as it can be laid out: runs of combining marks cut to 30, more than any script needs.
 * Chromium shapes one letter with 100 000 marks ("Zalgo" text) in time that grows with the square of
 * their number: tens of seconds in which the partner's whole page is frozen.
 */
export function displayText<T>(text: T): T {
  if (typeof text !== 'string' || !BEYOND_BASIC.test(text)) return text;
  return text.replace(MARK_RUN, (run) => Array.from(run).slice(0, 30).join('')) as T;
}

/** A heading level the page can use: 2 to 6 (the page itself owns level 1); 3 when unreadable. */
export function headingLevel(value: unknown): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 3;
}

/** Splits an attribute that lists ids: "a b", "a,b" and "a, b" all give ["a", "b"]. */
export function idList(value: string | null | undefined): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/** Reads an age attribute: "3" is three years, "2-4" (or "2–4") the span from two to four. */
export function parseAgeAttribute(value: string | null | undefined): { min?: number; max?: number } | undefined {
  if (!value) return undefined;
  const match = value.trim().match(/^(\d{1,2}(?:\.\d+)?)\s*(?:[-–]\s*(\d{1,2}(?:\.\d+)?))?$/);
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return min <= max ? { min, max } : undefined;
}
