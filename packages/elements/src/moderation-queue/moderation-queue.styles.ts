import { css } from 'lit';

/** Styles of `<confab-moderation-queue>` on top of the shared theme and base styles. */
export const moderationQueueStyles = css`
  :host {
    --_state-held: var(--confab-moderation-queue-state-held, var(--_warning));
    --_state-hidden: var(--confab-moderation-queue-state-hidden, var(--_danger));
  }
  .title { font-size: 1.25em; margin: 0 0 var(--_space); overflow-wrap: anywhere; }
  .subheading { font-size: 1em; margin: 0 0 calc(var(--_space) * 0.5); overflow-wrap: anywhere; }
  .views { display: flex; flex-wrap: wrap; gap: var(--_space); margin-block-end: calc(var(--_space) * 2); }
  .filters { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); margin-block-end: calc(var(--_space) * 2); align-items: start; }
  .filters > div { flex: 1 1 10rem; min-width: 0; }
  .list { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_space) * 2); }
  .entry { border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 1.5); display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_space) * 1.25); min-width: 0; }
  .entry:focus-visible, .history li:focus-visible, .empty:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .entry p { margin: 0; }
  .entry-title { margin: 0; font-size: 1.0625em; overflow-wrap: anywhere; }
  .item-title { font-weight: 600; overflow-wrap: anywhere; }
  .content-status { font-size: 0.875em; overflow-wrap: anywhere; }
  .content-label[data-state='held'] { color: var(--_state-held); }
  .content-label[data-state='hidden'], .content-label[data-state='deleted'] { color: var(--_state-hidden); }
  .content { border-inline-start: 3px solid var(--_border); padding-inline-start: var(--_space); min-width: 0; }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; }
  .small { font-size: 0.875em; }
  .report-list, .history, .notes { margin: 0; padding-inline-start: 1.25em; display: grid; gap: calc(var(--_space) * 0.5); }
  .history { overflow-wrap: anywhere; }
  .history p, .notes p { margin: 0; }
  .record { display: flex; flex-wrap: wrap; gap: var(--_space) calc(var(--_space) * 2); margin: 0 0 var(--_space); }
  .record dt { color: var(--_text-muted); font-size: 0.875em; }
  .record dd { margin: 0; font-weight: 600; }
  .author, .staff, .author-history { display: grid; gap: calc(var(--_space) * 0.5); min-width: 0; }
  .decide { display: grid; gap: var(--_space); border-block-start: 1px solid var(--_border); padding-block-start: var(--_space); min-width: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); }
  .restrict { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; }
  .restrict .days { flex: 0 1 14rem; min-width: 0; }
  .staff-box { display: grid; gap: calc(var(--_space) * 0.5); margin-block-start: var(--_space); }
  .staff-box[hidden] { display: none; }
  .staff-box button { justify-self: start; }
  .error-line { color: var(--_danger); margin: 0; }
  [aria-disabled='true'] { opacity: 0.6; cursor: progress; }
`;
