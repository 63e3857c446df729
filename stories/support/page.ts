/**
 * The host page around every story: its language (the toolbar's, set as `lang` and `dir` on the story
 * root, where the elements look for it like on a partner's page) and its theme (the network's brand
 * from the feed, a dark page, forced colours approximated, a page with its own `--infamilie-*`).
 * The themes' CSS is in .storybook/preview-head.html.
 */
import type { Decorator } from '@storybook/web-components';
import { directionOf, UI_LOCALES } from '../../packages/widgets/src/core/locale.ts';
import { asStory, html, nothing } from './template.ts';

export const THEMES = {
  feed: 'The network’s brand, from the feed',
  dark: 'A dark page that sets the widgets’ colours',
  forced: 'Forced colours (approximated)',
  host: 'A host page with its own --infamilie-* brand',
} as const;
export type Theme = keyof typeof THEMES;

/** The interface languages, each named in itself (Deutsch, Türkçe, العربية …). */
export const LOCALE_ITEMS = UI_LOCALES.map((locale) => ({
  value: locale,
  title: `${new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale}${directionOf(locale) === 'rtl' ? ' (right to left)' : ''}`,
  right: locale,
}));

export const FORCED_COLOURS_NOTE =
  'Forced colours approximated with system colours on the page. The widgets’ own forced-colours rules only apply under the browser’s emulation: Chrome DevTools › Rendering › “Emulate CSS media feature forced-colors: active”.';

export const withHostPage: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'de');
  const theme = (String(context.globals.theme ?? 'feed') in THEMES ? context.globals.theme : 'feed') as Theme;
  const note = theme === 'forced' ? html`<p class="theme-note" lang="en" dir="ltr">${FORCED_COLOURS_NOTE}</p>` : nothing;
  return asStory(html`<div class="infamilie-page theme-${theme} ${context.viewMode === 'story' ? 'canvas' : ''}" lang=${locale} dir=${directionOf(locale)}>
    ${note}${story()}
  </div>`);
};
