/**
 * Links made from data: only web, mail and phone links ever become an `href`, whatever a caller passes.
 * The feed reader already drops other URLs; this guards data given to elements directly from script.
 */
import { isPlainEmail, webLink } from '@infamilie/feed';

/** An http(s) URL, or undefined. */
export const webHref = webLink;

/** `tel:` with the digits of a phone number, or undefined when it has too few. */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** `mailto:` for a plain address, or undefined. */
export function mailHref(email: string | undefined): string | undefined {
  if (!isPlainEmail(email)) return undefined;
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`;
}
