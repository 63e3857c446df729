import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex !important;
    vertical-align: middle !important;
    max-inline-size: 100% !important;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 3.5em;
    padding: 0.4em 0.9em 0.4em 0.4em;
    padding-inline: 0.4em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-decoration: none;
    line-height: 1.25;
  }
  .badge.dark {
    --_surface: var(--infamilie-color-surface, #15202b);
    --_text: var(--infamilie-color-text, #f3f6f8);
    --_border: var(--infamilie-color-border, #5b6b7a);
    --_primary: var(--infamilie-color-primary, #7cc4e6);
    --_on-primary: var(--infamilie-color-on-primary, #0b1a24);
  }
  :host([variant='icon']) .badge {
    padding: 0.25em;
  }
  :host([variant='compact']) .badge {
    min-block-size: 2.5em;
    font-size: 0.875em;
  }
  .badge.skeleton {
    inline-size: 16em;
  }
  :host([variant='icon']) .badge.skeleton {
    inline-size: auto;
  }
  .badge:hover .line {
    text-decoration: underline;
  }
  .mark-box {
    display: block;
    inline-size: 2.75em;
    block-size: 2.75em;
    flex: none;
  }
  :host([variant='compact']) .mark-box {
    inline-size: 2em;
    block-size: 2em;
  }
  .mark,
  .logo {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .text {
    display: grid;
  }
  .line {
    font-weight: 700;
  }
  .partner {
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: LinkText;
      color: LinkText;
    }
    .mark {
      forced-color-adjust: auto;
    }
  }
`;
