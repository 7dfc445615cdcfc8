import { css } from 'lit';

/** Styles of `<confab-expert-finder>`: the search form, the status line and the result list. */
export const expertFinderStyles = css`
  :host {
    --_gap: var(--confab-expert-finder-gap, var(--_space));
  }
  .row { display: flex; gap: var(--_space); align-items: stretch; }
  .row input { flex: 1; min-width: 0; }
  .status { margin: calc(var(--_space) * 1.5) 0 var(--_space); }
  .results { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_gap); }
  .result {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    min-width: 0;
  }
  .result confab-expert-badge { max-width: 100%; }
  /* A result is a person: the whole name, wrapped between words if need be, never cut. */
  .result confab-expert-badge::part(name) { white-space: normal; overflow: visible; min-width: 0; overflow-wrap: break-word; }
  .result confab-expert-badge::part(chip) { border-radius: var(--_radius); }
  .reason { font-size: 0.875em; overflow-wrap: anywhere; }
  .more { margin-top: calc(var(--_space) * 1.5); }
  .message.error { display: flex; align-items: center; gap: var(--_space); flex-wrap: wrap; margin-top: var(--_space); }
`;
