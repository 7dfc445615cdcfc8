import { css } from 'lit';

/**
 * The host rules and the surface, text, border, accent and focus tokens: `themeStyles` without
 * `stateTokenStyles` (on-accent, danger, success, warning), for a first view that uses none of
 * those (`<confab-feedback>`'s question) and adopts `stateTokenStyles` with the code that does.
 */
export const coreThemeStyles = /* @__PURE__ */ (() => css`
  :host {
    --_surface: var(--confab-color-surface, light-dark(#ffffff, #161b22));
    --_surface-subtle: var(--confab-color-surface-subtle, light-dark(#f5f7fa, #21262d));
    --_text: var(--confab-color-text, light-dark(#1b1f24, #e6edf3));
    --_text-muted: var(--confab-color-text-muted, light-dark(#545d68, #a8b3bf));
    --_border: var(--confab-color-border, light-dark(#c9d1d9, #3d444d));
    --_accent: var(--confab-color-accent, light-dark(#0a58ca, #58a6ff));
    --_accent-subtle: var(--confab-color-accent-subtle, light-dark(#e7f0fd, #1c2d41));
    --_focus: var(--confab-color-focus, light-dark(#0a58ca, #58a6ff));
    --_radius: var(--confab-radius, 8px);
    --_space: var(--confab-space, 0.5rem);
    display: block;
    /* Each widget is a size container: it adapts to the width it is given (container queries), not to the viewport. */
    container-type: inline-size;
    font-family: var(--confab-font-family, inherit);
    font-size: var(--confab-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`)();

/**
 * The width below which a widget lays itself out for a narrow column (a phone, a sidebar, a page
 * at 200% zoom), for `@container (max-width: ${narrow})` in a widget's styles.
 */
export const narrow = /* @__PURE__ */ (() => css`30rem`)();

// The shared pieces are separate sheets, so that a widget can take only what it needs;
// widget.styles.ts puts them together (`themeStyles`, `baseStyles`). Those a widget typically
// needs only after its first view (the state tokens, `.muted`, fields, primary and link buttons,
// error messages) are in form.styles.ts, so that they can be loaded lazily. Each is built in an IIFE marked pure, because bundlers keep a tagged
// template call (Lit's `css`) even when its result is unused, but drop an unused pure call.

/** Box sizing, the widget's box (`.root`), focus rings, reduced motion. */
export const rootStyles = /* @__PURE__ */ (() => css`
  *, *::before, *::after { box-sizing: border-box; }
  /* A fieldset does not grow to its content's widest word (the browser default), so it fits narrow widths. */
  fieldset { min-inline-size: 0; }
  .root {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  :focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`)();

/** Buttons: default, toggles (`aria-pressed`), disabled (`.primary` and `.link`: `actionStyles`). */
export const buttonStyles = /* @__PURE__ */ (() => css`
  button, input, textarea, select { font: inherit; color: inherit; }
  button {
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    min-height: 2.25rem;
    min-width: 2.25rem;
  }
  button:hover:not(:disabled) { background: var(--_surface-subtle); }
  button[aria-pressed='true'] { background: var(--_accent-subtle); border-color: var(--_accent); }
  button:disabled { cursor: not-allowed; opacity: 0.6; }
`)();

/** Status messages (`.message`; `.message.error`: `errorStyles`). */
export const messageStyles = /* @__PURE__ */ (() => css`
  .message { margin: 0; padding: var(--_space); border-radius: var(--_radius); background: var(--_surface-subtle); color: var(--_text); }
`)();

/** `.visually-hidden`: text for assistive technology only. */
export const visuallyHiddenStyles = /* @__PURE__ */ (() => css`
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
`)();

