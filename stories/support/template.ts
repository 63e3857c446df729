/**
 * Templates for the stories that draw pages of their own (identity, feed) and for the host page around
 * every story, rendered by Storybook's web-components renderer, which is Lit. The root package has no
 * `lit` to import (Lit belongs to @infamilie/widgets), so this is Lit's `html` tag itself: a template
 * result is `{_$litType$: 1, strings, values}`, the plain form that every Lit version renders, and
 * `nothing` is Lit's registered symbol. The widgets' own templates (such as `icon()`) nest in them.
 */
import type { StoryObj } from '@storybook/web-components';

export interface Template {
  readonly _$litType$: 1;
  readonly strings: TemplateStringsArray;
  readonly values: readonly unknown[];
}

export const html = (strings: TemplateStringsArray, ...values: unknown[]): Template => ({ _$litType$: 1, strings, values });

export const nothing: unique symbol = Symbol.for('lit-nothing') as never;

/** What a story's render returns, for a template. */
export type StoryResult = ReturnType<NonNullable<StoryObj['render']>>;
export const asStory = (template: Template): StoryResult => template as unknown as StoryResult;
