import type { Meta, StoryObj } from '@storybook/web-components';
import '../packages/widgets/src/badge/define.ts';
import { storyFeed } from './support/feeds.ts';
import type { StoryOptions } from './support/render.ts';

// `<infamilie-badge>`: membership in the network, verified against the feed's partner list.
const meta = {
  title: 'Elements/Badge',
  component: 'infamilie-badge',
  tags: ['autodocs'],
  parameters: { infamilie: { shows: '[part="badge"]' } satisfies StoryOptions },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** An anchor site (Ankerstandort) of the network. */
export const AnchorSite: Story = {
  args: { partner: 'kita-regenbogen' },
};

/** A member that is not an anchor site. */
export const Member: Story = {
  args: { partner: 'beratungsstelle-kompass' },
};

/** Mark and one line, for a footer. */
export const Compact: Story = {
  args: { partner: 'grundschule-am-brunnen', variant: 'compact' },
};

/** The mark alone, named for screen readers. */
export const IconOnly: Story = {
  args: { partner: 'grundschule-am-brunnen', variant: 'icon' },
};

/** For dark pages. */
export const OnADarkPage: Story = {
  args: { partner: 'familienzentrum-nordlicht', theme: 'dark' },
  globals: { theme: 'dark' },
};

/** Without a partner: the network's own badge. */
export const Network: Story = {
  args: {},
};

/** While the feed loads. */
export const Loading: Story = {
  args: { feed: storyFeed('never'), partner: 'kita-regenbogen' },
  parameters: { infamilie: { state: 'loading', shows: '.skeleton' } satisfies StoryOptions },
};

/** Bad input: a partner the feed does not list. A neutral link to the network, never a claim of membership. */
export const UnknownPartner: Story = {
  args: { partner: 'kita-gibt-es-nicht' },
};

/** Bad input: a feed URL that answers 404. Nothing can be verified: the neutral link to the network. */
export const FeedNotFound: Story = {
  args: { feed: 'sample/no-such-feed.json', partner: 'kita-regenbogen' },
  parameters: { infamilie: { allowConsole: ['no-such-feed.json'] } satisfies StoryOptions },
};
