/**
 * Styles every element shares: tokens, a defensive reset against host pages, focus, motion, forced colours.
 *
 * Tokens: a host page sets `--infamilie-*` on the element or an ancestor; the feed's theme supplies
 * `--_feed-*` on the element's `.root` (see theme.ts); the built-in brand is the last fallback. The
 * resolved `--_*` tokens are declared on `.root` too, where both are visible.
 * Sizes are in px and em, never rem: a host page's root font size must not shrink the widget.
 */
import { css } from 'lit';

export const tokens = css`
  .root {
    --_primary: var(--infamilie-color-primary, var(--_feed-primary, #00577d));
    --_on-primary: var(--infamilie-color-on-primary, var(--_feed-on-primary, #ffffff));
    --_accent: var(--infamilie-color-accent, var(--_feed-accent, #b8326a));
    --_surface: var(--infamilie-color-surface, var(--_feed-surface, #ffffff));
    --_text: var(--infamilie-color-text, var(--_feed-text, #1d2733));
    --_muted: var(--infamilie-color-muted, #4d5966);
    --_border: var(--infamilie-color-border, #b9c2cc);
    --_subtle: var(--infamilie-color-subtle, #eef2f5);
    --_danger: var(--infamilie-color-danger, #a1122a);
    --_focus: var(--infamilie-color-focus, #1a62d6);
    --_radius: var(--infamilie-radius, 10px);
    --_space: var(--infamilie-space, 16px);
    --_font: var(--infamilie-font-family, inherit);
    --_font-size: var(--infamilie-font-size, 16px);
  }
`;

export const baseStyles = css`
  ${tokens}
  /* Important in a shadow root beats the host page rules, even "* { all: unset }". */
  :host {
    display: block !important;
    box-sizing: border-box !important;
    contain: layout style !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  /*
   * Inherited properties are set again, so that host page typography cannot leak in. An inline-block
   * root is an atomic box: a text-decoration on an ancestor in the page does not reach inside it.
   */
  .root {
    display: inline-block;
    inline-size: 100%;
    vertical-align: top;
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    color: var(--_text);
    visibility: visible;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    vertical-align: -0.25em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 44px;
    padding-block: 0.4em;
    padding-inline: 0.9em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button:hover {
    box-shadow: inset 0 0 0 1px currentColor;
  }
  .notice {
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  /* The message, its buttons and the page's fallback link, apart enough to hit each with a finger. */
  .notice.error {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .notice.error p {
    margin: 0;
  }
  .error-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* A row of controls above an element's content (the calendar's month switch, the map's view switch). */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em var(--_space);
  }
  .skeleton {
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_subtle) 25%, #f7f9fa 50%, var(--_subtle) 75%) 0 0 / 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button,
    .notice {
      border: 1px solid CanvasText;
    }
    .button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
    .skeleton {
      background: Canvas;
      border: 1px dashed GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
