/**
 * The feed's brand as defaults of the custom properties: the host page's `--infamilie-*` still win.
 */
import { cssColor, type Network } from '@infamilie/feed';

const FEED_TOKENS = {
  primary: '--_feed-primary',
  onPrimary: '--_feed-on-primary',
  accent: '--_feed-accent',
  surface: '--_feed-surface',
  text: '--_feed-text',
} as const;

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
