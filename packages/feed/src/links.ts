/**
 * Links made from feed data, checked where they are written out (the elements' `href`s, an iCalendar
 * file): the reader admits only safe ones, but a feed can also reach them without the reader.
 */

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
