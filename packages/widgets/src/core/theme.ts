/**
 * The feed's brand as defaults of the custom properties: the host page's `--infamilie-*` still win.
 */
import type { Network } from '@infamilie/feed';

const FEED_TOKENS = {
  primary: '--_feed-primary',
  onPrimary: '--_feed-on-primary',
  accent: '--_feed-accent',
  surface: '--_feed-surface',
  text: '--_feed-text',
} as const;

/**
 * A colour as the feed format allows it (hex, functional notation or a keyword), else undefined: nothing
 * that could end a declaration or load a URL. The reader checks colours already; this guards data given
 * to elements directly from script, as urls.ts does for links (the reader's schema is not in this bundle).
 */
const CSS_COLOR = /^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%\s/+-]{1,80}\)|[a-zA-Z]{3,30})$/;

export function cssColor(value: unknown): string | undefined {
  return typeof value === 'string' && CSS_COLOR.test(value) ? value : undefined;
}

/** Custom properties for the element's root, from the feed's theme colours. */
export function themeProperties(network: Network | undefined): Record<string, string> {
  const theme = network?.theme ?? {};
  const properties: Record<string, string> = {};
  for (const [key, property] of Object.entries(FEED_TOKENS)) {
    const value = cssColor(theme[key as keyof typeof FEED_TOKENS]);
    if (value) properties[property] = value;
  }
  return properties;
}
