import { css } from 'lit';

/** Styles of `<confab-feedback>`'s question and summary, on top of the shared theme and base styles. */
export const feedbackStyles = /* @__PURE__ */ css`
  :host {
    --_star: var(--confab-feedback-star-color, var(--_accent));
    --_star-size: var(--confab-feedback-star-size, 1.75rem);
  }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  legend, .title { font-weight: 600; margin: 0 0 var(--_space); padding: 0; }
  legend { float: inline-start; width: 100%; }
  .stars { display: flex; }
  .stars label { margin: 0; font-weight: 400; font-size: var(--_star-size); line-height: 1; padding: 0.1em; cursor: pointer; color: var(--_text-muted); border-radius: calc(var(--_radius) * 0.5); }
  /* Chosen stars are filled, the others outlined (a shape, not only a colour), and the rating is also said in text. */
  .stars label.on { color: var(--_star); }
  .stars-value { font-variant-numeric: tabular-nums; }
  .summary { margin: var(--_space) 0 0; font-size: 0.875em; color: var(--_text-muted); }
  .stars input:focus-visible + label { outline: 2px solid var(--_focus); outline-offset: 1px; }
`;
