import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, ValidationError } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabIdeaBoard } from './idea-board.js';
import type { ConfabIdeaCard } from '../idea-card/idea-card.js';
import { campaignSeed } from '../../../../stories/fixtures/campaign-seed.js';
import { campaignHref } from './campaign-list.js';

interface Attrs { campaign?: string; campaigns?: boolean; href?: string }

async function mount(adapter: MemoryAdapter, attrs: Attrs = {}): Promise<ConfabIdeaBoard> {
  const provider = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-board campaign=${attrs.campaign ?? ''}
    ?campaigns=${attrs.campaigns ?? false} campaign-href=${attrs.href ?? ''}></confab-idea-board></confab-provider>`);
  const board = provider.querySelector('confab-idea-board')!;
  if (!attrs.campaign) board.removeAttribute('campaign');
  if (!attrs.href) board.removeAttribute('campaign-href');
  await waitUntil(() => !board.shadowRoot!.querySelector('.message[role="status"]') && board.shadowRoot!.querySelector('h2'), 'board loaded');
  await board.updateComplete;
  return board;
}

const $ = <T extends Element = HTMLElement>(board: Element, sel: string) => board.shadowRoot!.querySelector<T>(sel)!;
const buttons = (board: ConfabIdeaBoard) => [...board.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
const active = (board: ConfabIdeaBoard) => board.shadowRoot!.activeElement as HTMLElement | null;
const listed = (board: ConfabIdeaBoard) => [...board.shadowRoot!.querySelectorAll('[part="campaign"] [data-campaign]')].map((e) => e.textContent!.trim());

/** Everything the board's live region said while `run` ran. */
async function heard(board: ConfabIdeaBoard, run: () => Promise<void>): Promise<string> {
  const said: string[] = [];
  const region = $(board, '[data-confab-live]');
  const observer = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  try {
    await run();
    await aTimeout(80);
  } finally {
    observer.disconnect();
  }
  return said.join(' | ');
}

async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

beforeEach(() => localStorage.clear());

describe('<confab-idea-board> campaigns', () => {
  it('lists the open campaigns with their purpose, as links from campaign-href', async () => {
    const board = await mount(new MemoryAdapter({ seed: campaignSeed() }), { campaigns: true, href: '/ideas.html?campaign={id}' });
    expect($(board, 'h2').textContent).to.equal('Campaigns');
    expect(listed(board)).to.deep.equal(['Greener offices', 'Fewer meetings']);
    const links = [...board.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="campaign"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/ideas.html?campaign=c1', '/ideas.html?campaign=c3']);
    expect($(board, '[part="campaigns"]').textContent).to.contain('halve the energy').and.contain('Meetings eat our week');
    expect($(board, '[part="campaigns"]').textContent).not.to.contain('Summer party');
    expect(buttons(board)).not.to.include('New campaign');
    await expect(board).to.be.accessible();
  });

  it('encodes the id into campaign-href and refuses an unsafe template', () => {
    expect(campaignHref('/ideas.html?campaign={id}', 'a b&c')).to.equal('/ideas.html?campaign=a%20b%26c');
    expect(campaignHref('javascript:alert({id})', 'c1')).to.equal(undefined);
    expect(campaignHref(undefined, 'c1')).to.equal(undefined);
  });

  it('without campaign-href, a button shows the campaign here and fires confab-campaign-selected', async () => {
    const board = await mount(new MemoryAdapter({ seed: campaignSeed() }), { campaigns: true });
    const pick = $<HTMLButtonElement>(board, '[data-campaign="c3"]');
    expect(pick.localName).to.equal('button');
    expect(pick.getAttribute('aria-label')).to.equal('Open Fewer meetings');
    pick.focus();
    const event = oneEvent(board, 'confab-campaign-selected');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ campaign: 'c3' });
    expect(board.getAttribute('campaign')).to.equal('c3');
    await waitUntil(() => $(board, 'h2')?.textContent === 'Fewer meetings', 'campaign shown');
    expect($(board, '[part="description"]').textContent).to.contain('recurring');
    expect($(board, 'header').textContent).to.contain('Ideas reviewed by Ana Colleague');
    await waitUntil(() => active(board)?.id === 'heading', 'focus on the heading');
    $<HTMLButtonElement>(board, '#all-campaigns').click();
    await waitUntil(() => $(board, 'h2')?.textContent === 'Campaigns', 'back to the listing');
    expect(board.hasAttribute('campaign')).to.equal(false);
  });

  it('shows admins the buttons, and members none', async () => {
    const admin = await mount(new MemoryAdapter({ seed: campaignSeed(), user: 'adm' }), { campaign: 'c1' });
    expect(buttons(admin)).to.include.members(['New campaign', 'Edit campaign', 'Close campaign']);
    await expect(admin).to.be.accessible();
    const member = await mount(new MemoryAdapter({ seed: campaignSeed(), user: 'me' }), { campaign: 'c1' });
    expect(buttons(member)).not.to.include.members(['New campaign']);
    expect(buttons(member)).not.to.include('Edit campaign');
    expect(buttons(member)).not.to.include('Close campaign');
  });

  it('an admin creates a campaign with the keyboard: errors by field, owners from the people search', async () => {
    const adapter = new MemoryAdapter({ seed: campaignSeed(), user: 'adm' });
    const board = await mount(adapter, { campaigns: true });
    $<HTMLButtonElement>(board, '#new-campaign').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(board)?.id === 'campaign-title', 'focus in the title');
    expect($(board, '#new-campaign').getAttribute('aria-expanded')).to.equal('true');
    expect($(board, '[part="campaign-form"]').textContent).to.contain('what will happen to their ideas');
    // Submitting empty: both required fields are marked, focus goes to the first.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(board, '#campaign-purpose-error'), 'purpose error');
    expect($(board, '#campaign-title').getAttribute('aria-invalid')).to.equal('true');
    expect($(board, '#campaign-purpose').getAttribute('aria-describedby')).to.contain('campaign-purpose-error');
    expect($(board, '#campaign-purpose-error').textContent).to.equal('Say why you ask and what happens to the ideas.');
    expect(active(board)?.id).to.equal('campaign-title');
    await expect(board).to.be.accessible();
    await type('Fewer printers');
    await sendKeys({ press: 'Tab' });
    await type('Printing costs us a fortune. Facilities decides in May.');
    await sendKeys({ press: 'Tab' });
    await type('Count the **printers** on your floor.');
    board.shadowRoot!.querySelector<HTMLInputElement>('#campaign-owners')!.focus();
    await type('Ana');
    await waitUntil(() => $(board, '#campaign-owners').getAttribute('aria-expanded') === 'true', 'suggestions');
    await sendKeys({ press: 'ArrowDown' });
    expect($(board, '#campaign-owners').getAttribute('aria-activedescendant')).to.equal('owner-option-0');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(board, '[data-owner="ana"]'), 'owner chosen');
    expect($(board, '[data-owner="ana"]').textContent).to.equal('Remove Ana Colleague');
    expect(board.shadowRoot!.querySelector('[part="campaign-form"]'), 'Enter in the search did not submit').to.exist;
    await expect(board).to.be.accessible();
    const said = await heard(board, async () => {
      $<HTMLButtonElement>(board, '[part="campaign-form"] button[type="submit"]').click();
      await waitUntil(() => listed(board).includes('Fewer printers'), 'listed');
    });
    expect(said).to.contain('Campaign “Fewer printers” created.');
    const stored = (await adapter.ideas.listCampaigns()).find((c) => c.title === 'Fewer printers')!;
    expect(stored.purpose).to.equal('Printing costs us a fortune. Facilities decides in May.');
    expect(stored.description).to.equal('Count the **printers** on your floor.');
    expect(stored.owners.map((o) => o.id)).to.deep.equal(['ana']);
    await waitUntil(() => active(board)?.getAttribute('data-campaign') === stored.id, 'focus on the new campaign');
  });

  it('Escape or Cancel closes the form and focus goes back to the button', async () => {
    const board = await mount(new MemoryAdapter({ seed: campaignSeed(), user: 'adm' }), { campaign: 'c1' });
    $<HTMLButtonElement>(board, '#edit-campaign').click();
    await waitUntil(() => active(board)?.id === 'campaign-title', 'form open');
    expect($<HTMLInputElement>(board, '#campaign-title').value).to.equal('Greener offices');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => active(board)?.id === 'edit-campaign', 'focus back on Edit campaign');
    expect(board.shadowRoot!.querySelector('[part="campaign-form"]')).to.equal(null);
  });

  it('shows a refusal of the backend under its field and keeps the stored campaign', async () => {
    const adapter = new MemoryAdapter({ seed: campaignSeed(), user: 'adm' });
    const board = await mount(adapter, { campaign: 'c1' });
    $<HTMLButtonElement>(board, '#edit-campaign').click();
    await waitUntil(() => active(board)?.id === 'campaign-title', 'form open');
    adapter.failNext(new ValidationError({ owners: 'Unknown person: ghost' }));
    const purpose = $<HTMLTextAreaElement>(board, '#campaign-purpose');
    purpose.value = 'A changed purpose';
    purpose.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(board, '[part="campaign-form"] button[type="submit"]').click();
    await waitUntil(() => $(board, '#campaign-owners-error'), 'owners error');
    expect($(board, '#campaign-owners-error').textContent).to.equal('Unknown person: ghost');
    await waitUntil(() => active(board)?.id === 'campaign-owners', 'focus on the invalid field');
    expect((await adapter.ideas.getCampaign('c1')).purpose).to.contain('halve the energy');
  });

  it('refuses a closing date in the past before sending', async () => {
    const adapter = new MemoryAdapter({ seed: campaignSeed(), user: 'adm' });
    const board = await mount(adapter, { campaigns: true });
    $<HTMLButtonElement>(board, '#new-campaign').click();
    await waitUntil(() => active(board)?.id === 'campaign-title', 'form open');
    for (const [sel, value] of [['#campaign-title', 'Late'], ['#campaign-purpose', 'Why'], ['#campaign-closes', '2020-01-31']]) {
      const el = $<HTMLInputElement>(board, sel);
      el.value = value;
      el.dispatchEvent(new Event('input'));
    }
    const calls = adapter.calls.length;
    $<HTMLButtonElement>(board, '[part="campaign-form"] button[type="submit"]').click();
    await waitUntil(() => $(board, '#campaign-closes-error'), 'date error');
    expect($(board, '#campaign-closes-error').textContent).to.equal('Choose a closing date in the future.');
    expect(adapter.calls.slice(calls).some((c) => c.method === 'createCampaign')).to.equal(false);
  });

  it('an admin edits, closes and reopens a campaign', async () => {
    const adapter = new MemoryAdapter({ seed: campaignSeed(), user: 'adm' });
    const board = await mount(adapter, { campaign: 'c1' });
    $<HTMLButtonElement>(board, '#edit-campaign').click();
    await waitUntil(() => active(board)?.id === 'campaign-title', 'form open');
    const purpose = $<HTMLTextAreaElement>(board, '#campaign-purpose');
    purpose.value = 'Halve the energy by 2028; the best ideas get a budget.';
    purpose.dispatchEvent(new Event('input'));
    expect($(board, '#campaign-reopen'), 'no reopen box while open').to.equal(null);
    $<HTMLButtonElement>(board, '[part="campaign-form"] button[type="submit"]').click();
    await waitUntil(() => $(board, '[part="purpose"]').textContent!.includes('get a budget'), 'purpose shown');
    await waitUntil(() => active(board)?.id === 'edit-campaign', 'focus back on Edit campaign');

    const said = await heard(board, async () => {
      $<HTMLButtonElement>(board, '#close-campaign').click();
      await waitUntil(() => $(board, 'header .chip').textContent === 'Closed', 'closed');
    });
    expect(said).to.contain('Campaign closed.');
    expect(board.shadowRoot!.querySelector('input[name="title"]'), 'no idea form').to.equal(null);
    expect(board.shadowRoot!.querySelector('#close-campaign')).to.equal(null);
    await waitUntil(() => active(board)?.id === 'edit-campaign', 'focus on Edit campaign');
    expect((await adapter.ideas.getCampaign('c1')).status).to.equal('closed');

    $<HTMLButtonElement>(board, '#edit-campaign').click();
    await waitUntil(() => $(board, '#campaign-reopen'), 'reopen box');
    $<HTMLInputElement>(board, '#campaign-reopen').click();
    $<HTMLButtonElement>(board, '[part="campaign-form"] button[type="submit"]').click();
    await waitUntil(() => $(board, 'header .chip').textContent === 'Open for ideas', 'reopened');
    expect(board.shadowRoot!.querySelector('input[name="title"]'), 'idea form back').to.exist;
  });

  it('updates the listing live when a campaign is created or closed elsewhere', async () => {
    const adapter = new MemoryAdapter({ seed: campaignSeed(), user: 'me' });
    const board = await mount(adapter, { campaigns: true });
    const admin = adapter.as('adm');
    await admin.ideas.createCampaign({ title: 'Better onboarding', purpose: 'New people feel lost in week one.' });
    await waitUntil(() => listed(board).includes('Better onboarding'), 'created elsewhere');
    await admin.ideas.closeCampaign('c1');
    await waitUntil(() => !listed(board).includes('Greener offices'), 'closed elsewhere');
    await admin.ideas.updateCampaign('c3', { title: 'Shorter meetings' });
    await waitUntil(() => listed(board).includes('Shorter meetings'), 'edited elsewhere');
    expect(listed(board)).to.deep.equal(['Shorter meetings', 'Better onboarding']);
  });

  it('renders hostile campaign text as text and sanitises the description', async () => {
    const seed = campaignSeed();
    seed.campaigns = [{
      id: 'cx', title: '<img src=x onerror="window.__pwned=1">', purpose: '<script>window.__pwned=2</script>', status: 'open',
      description: '[click](javascript:window.__pwned=3) <img src=x onerror="window.__pwned=4"> **ok**',
    }];
    const board = await mount(new MemoryAdapter({ seed }), { campaign: 'cx' });
    const w = window as unknown as { __pwned?: number };
    await aTimeout(100);
    expect($(board, 'h2').textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect($(board, '[part="purpose"] p').textContent).to.equal('<script>window.__pwned=2</script>');
    await waitUntil(() => $(board, '[part="description"] strong'), 'Markdown rendered');
    const description = $(board, '[part="description"]');
    expect(description.querySelector('script, [onerror]')).to.equal(null);
    expect([...description.querySelectorAll('a')].some((a) => (a.getAttribute('href') ?? '').startsWith('javascript:'))).to.equal(false);
    expect(w.__pwned).to.equal(undefined);
  });

  it('lets the owners of a campaign, and not other members, change the status of its ideas', async () => {
    const owner = await mount(new MemoryAdapter({ seed: campaignSeed(), user: 'ana' }), { campaign: 'c1' });
    await waitUntil(() => owner.shadowRoot!.querySelector('confab-idea-card'), 'cards');
    const firstCard = () => owner.shadowRoot!.querySelector<ConfabIdeaCard>('confab-idea-card')!;
    await firstCard().updateComplete;
    expect(firstCard().shadowRoot!.querySelector('#change-status'), 'ana does not own c1').to.equal(null);
    const adapter = new MemoryAdapter({ seed: campaignSeed(), user: 'me' });
    await adapter.ideas.submitIdea({ campaign: 'c3', title: 'No meetings on Fridays' });
    const own = await mount(adapter.as('ana'), { campaign: 'c3' });
    await waitUntil(() => own.shadowRoot!.querySelector('confab-idea-card'), 'card');
    const card = own.shadowRoot!.querySelector<ConfabIdeaCard>('confab-idea-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('#change-status'), 'the owner moderates').to.exist;
  });
});
