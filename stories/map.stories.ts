import type { Meta, StoryObj } from '@storybook/web-components';
import '../packages/widgets/src/map/define.ts';
import { storyFeed } from './support/feeds.ts';
import type { StoryOptions } from './support/render.ts';

// `<infamilie-map>`: quarters, partners and offers drawn from the feed alone (outlines, positions and
// the base map the feed names); no tiles and no request to another host unless a page opts in.
const meta = {
  title: 'Elements/Map',
  component: 'infamilie-map',
  tags: ['autodocs'],
  parameters: { infamilie: { shows: '[part="map"]' } satisfies StoryOptions },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The whole network: every quarter, its partners and offers, over the city's base map. */
export const Network: Story = {
  args: {},
};

/** One quarter in focus; the others dimmed. */
export const OneQuarter: Story = {
  args: { quarter: 'westerfilde-bodelschwingh' },
};

/** Only the quarters, without the base map: the lightest map. */
export const QuartersOnly: Story = {
  args: { show: 'quarters', base: 'none' },
};

/** On a desktop: the map with its side panel. */
export const Desktop: Story = {
  args: { quarter: 'brunnenstrassenviertel' },
  globals: { viewport: { value: 'desktop', isRotated: false } },
  parameters: { infamilie: { viewport: 'desktop' } satisfies StoryOptions },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  args: { lang: 'ar' },
};

/** While the feed loads: a placeholder of the map's size. */
export const Loading: Story = {
  args: { feed: storyFeed('never') },
  parameters: { infamilie: { state: 'loading', shows: '.skeleton' } satisfies StoryOptions },
};

/** A network with quarters but no outlines or positions (the test fixture's second quarter): what can be drawn is. */
export const SmallFeed: Story = {
  args: { feed: storyFeed('mini') },
  parameters: { infamilie: { shows: '[part="summary"]' } satisfies StoryOptions },
};

/** Bad input: a quarter the network does not know. */
export const UnknownQuarter: Story = {
  args: { quarter: 'atlantis' },
  parameters: { infamilie: { shows: '.notice' } satisfies StoryOptions },
};

/** Bad input: layers that do not exist. */
export const UnknownLayers: Story = {
  args: { show: 'volcanoes', base: 'maybe' },
  parameters: { infamilie: { shows: '[part="summary"]' } satisfies StoryOptions },
};

/** Bad input: a feed URL that answers 404. */
export const FeedNotFound: Story = {
  args: { feed: 'sample/no-such-feed.json' },
  parameters: { infamilie: { shows: '[part="error"]', allowConsole: ['no-such-feed.json'] } satisfies StoryOptions },
};
