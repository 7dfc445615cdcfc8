import { css } from 'lit';

/** Styles of `<confab-idea-card>`, after `themeStyles` and `baseStyles`. */
export const ideaCardStyles = css`
  :host {
    --_card-gap: var(--confab-idea-card-gap, var(--_space));
    --_chip-bg: var(--confab-idea-card-chip-background, var(--_surface-subtle));
  }
  article { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_card-gap); }
  header { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--_space); justify-content: space-between; }
  .idea-title { margin: 0; font-size: 1.125em; line-height: 1.3; overflow-wrap: anywhere; }
  p { margin: 0; }
  .meta { display: flex; flex-wrap: wrap; align-items: center; gap: calc(var(--_space) * 0.5); color: var(--_text-muted); font-size: 0.875em; }
  /* A name too long for a line of its own (one long word) breaks, as a last resort, rather than widen the card. */
  .meta .name { color: var(--_text); font-weight: 600; overflow-wrap: anywhere; }
  .excerpt { overflow-wrap: anywhere; white-space: pre-line; }
  .chip {
    display: inline-block; padding: 0 var(--_space); border-radius: 999px; font-size: 0.8125em; font-weight: 600;
    border: 1px solid var(--_border); background: var(--_chip-bg); color: var(--_text); white-space: nowrap;
  }
  .chip[data-status='planned'], .chip[data-status='in-progress'] { border-color: var(--_accent); }
  .chip[data-status='implemented'] { border-color: var(--_success); }
  .chip[data-status='declined'] { border-color: var(--_danger); }
  .tags { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.5); list-style: none; margin: 0; padding: 0; }
  .tags li { font-size: 0.8125em; padding: 0 calc(var(--_space) * 0.75); border-radius: 999px; background: var(--_surface-subtle); border: 1px solid var(--_border); }
  .status-note { border-inline-start: 3px solid var(--_accent); padding-inline-start: var(--_space); display: grid; gap: calc(var(--_space) * 0.25); }
  .status-note blockquote { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  .vote { display: inline-flex; align-items: center; gap: calc(var(--_space) * 0.5); font-weight: 600; }
  .count { font-variant-numeric: tabular-nums; }
  form, .thread { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  .thread { border-block-start: 1px solid var(--_border); padding-block-start: var(--_space); }
  .thread-heading { margin: 0; font-size: 1em; }
  .comments { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  .comments li { display: grid; gap: calc(var(--_space) * 0.25); }
  .pending { font-style: italic; }
  .hint { font-size: 0.875em; margin: 0; }
  .row { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  [role='status']:empty { position: absolute; }
  textarea[aria-invalid='true'] { border-color: var(--_danger); }
`;
