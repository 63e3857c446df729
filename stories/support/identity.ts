/** Reading the network's identity out of the widgets' sources, for the identity stories. */
import { hasIcon } from '../../packages/widgets/src/core/icons.ts';

/** `--_primary: var(--infamilie-color-primary, var(--_feed-primary, #00577d));` and the like. */
export interface Token {
  name: string;
  fallback: string;
  /** The feed's `network.theme` key that can set it (`primary`, `onPrimary` …). */
  themeKey?: string;
}

export function readTokens(cssText: string): Token[] {
  const found: Token[] = [];
  for (const [, name, rest] of cssText.matchAll(/--_[a-z-]+:\s*var\((--infamilie-[a-z-]+),\s*(.+?)\);/g)) {
    const feed = rest.match(/^var\(--_feed-([a-z-]+),\s*(.+)\)$/);
    const fallback = (feed ? feed[2] : rest).trim();
    const themeKey = feed?.[1].replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    found.push({ name, fallback, themeKey });
  }
  return found;
}

/** The names of every icon in src/core/icons.ts, in the order of the file. */
export function iconNames(source: string): string[] {
  const names = [...source.matchAll(/^\s*'?([a-z][a-z-]*)'?:\s*svg`/gm)].map((m) => m[1]);
  return names.filter((name) => hasIcon(name));
}

/** WCAG contrast ratio of two sRGB hex colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const value = hex.replace('#', '');
    const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value.slice(0, 6);
    const [r, g, bl] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
