import type { Meta, StoryObj } from '@storybook/web-components';
import '../packages/widgets/src/offer-card/define.ts';
import { storyFeed } from './support/feeds.ts';
import type { StoryOptions } from './support/render.ts';

// `<infamilie-offer-card>`: one offer by its id, on the sample feed unless a story names another.
const meta = {
  title: 'Elements/Offer card',
  component: 'infamilie-offer-card',
  tags: ['autodocs'],
  parameters: { infamilie: { shows: '[part="card"]' } satisfies StoryOptions },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** A language offer of a daycare: who, when, where, how to get in touch; the title opens the details. */
export const Offer: Story = {
  args: { offer: 'bsv-sprachbilderbuch' },
  parameters: { infamilie: { shows: 'article[part="card"]' } satisfies StoryOptions },
};

/** Compact: title, partner, category, ages and one action. */
export const Compact: Story = {
  args: { offer: 'lib-kinderarzt-sprechstunde', variant: 'compact' },
};

/** A course that needs registration: the primary action signs up. */
export const WithRegistration: Story = {
  args: { offer: 'lib-deutschkurs-eltern' },
};

/** Long texts and many languages on a phone. */
export const LongTexts: Story = {
  args: { feed: storyFeed('long-texts'), offer: 'lange-texte' },
};

/** The same in Arabic, right to left. */
export const LongTextsArabic: Story = {
  args: { feed: storyFeed('long-texts'), offer: 'lange-texte', lang: 'ar' },
};

/** An offer whose registration link was `javascript:`: shown, without that link. */
export const WithoutItsUnsafeLink: Story = {
  args: { feed: storyFeed('partly-invalid'), offer: 'unsicherer-link' },
};

/** While the feed loads: a placeholder of the card's size. */
export const Loading: Story = {
  args: { feed: storyFeed('never'), offer: 'bsv-sprachbilderbuch' },
  parameters: { infamilie: { state: 'loading', shows: '.skeleton' } satisfies StoryOptions },
};

/** Bad input: an offer id that is not (or no longer) in the feed. */
export const UnknownOffer: Story = {
  args: { offer: 'gibt-es-nicht' },
  parameters: { infamilie: { shows: '.notice[part="card"]' } satisfies StoryOptions },
};

/** Bad input: no offer at all. */
export const NoOffer: Story = {
  args: {},
  parameters: { infamilie: { shows: '.notice[part="card"]' } satisfies StoryOptions },
};

/** Bad input: a feed URL that answers 404. */
export const FeedNotFound: Story = {
  args: { feed: 'sample/no-such-feed.json', offer: 'bsv-sprachbilderbuch' },
  parameters: { infamilie: { shows: '[part="error"]', allowConsole: ['no-such-feed.json'] } satisfies StoryOptions },
};
