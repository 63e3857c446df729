import type { Meta, StoryObj } from '@storybook/web-components';
import '../packages/widgets/src/calendar/define.ts';
import { storyFeed } from './support/feeds.ts';
import type { StoryOptions } from './support/render.ts';

// `<infamilie-calendar>`: the network's events in Berlin time. The stories start in March 2027
// (`month`), so that they show the same events whatever day it is.
const meta = {
  title: 'Elements/Calendar',
  component: 'infamilie-calendar',
  tags: ['autodocs'],
  parameters: { infamilie: { shows: '[part="agenda"]' } satisfies StoryOptions },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The agenda of one quarter: the events of the next 30 days, grouped by day. */
export const Agenda: Story = {
  args: { quarter: 'maerchensiedlung', month: '2027-03' },
};

/** The month grid (the agenda in containers narrower than about 36em, such as a phone). */
export const MonthGrid: Story = {
  args: { view: 'month', month: '2027-03' },
  globals: { viewport: { value: 'desktop', isRotated: false } },
  parameters: { infamilie: { viewport: 'desktop', shows: '[part="grid"]' } satisfies StoryOptions },
};

/** The month view on a phone: the month's agenda. */
export const MonthOnAPhone: Story = {
  args: { view: 'month', month: '2027-03', quarter: 'brunnenstrassenviertel' },
  parameters: { infamilie: { shows: '.month-agenda' } satisfies StoryOptions },
};

/** With filter controls for category and age, and a subscription link for the published calendar files. */
export const WithFiltersAndSubscription: Story = {
  args: { month: '2027-03', filters: 'category age', subscribe: 'https://infamilie.example/cdn/feed/ics/' },
  parameters: { infamilie: { shows: '[part="subscribe"]' } satisfies StoryOptions },
};

/** In Arabic: right to left, dates and times in Arabic, Berlin time. */
export const Arabic: Story = {
  args: { quarter: 'libellenviertel', month: '2027-03', lang: 'ar' },
};

/** 300 events in one month: the grid shows three a day and "+N more". */
export const ManyEvents: Story = {
  args: { feed: storyFeed('many-events'), view: 'month', month: '2027-03' },
  globals: { viewport: { value: 'desktop', isRotated: false } },
  parameters: { infamilie: { viewport: 'desktop', shows: '[part="grid"]' } satisfies StoryOptions },
};

/** A long title, place and description on a phone. */
export const LongTexts: Story = {
  args: { feed: storyFeed('long-texts'), month: '2027-03' },
};

/** While the feed loads. */
export const Loading: Story = {
  args: { feed: storyFeed('never') },
  parameters: { infamilie: { state: 'loading', shows: '.skeleton' } satisfies StoryOptions },
};

/** Nothing in the chosen range: the element says so (and offers the next event, if any). */
export const NothingMatches: Story = {
  args: { feed: storyFeed('mini'), category: 'language', month: '2027-03' },
  parameters: { infamilie: { shows: '[part="empty"]' } satisfies StoryOptions },
};

/** Bad input: a feed URL that answers 404. */
export const FeedNotFound: Story = {
  args: { feed: 'sample/no-such-feed.json' },
  parameters: { infamilie: { shows: '[part="error"]', allowConsole: ['no-such-feed.json'] } satisfies StoryOptions },
};

/** Bad input: a quarter the network does not know. */
export const UnknownQuarter: Story = {
  args: { quarter: 'atlantis', month: '2027-03' },
  parameters: { infamilie: { shows: '[part="empty"]' } satisfies StoryOptions },
};

/** Bad input: a month that does not exist, a negative number of days and a negative age. */
export const NonsenseValues: Story = {
  args: { month: '2027-13', days: -5, age: '-3' },
  parameters: { infamilie: { shows: '.root > *' } satisfies StoryOptions },
};
