import { css } from 'lit';
import { actionStyles, errorStyles, fieldStyles, mutedStyles, stateTokenStyles } from './form.styles.js';
import { buttonStyles, coreThemeStyles, messageStyles, rootStyles, visuallyHiddenStyles } from './theme.styles.js';

// The theme and the shared pieces together, as most widgets take them: theme.styles.ts holds what
// the feedback prompt's first view needs, form.styles.ts the rest, so that the prompt loads neither
// this module nor form.styles.ts.

/**
 * The public theme tokens (`--confab-*`) mapped to private `--_*` variables, light and dark.
 * Each default is a `light-dark()` pair: dark applies with `theme="dark"`, or with
 * `prefers-color-scheme: dark` unless `theme="light"`. The font is inherited from the host page
 * unless `--confab-font-family` is set.
 */
export const themeStyles = [coreThemeStyles, stateTokenStyles];

/** Small helpers: `.muted` (`mutedStyles`), `.visually-hidden` (`visuallyHiddenStyles`). */
export const utilityStyles = [mutedStyles, visuallyHiddenStyles];

/** Rendered Markdown (`.markdown`). */
export const markdownStyles = /* @__PURE__ */ (() => css`
  .markdown { overflow-wrap: anywhere; }
  .plain { overflow-wrap: anywhere; white-space: pre-line; }
  .markdown :is(p, ul, ol, pre, blockquote) { margin-block: 0 var(--_space); }
  .markdown pre { overflow: auto; background: var(--_surface-subtle); padding: var(--_space); border-radius: calc(var(--_radius) * 0.5); }
  .markdown a { color: var(--_accent); }
  .markdown img { max-width: 100%; }
`)();

/**
 * Every shared piece: buttons, fields, messages, focus rings, visually hidden text, Markdown.
 * Put it after `themeStyles` in `static styles`.
 */
export const baseStyles = [rootStyles, buttonStyles, actionStyles, fieldStyles, messageStyles, errorStyles, utilityStyles, markdownStyles];
