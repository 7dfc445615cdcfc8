import { css } from 'lit';
import { narrow } from '../internal/theme.styles.js';

/** Styles of `<confab-expert-badge>`: the chip, its states and the profile card. */
export const expertBadgeStyles = css`
  :host {
    --_chip-max-width: var(--confab-expert-badge-max-width, 100%);
    --_card-width: var(--confab-expert-card-width, 20rem);
    --_avatar-size: var(--confab-expert-avatar-size, 1.75rem);
    display: inline-block;
    /* A chip sized by its content, not a size container; its skills follow the widget around it. */
    container-type: normal;
    max-width: 100%;
    vertical-align: middle;
    line-height: 1.25;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    max-width: var(--_chip-max-width);
    min-width: 0;
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 1);
    padding-inline-start: calc(var(--_space) * 0.25);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
    vertical-align: middle;
  }
  button.chip:hover { background: var(--_surface-subtle); }
  .avatar {
    flex: none;
    width: var(--_avatar-size);
    height: var(--_avatar-size);
    border-radius: 50%;
    object-fit: cover;
    display: inline-grid;
    place-items: center;
    font-size: 0.75em;
    font-weight: 600;
    background: var(--_accent-subtle);
    color: var(--_text);
  }
  .name {
    flex: 0 1 auto;
    min-width: 3em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  .skill {
    /* The name wins: skills give up their room long before the name does. */
    flex: 0 100 auto;
    min-width: 2.5em;
    max-width: 9em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.8125em;
    padding: 0 calc(var(--_space) * 0.75);
    border-radius: 999px;
    background: var(--_surface-subtle);
    color: var(--_text-muted);
  }
  /* In a narrow widget the chip keeps avatar, name and availability; the card lists every skill. */
  @container (max-width: ${narrow}) {
    .skill { display: none; }
  }
  .dot {
    flex: none;
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    border: 2px solid var(--_text-muted);
  }
  /* Shapes as well as colours, so that availability is not told by colour alone. */
  .dot.available { background: var(--_success); border-color: var(--_success); }
  .dot.busy { background: linear-gradient(var(--_danger) 40%, var(--_surface) 40% 60%, var(--_danger) 60%); border-color: var(--_danger); }
  .dot.away { background: linear-gradient(90deg, var(--_warning) 50%, var(--_surface) 50%); border-color: var(--_warning); }
  .dot.offline { background: transparent; }
  .skeleton .avatar, .skeleton .bar {
    background: var(--_surface-subtle);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton .bar { display: inline-block; width: 7em; height: 0.875em; border-radius: 999px; }
  @keyframes pulse { from { opacity: 1; } to { opacity: 0.45; } }
  .unknown .avatar { background: var(--_surface-subtle); color: var(--_text-muted); }
  .unknown .name { font-weight: 400; color: var(--_text-muted); font-style: italic; }
  .error { color: var(--_danger); }
  .error button { min-height: 1.75rem; padding-block: 0; }

  .card {
    box-sizing: border-box;
    position: fixed;
    inset: auto;
    margin: 0;
    width: min(var(--_card-width), calc(100vw - 1rem));
    /* Never taller than the viewport, so that a control focused inside scrolls into view (WCAG 2.4.11). */
    max-height: calc(100dvh - 1rem);
    overflow: auto;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    z-index: 1000;
    text-align: start;
    line-height: 1.4;
  }
  /* A narrow widget or screen: the card is a bottom sheet (the positioning code reads --_card-sheet). */
  @container (max-width: ${narrow}) {
    .card { --_card-sheet: 1; }
  }
  @media (max-width: ${narrow}) {
    .card { --_card-sheet: 1; }
  }
  .card[data-placement='sheet'] {
    inset: auto 0 0 0;
    width: auto;
    max-height: min(85dvh, calc(100dvh - 3rem));
    border-inline: none;
    border-block-end: none;
    border-radius: var(--_radius) var(--_radius) 0 0;
    box-shadow: 0 -6px 24px rgb(0 0 0 / 0.18);
  }
  .card header { display: flex; align-items: flex-start; gap: var(--_space); }
  .card header .avatar { --_avatar-size: 3rem; font-size: 1rem; }
  .card .who { flex: 1; min-width: 0; }
  .card .card-name { margin: 0; font-size: 1.125em; overflow-wrap: anywhere; }
  .card .card-section { margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5); font-size: 0.875em; text-transform: uppercase; letter-spacing: 0.03em; color: var(--_text-muted); }
  .card p { margin: 0; overflow-wrap: anywhere; }
  .card .status { display: inline-flex; align-items: center; gap: calc(var(--_space) * 0.5); font-size: 0.875em; }
  .card ul { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) * 0.5); }
  /* A skill name wraps between words: the count and the button move to the next line first. */
  .card li.skill-row { display: flex; flex-wrap: wrap; align-items: center; gap: calc(var(--_space) * 0.5) var(--_space); }
  .card .skill-name { flex: 1 1 8em; max-width: 100%; overflow-wrap: break-word; }
  .card .count { font-size: 0.875em; }
  .card .actions { margin-top: calc(var(--_space) * 1.5); }
  .card a.edit-profile { color: var(--_accent); font-weight: 600; display: inline-block; min-height: 24px; padding-block: 2px; }
  .card button.close { border: none; background: none; font-size: 1.25em; line-height: 1; padding: 0; }
  .card .endorse .check { display: none; }
  .card .endorse[aria-pressed='true'] .check { display: inline; }
  .card .endorse { font-size: 0.875em; min-height: 2rem; }
  .card .announce:empty { display: none; }
  .card .announce { margin-top: var(--_space); font-size: 0.875em; }
`;
