/**
 * The network's identity as the code defines it, for the "Network identity" page (identity.mdx):
 * the `--infamilie-*` tokens with their built-in defaults and the sample feed's brand, every icon of
 * the widgets' set, and the sample feed's category colours. Everything is read from the sources and
 * the feed, so the page cannot drift from them.
 */
import type { Meta, StoryObj } from '@storybook/web-components';
import { loadFeed, pickText, type Feed } from '../packages/feed/src/index.ts';
import { CATEGORY_ICONS, icon } from '../packages/widgets/src/core/icons.ts';
import iconsSource from '../packages/widgets/src/core/icons.ts?raw';
import { tokens } from '../packages/widgets/src/core/styles.ts';
import { asStory, html, nothing, type Template } from './support/template.ts';
import { contrast, iconNames, readTokens } from './support/identity.ts';
import { manifest } from './support/manifest.ts';

/**
 * Descriptions of the custom properties, from the elements' JSDoc (`@cssprop`). Where several elements
 * describe a token, the offer card's words come first: it is the element that uses the most of them.
 */
function cssPropertyDocs(): Map<string, string> {
  const docs = new Map<string, string>();
  const order = (tag: string | undefined) => ['infamilie-offer-card', 'infamilie-offers', 'infamilie-badge'].indexOf(tag ?? '') >>> 0;
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).sort((a, b) => order(a.tagName) - order(b.tagName));
  for (const declaration of declarations) {
    for (const property of declaration.cssProperties ?? []) if (!docs.has(property.name) && property.description) docs.set(property.name, property.description);
  }
  return docs;
}

const isColour = (value: string) => /^#[0-9a-f]{3,8}$/i.test(value);

const STYLES = html`<style>
  .identity { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; max-inline-size: 60em; }
  .identity table { border-collapse: collapse; inline-size: 100%; font-size: 14px; }
  .identity caption { text-align: start; font-weight: 700; padding-block-end: 8px; }
  .identity th, .identity td { border-block-end: 1px solid #b9c2cc; padding: 6px 8px; text-align: start; vertical-align: top; }
  .identity code { font-size: 13px; overflow-wrap: anywhere; }
  .swatch { display: inline-block; inline-size: 1.5em; block-size: 1.5em; border: 1px solid #4d5966; border-radius: 4px; vertical-align: middle; margin-inline-end: 6px; }
  .icons { display: grid; grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr)); gap: 8px; list-style: none; margin: 0; padding: 0; }
  .icons li { display: grid; justify-items: center; gap: 4px; padding: 8px; border: 1px solid #b9c2cc; border-radius: 8px; font-size: 13px; text-align: center; }
  .icons .category { border-color: #00577d; border-width: 2px; }
  .icon { inline-size: 32px; block-size: 32px; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
  .category-chip { display: inline-flex; align-items: center; gap: 6px; }
  .category-chip .icon { inline-size: 24px; block-size: 24px; }
</style>`;

function swatch(value: string): Template | typeof nothing {
  return isColour(value) ? html`<span class="swatch" aria-hidden="true" style="background: ${value}"></span>` : nothing;
}

function renderTokens(feed: Feed | undefined): Template {
  const docs = cssPropertyDocs();
  const list = readTokens(tokens.cssText);
  const theme = (feed?.network.theme ?? {}) as Record<string, string | undefined>;
  const known = new Set(list.map((t) => t.name));
  const others = [...docs.keys()].filter((name) => !known.has(name)).sort();
  return html`${STYLES}<div class="identity">
    <table>
      <caption>Tokens: set on the element or any ancestor; the feed's brand fills in what the page leaves open</caption>
      <thead><tr><th scope="col">Custom property</th><th scope="col">Built-in default</th><th scope="col">From the feed (sample)</th><th scope="col">What it does</th></tr></thead>
      <tbody>
        ${list.map(
          (token) => html`<tr>
            <th scope="row"><code>${token.name}</code></th>
            <td>${swatch(token.fallback)}<code>${token.fallback}</code></td>
            <td>${token.themeKey
              ? html`${swatch(theme[token.themeKey] ?? '')}<code>network.theme.${token.themeKey}</code>${theme[token.themeKey] ? html`: <code>${theme[token.themeKey]}</code>` : nothing}`
              : html`–`}</td>
            <td>${docs.get(token.name) ?? ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${others.length
      ? html`<table>
          <caption>Custom properties of single elements</caption>
          <thead><tr><th scope="col">Custom property</th><th scope="col">What it does</th></tr></thead>
          <tbody>${others.map((name) => html`<tr><th scope="row"><code>${name}</code></th><td>${docs.get(name)}</td></tr>`)}</tbody>
        </table>`
      : nothing}
  </div>`;
}

function renderIcons(): Template {
  const categories = new Set<string>(CATEGORY_ICONS);
  return html`${STYLES}<div class="identity">
    <p>Every icon of the widgets' set (packages/widgets/src/core/icons.ts); a framed icon may be named by a feed's category.</p>
    <ul class="icons">
      ${iconNames(iconsSource).map((name) => html`<li class=${categories.has(name) ? 'category' : ''}>${icon(name)}<code>${name}</code>${categories.has(name) ? html`<span>category</span>` : nothing}</li>`)}
    </ul>
  </div>`;
}

function renderCategories(feed: Feed | undefined): Template {
  if (!feed) return html`<p role="alert">The sample feed could not be loaded.</p>`;
  return html`${STYLES}<div class="identity">
    <table>
      <caption>Categories of the sample feed: colour of the card's edge and icon, contrast against a white card (3:1 needed)</caption>
      <thead><tr><th scope="col">Category</th><th scope="col">Id and icon</th><th scope="col">Colour</th><th scope="col">Contrast</th></tr></thead>
      <tbody>
        ${feed.categories.map((category) => {
          const colour = category.color ?? '';
          const ratio = isColour(colour) ? contrast(colour, '#ffffff') : undefined;
          return html`<tr>
            <th scope="row"><span class="category-chip" style=${isColour(colour) ? `color: ${colour}` : ''}>${icon(category.icon)}</span> ${pickText(category.name, 'de')?.text}</th>
            <td><code>${category.id}</code> / <code>${category.icon ?? '–'}</code></td>
            <td>${swatch(colour)}<code>${colour || '–'}</code></td>
            <td>${ratio ? `${ratio.toFixed(1)}:1 ${ratio >= 3 ? '✓' : '✗ too light'}` : '–'}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

const meta = {
  title: 'Network identity',
  tags: ['!autodocs'],
  parameters: { docs: { source: { code: null }, canvas: { sourceState: 'none' } } },
  loaders: [async () => ({ feed: await loadFeed('sample/feed.json', { quarters: 'none' }).then((loaded) => loaded.feed, () => undefined) })],
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Tokens: Story = { render: (_args, { loaded }) => asStory(renderTokens(loaded.feed as Feed | undefined)) };
export const Icons: Story = { render: () => asStory(renderIcons()) };
export const CategoryColours: Story = { render: (_args, { loaded }) => asStory(renderCategories(loaded.feed as Feed | undefined)) };
