import { css } from 'lit';

export const styles = css`
  .root {
    container-type: inline-size;
    /* inline-grid: atomic, like the base root (see core/styles.ts) */
    display: inline-grid;
    gap: var(--_space);
  }
  .content {
    display: contents;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--infamilie-card-min-width, 18em)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='list']) .cards {
    grid-template-columns: 1fr;
  }
  .cards > li {
    display: grid;
    border-radius: var(--_radius);
  }
  .card-skeleton {
    min-block-size: 26em;
  }
  .count-skeleton {
    inline-size: 12em;
    block-size: 1.5em;
  }
  .input-with-icon {
    position: relative;
    display: block;
  }
  .input-with-icon .icon {
    position: absolute;
    inset-inline-start: 0.6em;
    inset-block-start: 50%;
    translate: 0 -50%;
    color: var(--_muted);
  }
  .input-with-icon input {
    padding-inline-start: 2.2em;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    font-weight: 600;
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    accent-color: var(--_primary);
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: 0.75em;
  }
  .empty p {
    margin: 0;
  }
  .more {
    justify-self: center;
  }
  @container (max-width: 30em) {
    .filters {
      flex-direction: column;
      align-items: stretch;
    }
  }
`;
