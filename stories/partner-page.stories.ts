import type { Meta, StoryObj } from '@storybook/web-components';
import '../packages/widgets/src/infamilie.ts';
import { element, TAGS } from './support/manifest.ts';
import { asStory, html } from './support/template.ts';

// Every element of the bundle on one page, as a partner's site would combine them: the page to review
// a language or a theme from the toolbar at a glance. The story test runs it in every language, every
// theme and at desktop width. The elements come from the manifest, so a new element appears here too.

/** What each element shows here; an element not listed shows its defaults. */
const ATTRIBUTES: Record<string, Record<string, string>> = {
  'infamilie-badge': { partner: 'kita-regenbogen' },
  'infamilie-offers': { quarter: 'brunnenstrassenviertel', limit: '3' },
  'infamilie-offer-card': { offer: 'lib-deutschkurs-eltern' },
  'infamilie-calendar': { quarter: 'maerchensiedlung', month: '2027-03', days: '14' },
  'infamilie-map': { quarter: 'brunnenstrassenviertel' },
};

function section(tag: string): HTMLElement {
  const container = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = element(tag).summary ?? tag;
  heading.lang = 'en';
  heading.dir = 'auto';
  heading.style.font = '600 18px/1.3 system-ui, sans-serif';
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(ATTRIBUTES[tag] ?? {})) el.setAttribute(name, value);
  container.setAttribute('aria-label', `<${tag}>`);
  container.style.marginBlockEnd = '32px';
  container.append(heading, el);
  return container;
}

const meta = {
  title: 'Partner page',
  tags: ['!autodocs'],
  parameters: { docs: { source: { code: null } } },
} satisfies Meta;
export default meta;

export const EveryElement: StoryObj = {
  tags: ['matrix'],
  render: () => asStory(html`<main>${TAGS.map(section)}</main>`),
};
