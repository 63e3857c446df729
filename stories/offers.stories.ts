import type { Meta, StoryObj } from '@storybook/web-components';
import '../packages/widgets/src/offers/define.ts';
import { storyFeed } from './support/feeds.ts';
import type { StoryOptions } from './support/render.ts';

// `<infamilie-offers>` on the sample feed (demo/public): controls for every attribute come from the
// Custom Elements Manifest. The toolbar sets the page's language and look; the Actions panel shows the
// element's events (`infamilie-load` lists what the reader left out).
// (A line comment: a JSDoc comment here would replace the element's own description in its docs.)
const meta = {
  title: 'Elements/Offers',
  component: 'infamilie-offers',
  tags: ['autodocs'],
  parameters: { infamilie: { shows: '[part="list"]' } satisfies StoryOptions },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** One quarter's offers, as a daycare in the Brunnenstraßenviertel would show them. */
export const OneQuarter: Story = {
  args: { quarter: 'brunnenstrassenviertel' },
};

/** With every filter control: category, age, language, free of charge and a search field. */
export const WithFilters: Story = {
  args: { quarter: 'brunnenstrassenviertel', filters: 'category age language free search' },
  parameters: { infamilie: { shows: 'form[part="filters"]' } satisfies StoryOptions },
};

/** The whole network, compact cards in a list, six at first. */
export const WholeNetworkCompactList: Story = {
  args: { layout: 'list', variant: 'compact', limit: 6 },
};

/** Language support for children of two to four, free of charge. */
export const LanguageForToddlers: Story = {
  args: { category: 'language', age: '2-4', free: true },
};

/** In Arabic: right to left, the feed's Arabic texts, German where a text has no translation. */
export const Arabic: Story = {
  args: { quarter: 'maerchensiedlung', lang: 'ar', filters: 'category age' },
};

/** While the feed loads: placeholders of the final size, announced as "loading" (this feed never answers). */
export const Loading: Story = {
  args: { feed: storyFeed('never') },
  parameters: { infamilie: { state: 'loading', shows: '.skeleton' } satisfies StoryOptions },
};

/** Filters that match nothing: the element says so. */
export const NothingMatches: Story = {
  args: { feed: storyFeed('mini'), category: 'leisure', age: '0-1' },
  parameters: { infamilie: { shows: '[part="empty"]' } satisfies StoryOptions },
};

/** A valid feed without any offers. */
export const EmptyFeed: Story = {
  args: { feed: storyFeed('empty') },
  parameters: { infamilie: { shows: '[part="empty"]' } satisfies StoryOptions },
};

/** Invalid offers are left out (see `infamilie-load` in the Actions panel); the valid ones show. */
export const PartlyInvalidFeed: Story = {
  args: { feed: storyFeed('partly-invalid') },
};

/** Long German compound words, long titles and lists: nothing overflows on a phone. */
export const LongTexts: Story = {
  args: { feed: storyFeed('long-texts') },
};

/** 500 offers: twelve cards, "show more", and filters to narrow them down. */
export const ManyOffers: Story = {
  args: { feed: storyFeed('many-offers'), filters: 'category age language free search' },
  parameters: { infamilie: { shows: '[part="more"]' } satisfies StoryOptions },
};

/** Bad input: a feed URL that answers 404. The element's error message, a retry, and the page's fallback link. */
export const FeedNotFound: Story = {
  args: { feed: 'sample/no-such-feed.json' },
  parameters: { infamilie: { shows: '[part="error"]', allowConsole: ['no-such-feed.json'] } satisfies StoryOptions },
};

/** Bad input: a URL that is not a feed (the sample's base map, GeoJSON). */
export const NotAFeed: Story = {
  args: { feed: 'sample/basemap.geojson' },
  parameters: { infamilie: { shows: '[part="error"]' } satisfies StoryOptions },
};

/** Bad input: a quarter the network does not know. The element names it instead of showing nothing. */
export const UnknownQuarter: Story = {
  args: { quarter: 'atlantis' },
  parameters: { infamilie: { shows: '[part="empty"]' } satisfies StoryOptions },
};

/** Bad input: a negative age. The element cannot read it and shows the offers unfiltered. */
export const NegativeAge: Story = {
  args: { quarter: 'unionviertel', age: '-3' },
};

/** Bad input: a negative limit and a heading level beyond 6 fall back to sensible values. */
export const NonsenseNumbers: Story = {
  args: { quarter: 'unionviertel', limit: -5, 'heading-level': 99 },
  parameters: { infamilie: { shows: '[part="more"]' } satisfies StoryOptions },
};
