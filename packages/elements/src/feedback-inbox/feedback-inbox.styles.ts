import { css } from 'lit';

/** Styles of `<confab-feedback-inbox>` on top of the shared theme and base styles. */
export const feedbackInboxStyles = css`
  :host {
    --_state-open: var(--confab-feedback-inbox-state-open, var(--_warning));
  }
  .title { font-size: 1.25em; margin: 0 0 var(--_space); overflow-wrap: anywhere; }
  .summary { display: flex; flex-wrap: wrap; gap: var(--_space) calc(var(--_space) * 3); margin: 0 0 calc(var(--_space) * 2); }
  .summary dt { color: var(--_text-muted); font-size: 0.875em; }
  .summary dd { margin: 0; font-weight: 600; font-size: 1.125em; }
  .filters { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); margin-block-end: calc(var(--_space) * 2); align-items: start; }
  .filters > div { flex: 1 1 12rem; }
  .list { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_space) * 1.5); }
  .item { border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 1.5); display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  .item:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .item p { margin: 0; }
  .item-heading { margin: 0; font-size: 1em; overflow-wrap: anywhere; }
  .respond[hidden] { display: none; }
  .head { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  .good { color: var(--_success); }
  .bad { color: var(--_danger); }
  .chip, .state { border: 1px solid var(--_border); border-radius: 999px; padding: 0 var(--_space); font-size: 0.875em; }
  .state { margin-inline-start: auto; color: var(--_text-muted); }
  .state-open { color: var(--_state-open); border-color: currentColor; }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; }
  .small { font-size: 0.875em; }
  .response { border-inline-start: 3px solid var(--_accent); padding-inline-start: var(--_space); }
  .respond label { margin-block-end: calc(var(--_space) * 0.25); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); }
  [aria-disabled='true'] { opacity: 0.6; cursor: progress; }
  a { color: var(--_accent); overflow-wrap: anywhere; }
`;
