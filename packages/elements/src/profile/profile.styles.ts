import { css } from 'lit';

/** Styles of `<confab-profile>` on top of the shared theme and base styles. */
export const profileStyles = css`
  .title { font-size: 1.25em; margin: 0 0 var(--confab-space, var(--_space)); overflow-wrap: anywhere; }
  form { display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_space) * 2); }
  .row { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: calc(var(--_space) * 2); }
  .hint { font-size: 0.875em; margin: calc(var(--_space) * 0.5) 0 0; }
  input[readonly] { background: transparent; border-style: dashed; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 1.5); margin: 0; min-width: 0; }
  legend { font-weight: 600; padding: 0 calc(var(--_space) * 0.5); }
  .section { margin: 0 0 var(--_space); font-size: 1em; }
  .skills { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; gap: calc(var(--_space) * 0.5); }
  .skill { display: flex; flex-wrap: wrap; align-items: center; gap: calc(var(--_space) * 0.5); border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 0.5) var(--_space); }
  .skill-name { flex: 1 1 8rem; overflow-wrap: anywhere; font-weight: 600; }
  .add { display: flex; gap: var(--_space); align-items: start; }
  .combo { position: relative; flex: 1 1 auto; min-width: 0; }
  [role='listbox'] { list-style: none; margin: calc(var(--_space) * 0.25) 0 0; padding: calc(var(--_space) * 0.25); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
  [role='option'] { padding: calc(var(--_space) * 0.5) var(--_space); border-radius: calc(var(--_radius) * 0.5); cursor: pointer; display: flex; flex-wrap: wrap; gap: 0 var(--_space); }
  [role='option'][aria-selected='true'] { outline: 2px solid var(--_focus); background: var(--_surface-raised, transparent); }
  .preview { border-inline-start: 3px solid var(--_accent); padding-inline-start: var(--_space); overflow-wrap: anywhere; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  .status { margin: 0; }
  .status.error { color: var(--_danger); }
  [aria-disabled='true'] { opacity: 0.6; }
  button[aria-disabled='true'] { cursor: not-allowed; }
`;
