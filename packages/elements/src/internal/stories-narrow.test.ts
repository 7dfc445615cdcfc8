// Every story of every widget, in a 375 px column and in both right-to-left languages: nothing
// may reach outside the column. The stories are the widgets' states (loading, empty, error,
// offline, long text, …), so this covers each state at phone width.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { column } from '../../../../stories/support/page.js';
import { deepElements, spillsOut } from '../../test/layout.js';

type Args = Record<string, unknown>;
interface StoryLike { name?: string; args?: Args; render?: (args: Args) => TemplateResult; play?: (context: { canvasElement: HTMLElement }) => Promise<void> | void }
interface StoryModule { default: { title: string; args?: Args; render?: (args: Args) => TemplateResult }; [name: string]: unknown }

/** Waits until no element (shadow roots included) has a pending update, and tasks had their turn. */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 8; round++) {
    const pending = [root, ...deepElements(root)].map((el) => (el as Partial<{ updateComplete: Promise<boolean> }>).updateComplete).filter(Boolean);
    const done = await Promise.all(pending);
    await new Promise((r) => setTimeout(r, 30));
    if (done.every((d) => d === true) && round > 1) return;
  }
}

/** Every `stories/*.stories.ts`, as the test runner's server finds them (`storyFilesPlugin` in web-test-runner.config.mjs): none can be left out. */
const files = await executeServerCommand<string[], undefined>('story-files');
if (!files?.length) throw new Error('no stories/*.stories.ts found: is storyFilesPlugin in web-test-runner.config.mjs?');
const modules = await Promise.all(files.map((file) => import(`../../../../stories/${file}`) as Promise<StoryModule>));

for (const mod of modules) {
  const meta = mod.default;
  describe(`${meta.title} stories at 375 px`, function () {
    this.timeout(60_000);
    beforeEach(() => localStorage.clear());
    afterEach(() => document.documentElement.setAttribute('lang', 'en'));
    for (const [exportName, value] of Object.entries(mod)) {
      if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as StoryLike;
      const render = story.render ?? meta.render;
      if (!render) continue;
      for (const lang of ['en', 'ar', 'he']) {
        it(`${story.name ?? exportName} (${lang}) fits a 375 px column`, async () => {
          document.documentElement.lang = lang;
          document.documentElement.dir = lang === 'en' ? 'ltr' : 'rtl';
          const box = await fixture<HTMLElement>(html`<div style="width: 400px">${column(375, render({ ...meta.args, ...story.args }))}</div>`);
          const col = box.firstElementChild as HTMLElement;
          await settle(col);
          if (story.play) {
            await story.play({ canvasElement: col }); // e.g. opens a thread or a profile card
            await settle(col);
          }
          expect(spillsOut(col)).to.deep.equal([]);
        });
      }
    }
  });
}
