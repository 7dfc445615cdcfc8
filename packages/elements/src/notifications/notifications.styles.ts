import { css } from 'lit';

/** Styles of `<confab-notifications>` on top of the shared theme and base styles. */
export const notificationsStyles = css`
  /* A button sized by its content, not a size container (a zero-width flex item in a page header otherwise). */
  :host { display: inline-block; position: relative; container-type: normal; }
  /* The bell button is the widget's only visible box: no card around it (it sits in page headers). */
  .root { position: relative; padding: 0; border: 0; background: none; }
  .bell { position: relative; display: inline-flex; align-items: center; justify-content: center; padding: calc(var(--_space) * 0.5); }
  .count {
    position: absolute; inset-block-start: -0.4em; inset-inline-end: -0.4em; min-width: 1.4em; padding: 0 0.3em;
    border-radius: 999px; background: var(--_accent); color: var(--_surface); font-size: 0.75em; font-weight: 700; line-height: 1.4em; text-align: center;
  }
  .panel {
    position: absolute; inset-inline-end: 0; inset-block-start: calc(100% + var(--_space) * 0.5); z-index: 10;
    width: min(var(--confab-notifications-panel-width, 24rem), calc(100vw - 2rem)); box-sizing: border-box; max-height: min(32rem, 80vh); overflow: auto;
    background: var(--_surface); color: var(--_text); border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5); box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.15); text-align: start;
  }
  /* Where the browser anchors boxes, the panel is placed against the viewport by the bell: under it at
     its end, else at its start, else above it; else across the viewport under or above the bell; else
     from the viewport's top, scrolling inside. So it never reaches off a narrow screen or column. */
  @supports (position-anchor: --a) {
    .bell { anchor-name: --confab-bell; }
    .panel {
      position: fixed; position-anchor: --confab-bell; inset: auto;
      inset-block-start: calc(anchor(end) + var(--_space) * 0.5); inset-inline-end: anchor(end);
      position-try-fallbacks: flip-inline, flip-block, flip-block flip-inline, --confab-panel-across, --confab-panel-across flip-block, --confab-panel-sheet;
    }
  }
  @position-try --confab-panel-across { inset-inline: 1rem; width: auto; }
  @position-try --confab-panel-sheet { inset-inline: 1rem; inset-block: 1rem auto; width: auto; max-height: calc(100dvh - 2rem); }
  .panel[hidden] { display: none; }
  .title { font-size: 1.125em; margin: 0 0 var(--_space); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); margin-block-end: var(--_space); }
  .list { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; gap: var(--_space); }
  .item { display: flex; gap: var(--_space); align-items: baseline; padding: var(--_space); border-radius: calc(var(--_radius) * 0.75); }
  .item.unread { background: var(--_accent-subtle); }
  .dot { flex: none; width: 0.6em; height: 0.6em; border-radius: 50%; background: var(--_accent); }
  .body { display: grid; gap: calc(var(--_space) * 0.25); min-width: 0; }
  .item.unread .body > a, .item.unread .line { font-weight: 600; }
  .body a { color: var(--_accent); overflow-wrap: anywhere; }
  .excerpt { margin: 0; overflow-wrap: anywhere; }
  .small { font-size: 0.875em; }
  .prefs { display: grid; gap: var(--_space); }
  .channels { display: grid; gap: var(--_space); }
  .pref { display: grid; gap: calc(var(--_space) * 0.25); }
  fieldset { border: 1px solid var(--_border); border-radius: calc(var(--_radius) * 0.75); margin: 0; padding: var(--_space); display: grid; gap: calc(var(--_space) * 0.5); }
  .check { display: flex; gap: var(--_space); align-items: center; }
  .error { margin: 0; }
  [aria-disabled='true'] { opacity: 0.6; }
`;
