import { css } from 'lit';

/** Styles of `<confab-ask>`'s list and composer, after `themeStyles` and `baseStyles`; the question view adds `threadStyles`. */
export const askStyles = css`
  :host {
    --_ask-max-width: var(--confab-ask-max-width, none);
    --_answered: var(--confab-ask-answered-color, var(--_success));
  }
  .root { max-width: var(--_ask-max-width); display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_space) * 2); }
  [hidden] { display: none !important; }
  h2, h3, h4 { margin: 0; line-height: 1.3; }
  .heading { font-size: 1.25em; }
  h3 { font-size: 1.1em; }
  h4 { font-size: 1em; }
  .home { display: grid; grid-template-columns: minmax(0, 1fr); gap: calc(var(--_space) * 3); }
  form { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
  .field { display: grid; grid-template-columns: minmax(0, 1fr); }
  .hint { margin: calc(var(--_space) * 0.25) 0 0; font-size: 0.875em; min-height: 0; }
  .hint:empty { display: none; }
  .composer > button[type='submit'] { justify-self: start; }
  .similar, .experts {
    border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5); margin: 0; background: var(--_surface-subtle);
  }
  .similar ul, .experts ul, .list, .pending ul { list-style: none; margin: 0; padding: 0; }
  .similar li, .experts li { padding-block: calc(var(--_space) * 0.5); }
  .experts legend { font-weight: 600; padding-inline: calc(var(--_space) * 0.5); }
  .expert { display: flex; align-items: center; flex-wrap: wrap; gap: var(--_space); }
  .expert input { width: auto; }
  .expert label { display: inline; font-weight: normal; margin: 0; }
  .list-header { display: flex; flex-wrap: wrap; align-items: end; justify-content: space-between; gap: var(--_space); margin-block-end: var(--_space); }
  .sort { display: flex; align-items: center; gap: var(--_space); }
  .sort label { margin: 0; font-weight: normal; }
  .sort select { width: auto; }
  .item { padding-block: var(--_space); border-block-end: 1px solid var(--_border); }
  .item:last-child { border-block-end: none; }
  .item .title { font-weight: 600; text-align: start; overflow-wrap: anywhere; }
  .meta, .item .content-status { font-size: 0.875em; overflow-wrap: anywhere; }
  .answered { color: var(--_answered); font-weight: 600; }
  .tags { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.5); list-style: none; margin: calc(var(--_space) * 0.5) 0 0; padding: 0; }
  .tag { background: var(--_accent-subtle); color: var(--_text); border-radius: 999px; padding: 0 var(--_space); font-size: 0.8125em; }
  .back { justify-self: start; }
  .more { margin-block-start: var(--_space); }
  .pending li { padding-block: calc(var(--_space) * 0.25); overflow-wrap: anywhere; }
  .message.error { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
`;
