/**
 * Values from feed data that are checked again where they are written out (the elements' `href`s and
 * styles, an iCalendar file): the reader admits only safe ones, but data can also arrive without it.
 */

/** A CSS colour as the format allows it (hex, functional notation or a keyword): nothing that could end a declaration or load a URL. */
export const CSS_COLOR = /^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%\s/+-]{1,80}\)|[a-zA-Z]{3,30})$/;

/** The colour, when it is one that `CSS_COLOR` admits; else undefined. */
export function cssColor(value: unknown): string | undefined {
  return typeof value === 'string' && CSS_COLOR.test(value) ? value : undefined;
}

/** An http(s) link as a URI (RFC 3986: spaces, quotes and angle brackets percent-encoded), else undefined. */
export function webLink(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** One plain e-mail address: nothing that could end a property value or add to a `mailto:` link. */
export function isPlainEmail(value: string | undefined): value is string {
  return !!value && /^[^\s@<>()"',;:\\]+@[^\s@<>()"',;:\\]+\.[^\s@<>()"',;:\\]+$/.test(value);
}
