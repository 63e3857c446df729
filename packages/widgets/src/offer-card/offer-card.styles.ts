import { css } from 'lit';

export const styles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    block-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-block-start: 6px solid var(--_category, var(--_primary));
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .skeleton-card {
    min-block-size: 16em;
  }
  .skeleton.line-short {
    inline-size: 40%;
    block-size: 1.2em;
  }
  .skeleton.line-title {
    inline-size: 80%;
    block-size: 1.6em;
  }
  .skeleton.block {
    flex: 1;
    min-block-size: 3em;
  }
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  .category {
    display: flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .category .icon {
    color: var(--_category, var(--_primary));
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .title a {
    color: inherit;
  }
  .title-button {
    all: unset;
    display: inline;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .title-button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .title-button::after {
    content: ' ▾';
    font-size: 0.8em;
  }
  .title-button[aria-expanded='true']::after {
    content: ' ▴';
  }
  .partner {
    color: var(--_muted);
  }
  .facts {
    display: grid;
    gap: 0.3em;
  }
  .fact {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .fact dt {
    color: var(--_primary);
  }
  .schedule {
    padding: 0;
    list-style: none;
  }
  .details {
    display: grid;
    gap: 0.5em;
    padding-block-start: 0.5em;
    border-block-start: 1px dashed var(--_border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: auto;
    padding-block-start: 0.5em;
  }
  .compact {
    gap: 0.3em;
  }
  .compact .title {
    font-size: 1.05em;
  }
  @media (forced-colors: active) {
    .card {
      border-block-start-color: CanvasText;
    }
  }
`;
