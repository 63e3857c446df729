// Every story: the manifest behind docs and controls, the host page's
// language and theme from the toolbar, a phone first, and the accessibility panel.
import type { Preview, StoryContext } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import { loadFeed } from '../packages/feed/src/index.ts';
import { resolveFeedUrl } from '../packages/widgets/src/core/config.ts';
import { loadLocale, uiLocaleFor } from '../packages/widgets/src/core/locale.ts';
import { installStoryFeed } from '../stories/support/feeds.ts';
import { manifest } from '../stories/support/manifest.ts';
import { LOCALE_ITEMS, THEMES, withHostPage } from '../stories/support/page.ts';
import { controlsFromManifest, renderElement, snippet } from '../stories/support/render.ts';

setCustomElementsManifest(manifest);

/**
 * What the story test (scripts/storybook/test-stories.ts) reads about the stories on screen: the last
 * one rendered (a story page) and all of them (a docs page shows several).
 */
interface StoryCheck {
  id: string;
  component?: string;
  expect?: unknown;
}
const publishForTest = (context: StoryContext) => {
  const check: StoryCheck = {
    id: context.id,
    component: typeof context.component === 'string' ? context.component : undefined,
    expect: context.parameters.infamilie,
  };
  const scope = window as unknown as { __infamilieStory?: StoryCheck; __infamilieStories?: StoryCheck[] };
  scope.__infamilieStory = check;
  (scope.__infamilieStories ??= []).push(check);
};

const preview: Preview = {
  render: renderElement,
  argTypesEnhancers: [controlsFromManifest],
  loaders: [
    async (context) => {
      installStoryFeed(context.args.feed);
      // The feed and the texts' language, fetched before the element renders: the element then shows
      // its final state at once, which is what the accessibility panel (run right after the render)
      // should judge. Stories that stay loading skip this; a slow feed is waited for 3 s at most.
      const options = context.parameters.infamilie as { state?: string } | undefined;
      if (typeof context.component !== 'string' || options?.state === 'loading') return {};
      const lang = String(context.args.lang || context.globals.locale || 'de');
      const preload = Promise.all([loadLocale(uiLocaleFor(lang)), loadFeed(resolveFeedUrl(context.args.feed as string | undefined)).catch(() => undefined)]);
      await Promise.race([preload, new Promise((resolve) => setTimeout(resolve, 3000))]);
      return {};
    },
  ],
  decorators: [
    withHostPage,
    (story, context) => {
      publishForTest(context);
      return story();
    },
  ],
  globalTypes: {
    locale: {
      description: 'The page’s language (lang on the story root; the elements follow it)',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALE_ITEMS, dynamicTitle: true },
    },
    theme: {
      description: 'The host page’s look',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: Object.entries(THEMES).map(([value, title]) => ({ value, title })), dynamicTitle: true },
    },
  },
  initialGlobals: {
    locale: 'de',
    theme: 'feed',
    viewport: { value: 'phone', isRotated: false },
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    viewport: {
      options: {
        phone: { name: 'Phone (360 × 740)', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 × 1024)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 × 800)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    docs: {
      source: {
        language: 'html',
        transform: (code: string, context: StoryContext) =>
          typeof context.component === 'string' && context.component.startsWith('infamilie-') ? snippet(context.args, context) : code,
      },
    },
    a11y: {
      // The same rules as the story test: every WCAG 2.x A/AA rule and the best practices.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
      test: 'error',
    },
    options: {
      storySort: { order: ['Introduction', 'Partner page', 'Network identity', 'Feed', 'Elements', ['Offers', 'Offer card', 'Calendar', 'Map', 'Badge']] },
    },
  },
};

export default preview;
