import { css } from 'lit';

export const styles = css`
  .root {
    container: infamilie-calendar / inline-size;
  }
  .calendar {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  p {
    margin: 0;
  }
  .toolbar-skeleton {
    block-size: 44px;
    inline-size: 100%;
  }
  .month-skeleton {
    min-block-size: 36em;
  }
  .list-skeleton {
    min-block-size: 20em;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .nav {
    display: flex;
    gap: 0.5em;
  }
  .icon-button {
    padding-inline: 0.6em;
  }
  .root[dir='rtl'] .icon.flip {
    transform: scaleX(-1);
  }
  .tz-note {
    display: flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: 0.75em;
  }

  /* Month grid */
  .grid {
    display: grid;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .row {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .weekday {
    padding: 0.35em 0.25em;
    background: var(--_subtle);
    font-size: 0.875em;
    font-weight: 700;
    text-align: center;
  }
  .cell {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-inline-size: 0;
    min-block-size: var(--infamilie-calendar-cell-height, 7.5em);
    padding: 4px;
    border-block-start: 1px solid var(--_border);
    border-inline-start: 1px solid var(--_border);
    cursor: default;
    /* Each cell lays out on its own: a month of hundreds of events lays out in a few milliseconds. */
    contain: layout style;
  }
  .cell.has-entries {
    cursor: pointer;
  }
  .cell[data-column='0'] {
    border-inline-start: 0;
  }
  .cell.outside {
    background: var(--_subtle);
    color: var(--_muted);
  }
  .cell:focus-visible {
    outline-offset: -3px;
  }
  .day-number {
    align-self: flex-start;
    min-inline-size: 1.8em;
    padding-inline: 0.2em;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 700;
    text-align: center;
  }
  .cell.today .day-number {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .chips {
    display: grid;
    gap: 2px;
  }
  .chip {
    display: flex;
    align-items: baseline;
    gap: 0.3em;
    inline-size: 100%;
    min-block-size: 24px;
    margin: 0;
    padding-block: 0.1em;
    padding-inline: 0.3em;
    border: 0;
    border-inline-start: 3px solid var(--_category, var(--_primary));
    border-radius: 4px;
    background: var(--_subtle);
    color: var(--_text);
    font-size: 0.8125em;
    line-height: 1.4;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    cursor: pointer;
    contain: layout style paint;
  }
  .chip:hover {
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .chip.bar {
    background: color-mix(in srgb, var(--_category, var(--_primary)) 22%, var(--_surface));
  }
  /* A continuing entry reaches the cell's edge, so that the days of one event read as one bar. */
  .chip.continues {
    inline-size: calc(100% + 5px);
    margin-inline-end: -5px;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .chip.continued {
    margin-inline-start: -4px;
    border-inline-start-width: 0;
    padding-inline-start: calc(0.3em + 7px);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .chip.continued.continues {
    inline-size: calc(100% + 9px);
  }
  .chip.continued .chip-title::before {
    content: '… ' / '';
  }
  .chip-time {
    flex: none;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .chip-title {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chip .status {
    flex: none;
    color: var(--_danger);
    font-weight: 700;
  }
  .more {
    align-self: flex-start;
    min-block-size: 24px;
    margin: 0;
    padding-inline: 0.3em;
    border: 0;
    background: none;
    color: var(--_primary);
    font-size: 0.8125em;
    font-weight: 700;
    text-decoration: underline;
    cursor: pointer;
  }

  /* Agenda */
  .agenda,
  .entries {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .agenda {
    gap: var(--_space);
  }
  .entries {
    gap: 0.5em;
  }
  .agenda-date {
    margin-block-end: 0.5em;
    padding-block-end: 0.2em;
    border-block-end: 2px solid var(--_primary);
    font-weight: 700;
  }
  .agenda-day.today .agenda-date {
    border-block-end-width: 4px;
  }
  .entry {
    display: grid;
    grid-template-columns: minmax(7em, auto) 1fr;
    gap: 0.25em var(--_space);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_category, var(--_primary));
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .entry.continued {
    border-inline-start-style: dotted;
  }
  .when {
    display: grid;
    align-content: start;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .span-day {
    font-size: 0.875em;
  }
  .entry-title {
    min-block-size: 24px;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .cancelled .entry-title {
    text-decoration-line: underline line-through;
  }
  .cancelled .chip-title,
  .cancelled .title-text {
    text-decoration-line: line-through;
  }
  .meta {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .what > .status,
  .dialog-title .status {
    display: inline-block;
    margin-inline-end: 0.4em;
    padding-inline: 0.4em;
    border-radius: 4px;
    background: var(--_danger);
    color: #ffffff;
    font-size: 0.8125em;
    font-weight: 700;
    vertical-align: 0.1em;
  }
  .more-day {
    margin-block-start: 0.5em;
  }
  .subscribe .button,
  .actions .button {
    text-align: start;
  }

  /* The month view is a grid where there is room for seven columns, else the agenda. */
  .month-agenda {
    display: none;
  }
  @container infamilie-calendar (max-width: 36em) {
    .month-grid {
      display: none;
    }
    .month-agenda {
      display: block;
    }
    .entry {
      grid-template-columns: 1fr;
    }
  }

  /* Dialog */
  .dialog {
    inline-size: min(40em, calc(100vw - 2em));
    max-block-size: calc(100dvh - 2em);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow: auto;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
  }
  .dialog-bar .back {
    margin-inline-end: auto;
  }
  .dialog-title {
    margin-block: 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .dialog-title:focus {
    outline: none;
  }
  .dialog-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .dialog-count {
    margin-block-end: 0.75em;
    color: var(--_muted);
  }
  .details {
    display: grid;
    gap: 0.75em;
  }
  .status-notice {
    font-weight: 700;
  }
  .facts {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .fact {
    display: flex;
    gap: 0.5em;
  }
  .fact dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  @media (forced-colors: active) {
    .chip,
    .entry,
    .grid,
    .cell {
      border-color: CanvasText;
    }
    .cell.today .day-number,
    .what > .status,
    .dialog-title .status {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
