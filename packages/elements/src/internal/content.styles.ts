import { css } from 'lit';

/**
 * Styles of the content lifecycle (`content-actions.ts`, `content-status.ts`, `content-forms.ts`):
 * the actions row, the state labels, the forms and the earlier versions. Put it after
 * `baseStyles` in a widget's `static styles`.
 */
export const contentStyles = /* @__PURE__ */ (() => css`
  .content-actions { display: flex; flex-wrap: wrap; align-items: center; gap: calc(var(--_space) * 0.5) var(--_space); margin-block: calc(var(--_space) * 0.5); }
  .content-status { margin-block: calc(var(--_space) * 0.5); overflow-wrap: anywhere; }
  .content-label { font-weight: 600; }
  .content-form { display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_space) * 0.75); margin-block: var(--_space); }
  .content-form fieldset { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.5) var(--_space); }
  .content-form .row { display: flex; flex-wrap: wrap; gap: var(--_space); }
  .content-versions ol { margin: 0; padding-inline-start: calc(var(--_space) * 2.5); }
  .content-versions .version-body { white-space: pre-line; overflow-wrap: anywhere; }
`)();
