/**
 * Small presentation rules that several elements share.
 */

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
