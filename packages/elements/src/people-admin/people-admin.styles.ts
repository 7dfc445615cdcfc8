import { css } from 'lit';
import { narrow } from '../internal/theme.styles.js';

/** Styles of `<confab-people-admin>` on top of the shared theme and base styles. */
export const peopleAdminStyles = css`
  .title { font-size: 1.25em; margin: 0 0 var(--_space); }
  .search { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; margin-block-end: calc(var(--_space) * 2); }
  .search > div { flex: 1 1 14rem; }
  .search label { display: block; }
  .search input { inline-size: 100%; box-sizing: border-box; }
  .list { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  .person { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5);
    display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: calc(var(--_space) * 0.5) var(--_space); align-items: center; }
  .person > :not(.toggles) { grid-column: 1; }
  .name { margin: 0; font-size: 1em; overflow-wrap: anywhere; }
  .person p { margin: 0; }
  .toggles { grid-column: 2; grid-row: 1 / span 2; display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.5); }
  .small { font-size: 0.875em; }
  .note, .error-line { grid-column: 1 / -1 !important; }
  [aria-disabled='true'] { opacity: 0.6; cursor: progress; }
  @container (max-width: ${narrow}) {
    .person { grid-template-columns: minmax(0, 1fr); }
    .toggles { grid-column: 1; grid-row: auto; }
  }
`;
