import { css } from 'lit';
import { narrow } from '../internal/theme.styles.js';

/** Styles of `<confab-webhooks-admin>` on top of the shared theme and base styles. */
export const webhooksAdminStyles = css`
  :host {
    --_state-enabled: var(--confab-webhooks-admin-state-enabled, var(--_success));
    --_state-disabled: var(--confab-webhooks-admin-state-disabled, var(--_danger));
    --_mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .title { font-size: 1.25em; margin: 0 0 var(--_space); overflow-wrap: anywhere; }
  .subheading { font-size: 1em; margin: 0; overflow-wrap: anywhere; }
  .intro { margin: 0 0 calc(var(--_space) * 2); }
  .toolbar { margin-block-end: calc(var(--_space) * 2); }
  .small { font-size: 0.875em; }
  code { font-family: var(--_mono); font-size: 0.875em; overflow-wrap: anywhere; }
  .list, .delivery-list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  .list { gap: calc(var(--_space) * 1.5); }
  .endpoint { border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 1.5); display: grid; gap: calc(var(--_space) * 0.75); min-width: 0; }
  .endpoint p { margin: 0; }
  .endpoint-url { margin: 0; font-size: 1.0625em; overflow-wrap: anywhere; }
  .endpoint-url:focus-visible, .delivery:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .description { white-space: pre-wrap; overflow-wrap: anywhere; }
  .events { overflow-wrap: anywhere; }
  .state-label { font-weight: 600; }
  .state-label[data-enabled='true'] { color: var(--_state-enabled); }
  .state-label[data-enabled='false'] { color: var(--_state-disabled); }
  .actions, .row { display: flex; flex-wrap: wrap; gap: var(--_space); }
  button.danger { color: var(--_danger); border-color: currentColor; }
  .confirm { display: grid; gap: var(--_space); border-inline-start: 3px solid var(--_warning); padding-inline-start: var(--_space); }
  .secret { display: grid; gap: var(--_space); margin-block-end: calc(var(--_space) * 2); padding: calc(var(--_space) * 1.5);
    border: 2px solid var(--_accent); border-radius: var(--_radius); background: var(--_accent-subtle); min-width: 0; }
  .secret label { margin: 0; }
  .secret-note { margin: 0; font-weight: 600; }
  .secret-row { display: flex; flex-wrap: wrap; gap: var(--_space); }
  .secret-value { flex: 1 1 16rem; min-width: 0; font-family: var(--_mono); }
  .secret > button { justify-self: start; }
  .copy-result { margin: 0; }
  .webhook-form { display: grid; gap: calc(var(--_space) * 1.5); margin-block-end: calc(var(--_space) * 2); min-width: 0; }
  .endpoint .webhook-form { margin: 0; }
  .webhook-form .hint { margin: calc(var(--_space) * 0.5) 0 0; }
  fieldset { border: 1px solid var(--_border); border-radius: calc(var(--_radius) * 0.75); margin: 0; padding: var(--_space) calc(var(--_space) * 1.5); }
  legend { font-weight: 600; padding: 0 calc(var(--_space) * 0.5); }
  .event-types .hint { margin: 0 0 var(--_space); }
  .event-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); gap: calc(var(--_space) * 0.5) var(--_space); }
  .check { display: flex; gap: var(--_space); align-items: baseline; min-width: 0; }
  .check input { width: auto; flex: none; margin: 0; }
  .check label { font-weight: normal; margin: 0; overflow-wrap: anywhere; min-width: 0; }
  .check code, .event-type code { color: var(--_text-muted); }
  .deliveries { display: grid; gap: var(--_space); border-block-start: 1px solid var(--_border); padding-block-start: var(--_space); min-width: 0; }
  .deliveries-head { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; justify-content: space-between; }
  .deliveries > button { justify-self: start; }
  .delivery { padding: var(--_space); border-radius: calc(var(--_radius) * 0.75); background: var(--_surface-subtle); display: grid; gap: calc(var(--_space) * 0.25); min-width: 0; }
  .delivery-line { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.25) var(--_space); align-items: baseline; }
  .status { font-weight: 600; }
  .status[data-status='delivered'] { color: var(--_state-enabled); }
  .status[data-status='failed'] { color: var(--_state-disabled); }
  .status[data-status='pending'] { color: var(--_warning); }
  .delivery-error { color: var(--_danger); overflow-wrap: anywhere; }
  .delivery-id { overflow-wrap: anywhere; }
  [aria-disabled='true'] { opacity: 0.6; cursor: progress; }
  @container (max-width: ${narrow}) {
    .endpoint { padding: var(--_space); }
  }
`;
