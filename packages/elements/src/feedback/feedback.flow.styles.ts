import { css } from 'lit';
import { actionStyles, errorStyles, fieldStyles, mutedStyles, stateTokenStyles } from '../internal/form.styles.js';
import { contentStyles } from '../internal/content.styles.js';

/** Styles of the follow-up, the results (and the state tokens they use), adopted when they are loaded. */
export const flowStyles = [
  stateTokenStyles,
  mutedStyles,
  actionStyles,
  fieldStyles,
  errorStyles,
  contentStyles,
  css`
    .follow-up { margin-block-start: calc(var(--_space) * 2); display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
    .follow-up label { margin: 0; }
    .reasons button { border-radius: 999px; }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_space); }
    [aria-disabled='true'] { opacity: 0.6; cursor: progress; }
    .small { font-size: 0.875em; margin: 0; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2); margin: 0 0 var(--_space); }
    dt { color: var(--_text-muted); }
    dd { margin: 0; }
    .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
    .response { border-inline-start: 3px solid var(--_accent); padding-inline-start: var(--_space); margin-block: var(--_space); }
    #result:focus { outline: none; }
    #result:focus-visible { outline: 2px solid var(--_focus); }
  `,
];
