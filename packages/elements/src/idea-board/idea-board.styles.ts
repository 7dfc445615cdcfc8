import { css } from 'lit';

/** Styles of `<confab-idea-board>`, after `themeStyles` and `baseStyles`. */
export const ideaBoardStyles = css`
  :host {
    --_board-gap: var(--confab-idea-board-gap, calc(var(--_space) * 2));
    --_board-max-width: var(--confab-idea-board-max-width, none);
  }
  .root { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_board-gap); max-width: var(--_board-max-width); }
  h2, h3, h4, p { margin: 0; }
  h2 { font-size: 1.375em; line-height: 1.25; overflow-wrap: anywhere; }
  h3 { font-size: 1.0625em; }
  h4 { font-size: 1em; }
  header { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  .title-row { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--_space); }
  .purpose { background: var(--_surface-subtle); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); display: grid; gap: calc(var(--_space) * 0.25); }
  .purpose p { overflow-wrap: anywhere; white-space: pre-line; }
  .chip {
    display: inline-block; padding: 0 var(--_space); border-radius: 999px; font-size: 0.8125em; font-weight: 600;
    border: 1px solid var(--_border); background: var(--_surface-subtle); color: var(--_text); white-space: nowrap;
  }
  .chip.open { border-color: var(--_success); }
  .form { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 1.5); }
  .hint { font-size: 0.875em; }
  .row { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  .similar { display: grid; gap: calc(var(--_space) * 0.5); background: var(--_accent-subtle); border-radius: var(--_radius); padding: var(--_space); }
  .similar ul, .ideas, [part='pending'] ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_space) * 0.5); }
  .similar li { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
  .similar-title { flex: 1 1 12rem; overflow-wrap: anywhere; }
  .vote { display: inline-flex; align-items: center; gap: calc(var(--_space) * 0.5); font-weight: 600; }
  .count { font-variant-numeric: tabular-nums; }
  .controls { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; min-height: 4.25rem; }
  .controls > div { min-width: 10rem; }
  .controls label { font-weight: 600; }
  .fresh { margin-inline-start: auto; }
  .ideas { gap: var(--_space); }
  .ideas > li:focus { outline: 2px solid var(--_focus); outline-offset: 2px; border-radius: var(--_radius); }
  .skip:not(:focus) { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .skip:focus { justify-self: start; color: var(--_accent); }
  .list-end:focus { outline: none; }
  [role='status']:empty { position: absolute; }
  input[aria-invalid='true'], textarea[aria-invalid='true'] { border-color: var(--_danger); }
  /* Campaigns: the listing, the admins' buttons and form, the owners combobox. */
  .campaigns { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  .campaigns > li { display: grid; gap: calc(var(--_space) * 0.5); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); }
  .campaigns a, .campaign-purpose { overflow-wrap: anywhere; }
  .campaigns a { color: var(--_accent); }
  .campaign-purpose { white-space: pre-line; }
  button.link { background: none; border: none; padding: 0; font: inherit; color: var(--_accent); text-decoration: underline; cursor: pointer; text-align: start; min-height: 0; }
  .campaign-facts { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.5) var(--_space); font-size: 0.875em; }
  .description { overflow-wrap: anywhere; }
  .owners { display: grid; gap: calc(var(--_space) * 0.25); position: relative; }
  .options { list-style: none; margin: 0; padding: calc(var(--_space) * 0.25) 0; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); max-height: 14rem; overflow: auto; }
  .options[hidden] { display: none; }
  .options li { padding: calc(var(--_space) * 0.5) var(--_space); cursor: pointer; overflow-wrap: anywhere; }
  .options li[aria-selected='true'] { background: var(--_accent-subtle); outline: 2px solid var(--_focus); outline-offset: -2px; }
  .chosen { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.5); }
  .chosen li { display: inline-flex; align-items: center; gap: calc(var(--_space) * 0.5); border: 1px solid var(--_border); border-radius: 999px; padding: 0 0 0 var(--_space); overflow-wrap: anywhere; }
  .check { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
`;
