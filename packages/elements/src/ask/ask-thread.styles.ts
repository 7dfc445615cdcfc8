import { css } from 'lit';

/** Styles of `<confab-ask>`'s question view, added (`addStyles`) when its code loads, after `askStyles`. */
export const threadStyles = css`
  .thread { display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_space) * 1.5); }
  .question .thread-title { overflow-wrap: anywhere; }
  .question .thread-title:focus { outline: none; }
  .answers { list-style: none; margin: 0; padding: 0; }
  .answer { padding-block: var(--_space); border-block-end: 1px solid var(--_border); }
  .answer:last-child { border-block-end: none; }
  .answer.accepted { border-inline-start: 4px solid var(--_answered); padding-inline-start: var(--_space); }
  .accepted-mark { color: var(--_answered); font-weight: 600; margin: 0 0 calc(var(--_space) * 0.5); }
  .answer-composer > button[type='submit'] { justify-self: start; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); margin-block-start: var(--_space); }
  .vote .vote-count { font-variant-numeric: tabular-nums; }
`;
