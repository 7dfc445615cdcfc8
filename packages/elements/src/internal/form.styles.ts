import { css } from 'lit';

// Shared base styles that a widget may need only after its first view, in a module of their own
// so that they can be loaded lazily with the code that uses them. widget.styles.ts includes them
// in `themeStyles` and `baseStyles`; like the sheets of theme.styles.ts, each is built in a pure IIFE.

/** The theme tokens of states and actions (part of `themeStyles`): on-accent, danger, success, warning. */
export const stateTokenStyles = /* @__PURE__ */ (() => css`
  :host {
    --_on-accent: var(--confab-color-on-accent, light-dark(#ffffff, #0d1117));
    --_danger: var(--confab-color-danger, light-dark(#b3261e, #ff7b72));
    --_success: var(--confab-color-success, light-dark(#1a7f37, #56d364));
    --_warning: var(--confab-color-warning, light-dark(#8a5300, #e3b341));
  }
`)();

/** Secondary text: `.muted`. */
export const mutedStyles = /* @__PURE__ */ (() => css`
  .muted { color: var(--_text-muted); }
`)();

/** Action buttons: `button.primary` and link-looking `button.link`. */
export const actionStyles = /* @__PURE__ */ (() => css`
  button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); }
  button.primary:hover:not(:disabled) { background: var(--_accent); filter: brightness(1.08); }
  button.link { border: none; background: none; color: var(--_accent); padding: 0; min-height: auto; min-width: auto; text-decoration: underline; }
`)();

/** Form fields, their labels and their errors (`.field-error`). */
export const fieldStyles = /* @__PURE__ */ (() => css`
  input, textarea, select {
    width: 100%;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_space) * 0.75);
  }
  textarea { min-height: 5rem; resize: vertical; }
  label { display: block; font-weight: 600; margin-block-end: calc(var(--_space) * 0.5); }
  .field-error { color: var(--_danger); font-size: 0.875em; margin: calc(var(--_space) * 0.5) 0 0; }
  /* Issue 15: the @mention completion list under a composer (mention-controller.ts). */
  .mentions { list-style: none; margin: calc(var(--_space) * 0.25) 0 0; padding: calc(var(--_space) * 0.25); border: 1px solid var(--_border); border-radius: calc(var(--_radius) * 0.75); background: var(--_surface); }
  .mentions [role='option'] { padding: calc(var(--_space) * 0.5); border-radius: calc(var(--_radius) * 0.5); cursor: pointer; }
  .mentions [aria-selected='true'] { background: var(--_accent-subtle); outline: 1px solid var(--_accent); }
`)();

/** Error messages: `.message.error` (on top of `.message` from `messageStyles`). */
export const errorStyles = /* @__PURE__ */ (() => css`
  .message.error { color: var(--_danger); border: 1px solid currentColor; background: var(--_surface); }
`)();
