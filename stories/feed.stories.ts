/**
 * The feed, for the "Feed" page (feed.mdx): the sample feed's parts as the office writes them, what
 * the widgets' reader makes of it, and what it leaves out of a partly invalid feed.
 */
import type { Meta, StoryObj } from '@storybook/web-components';
import { loadFeed, pickText, type LoadedFeed } from '../packages/feed/src/index.ts';
import { installStoryFeed, storyFeed } from './support/feeds.ts';
import { asStory, html, nothing, type Template } from './support/template.ts';

const STYLES = html`<style>
  .feed-doc { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; max-inline-size: 60em; font-size: 14px; }
  .feed-doc pre { margin: 0; padding: 12px; max-block-size: 24em; overflow: auto; background: #f4f6f8; color: #1d2733; border: 1px solid #b9c2cc; border-radius: 8px; font-size: 13px; }
  .feed-doc table { border-collapse: collapse; inline-size: 100%; }
  .feed-doc caption { text-align: start; font-weight: 700; padding-block-end: 8px; }
  .feed-doc th, .feed-doc td { border-block-end: 1px solid #b9c2cc; padding: 6px 8px; text-align: start; vertical-align: top; }
  .feed-doc code { overflow-wrap: anywhere; }
  .feed-doc h3 { margin: 0; font-size: 16px; }
</style>`;

async function fetchJson(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<Record<string, unknown>>;
}

/** The first item of a list, for an excerpt. */
const first = (doc: Record<string, unknown>, key: string) => (Array.isArray(doc[key]) ? (doc[key] as unknown[])[0] : undefined);
const json = (value: unknown) => JSON.stringify(value, null, 2);

function excerpt(title: string, label: string, value: unknown): Template {
  return html`<section aria-label=${label}>
    <h3>${title}</h3>
    <pre tabindex="0" aria-label=${label}><code>${json(value)}</code></pre>
  </section>`;
}

async function sample(): Promise<{ index: Record<string, unknown>; part: Record<string, unknown>; loaded: LoadedFeed }> {
  const index = await fetchJson('sample/feed.json');
  const quarter = first(index, 'quarters') as { feed: string };
  const part = await fetchJson(new URL(quarter.feed, new URL('sample/feed.json', document.baseURI)).href);
  const loaded = await loadFeed('sample/feed.json');
  return { index, part, loaded };
}

function renderSample({ index, part, loaded }: Awaited<ReturnType<typeof sample>>): Template {
  const { feed } = loaded;
  const quarter = first(index, 'quarters') as Record<string, unknown>;
  const { geometry: _outline, ...quarterWithoutOutline } = quarter;
  return html`${STYLES}<div class="feed-doc">
    <table>
      <caption>What the widgets read from the sample feed (index and ${feed.quarters.filter((q) => q.feed).length} quarter parts)</caption>
      <thead><tr><th scope="col">List</th><th scope="col">Items</th></tr></thead>
      <tbody>
        ${(['categories', 'quarters', 'partners', 'offers', 'events'] as const).map((key) => html`<tr><th scope="row"><code>${key}</code></th><td>${feed[key].length}</td></tr>`)}
        <tr><th scope="row">left out</th><td>${loaded.dropped.length}</td></tr>
      </tbody>
    </table>
    ${excerpt('The index: version and network', 'Excerpt: version and network', { version: index.version, generated: index.generated, network: { ...(index.network as object), description: '…', notice: '…' } })}
    ${excerpt('A category', 'Excerpt: a category', first(index, 'categories'))}
    ${excerpt(`A quarter, pointing to its part (outline left out)`, 'Excerpt: a quarter', { ...quarterWithoutOutline, geometry: '…' })}
    ${excerpt('A partner', 'Excerpt: a partner', first(index, 'partners'))}
    ${excerpt(`An offer, from ${String(quarter.feed)}`, 'Excerpt: an offer', first(part, 'offers'))}
    ${excerpt(`An event, from ${String(quarter.feed)}`, 'Excerpt: an event', first(part, 'events'))}
    <p>The sample's network is <strong>${pickText(feed.network.name, 'de')?.text}</strong>; the widgets take its brand colours from <code>network.theme</code>.</p>
  </div>`;
}

async function partlyInvalid(): Promise<LoadedFeed> {
  const url = storyFeed('partly-invalid');
  installStoryFeed(url);
  return loadFeed(url);
}

function renderDropped(loaded: LoadedFeed): Template {
  return html`${STYLES}<div class="feed-doc">
    <p>
      ${loaded.feed.offers.length} offers are shown from a feed with invalid entries
      (<code>${storyFeed('partly-invalid')}</code>, used by the “partly invalid feed” stories). What the reader left out, as
      <code>infamilie-load</code> reports it:
    </p>
    <table>
      <caption>Left out of the partly invalid feed</caption>
      <thead><tr><th scope="col">Kind and id</th><th scope="col">Left out</th><th scope="col">Where</th><th scope="col">Why</th></tr></thead>
      <tbody>
        ${loaded.dropped.map(
          (item) => html`<tr>
            <th scope="row">${item.kind} <code>${item.id ?? '–'}</code></th>
            <td>${item.dropped === 'item' ? 'the item' : 'the field'}</td>
            <td><code>${item.path}</code>${item.source ? html` in <code>${item.source}</code>` : nothing}</td>
            <td>${item.message}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

const meta = {
  title: 'Feed',
  tags: ['!autodocs'],
  parameters: { docs: { source: { code: null }, canvas: { sourceState: 'none' } } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Sample: Story = {
  loaders: [async () => ({ sample: await sample() })],
  render: (_args, { loaded }) => asStory(renderSample(loaded.sample as Awaited<ReturnType<typeof sample>>)),
};

export const WhatTheReaderLeavesOut: Story = {
  loaders: [async () => ({ loaded: await partlyInvalid() })],
  render: (_args, { loaded }) => asStory(renderDropped(loaded.loaded as LoadedFeed)),
};
