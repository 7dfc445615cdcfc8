import type { CompleteAdapter as Adapter } from '../../adapter.js';
import { scopes } from '../../scopes.js';
import type { Seed } from '../../seed.js';
import { deepEqual, equal, ok, show } from '../assert.js';
import { expectError, sleep, waitForEvent, withFixture } from '../helpers.js';
import { contractSeed } from '../seed.js';
import type { ContractCase } from '../types.js';

const area = 'campaigns';

const DAY = 86_400_000;
const future = (days = 30) => new Date(Date.now() + days * DAY).toISOString();

/**
 * The contract seed with an admin `adm`, `cyd` owning the open campaign, and `c-expired`: open
 * as stored but with a closing date in the past, so it is closed by the clock.
 */
const campaignSeed: Seed = {
  ...contractSeed,
  people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member', 'admin'], title: 'Intranet admin', department: 'IT' }],
  campaigns: [
    ...(contractSeed.campaigns ?? []).map((c) => (c.id === 'c-open' ? { ...c, owners: ['cyd'], description: 'See **the plan**.' } : c)),
    { id: 'c-expired', title: 'Canteen menu', purpose: 'What should we cook?', status: 'open', closesAt: '2025-01-31T00:00:00.000Z', createdAt: '2025-01-01T00:00:00.000Z' },
  ],
};

const run = (fn: (as: (id: string | null) => Adapter) => Promise<void>) => (factory: Parameters<ContractCase['run']>[0]) =>
  withFixture(factory, (fx) => fn((id) => fx.as(id)), campaignSeed);

const input = { title: 'Fewer meetings', purpose: 'Meetings eat our week. The best three ideas go to the leadership team in June.' };

/** Admins create, edit and close campaigns; the clock closes them; owners moderate their ideas. */
export const campaignCases: ContractCase[] = [
  {
    area, name: 'an admin creates a campaign with purpose, description, closing date and owners',
    run: run(async (as) => {
      const closesAt = future();
      const c = await as('adm').ideas.createCampaign({ ...input, description: '## Why\nBecause.', closesAt, owners: ['ben', 'cyd', 'ben'] });
      ok(typeof c.id === 'string' && c.id.length > 0, 'id');
      equal(c.title, input.title, 'title');
      equal(c.purpose, input.purpose, 'purpose');
      equal(c.description, '## Why\nBecause.', 'description');
      equal(c.closesAt, closesAt, 'closesAt');
      equal(c.status, 'open', 'status');
      deepEqual(c.owners.map((o) => o.id), ['ben', 'cyd'], 'owners de-duplicated, in order');
      equal(c.owners[0]?.name, 'Ben Okafor', 'owners are people');
      deepEqual(await as('ana').ideas.getCampaign(c.id), c, 'stored as returned');
      const listed = await as(null).ideas.listCampaigns();
      equal(listed.at(-1)?.id, c.id, 'listed last (creation order)');
      const idea = await as('ana').ideas.submitIdea({ campaign: c.id, title: 'No-meeting Fridays' });
      equal(idea.campaignId, c.id, 'takes ideas');
    }),
  },
  {
    area, name: 'a campaign without closing date, description or owners has empty defaults',
    run: run(async (as) => {
      const c = await as('adm').ideas.createCampaign(input);
      equal(c.description, '', 'description');
      equal(c.closesAt, null, 'closesAt');
      deepEqual(c.owners, [], 'owners');
      const seeded = await as('ana').ideas.getCampaign('c-closed');
      equal(seeded.description, '', 'an old seed loads with an empty description');
      deepEqual(seeded.owners, [], 'and no owners');
    }),
  },
  {
    area, name: 'only admins create, edit and close campaigns',
    run: run(async (as) => {
      const before = await as('ana').ideas.listCampaigns();
      await expectError(as('ana').ideas.createCampaign(input), 'forbidden');
      await expectError(as('mod').ideas.createCampaign(input), 'forbidden');
      await expectError(as(null).ideas.createCampaign(input), 'unauthenticated');
      await expectError(as('cyd').ideas.updateCampaign('c-open', { title: 'Mine now' }), 'forbidden');
      await expectError(as('mod').ideas.closeCampaign('c-open'), 'forbidden');
      deepEqual(await as('ana').ideas.listCampaigns(), before, 'nothing stored or changed');
    }),
  },
  {
    area, name: 'campaign input is validated by field and nothing is stored on refusal',
    run: run(async (as) => {
      const adm = as('adm').ideas;
      const before = await adm.listCampaigns();
      await expectError(adm.createCampaign({ title: 'No why', purpose: '  ' }), 'validation', 'purpose');
      await expectError(adm.createCampaign({ title: '', purpose: 'Why' }), 'validation', 'title');
      await expectError(adm.createCampaign({ ...input, purpose: 'x'.repeat(5000) }), 'validation', 'purpose');
      await expectError(adm.createCampaign({ ...input, closesAt: '2020-01-01T00:00:00.000Z' }), 'validation', 'closesAt');
      await expectError(adm.createCampaign({ ...input, closesAt: 'next Tuesday' }), 'validation', 'closesAt');
      const error = await expectError(adm.createCampaign({ ...input, owners: ['ben', 'nobody-here'] }), 'validation', 'owners');
      ok(((error as { fields?: Record<string, string> }).fields?.owners ?? '').includes('nobody-here'), `unknown owner named: ${show(error)}`);
      await expectError(adm.createCampaign({ ...input, owners: 'ben' as unknown as string[] }), 'validation', 'owners');
      await expectError(adm.updateCampaign('c-open', { purpose: '' }), 'validation', 'purpose');
      await expectError(adm.updateCampaign('c-open', { closesAt: '2020-01-01' }), 'validation', 'closesAt');
      await expectError(adm.updateCampaign('c-nope', { title: 'Ghost' }), 'not-found');
      deepEqual(await adm.listCampaigns(), before, 'stored data intact');
    }),
  },
  {
    area, name: 'hostile text is stored and returned as text',
    run: run(async (as) => {
      const hostile = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>';
      const c = await as('adm').ideas.createCampaign({ title: hostile, purpose: hostile, description: `[x](javascript:alert(3)) ${hostile}` });
      const read = await as('ana').ideas.getCampaign(c.id);
      equal(read.title, hostile, 'title verbatim');
      equal(read.purpose, hostile, 'purpose verbatim');
      equal(read.description, `[x](javascript:alert(3)) ${hostile}`, 'description verbatim (sanitised when shown)');
    }),
  },
  {
    area, name: 'an admin edits a campaign: given fields change, the rest stays',
    run: run(async (as) => {
      const before = await as('ana').ideas.getCampaign('c-open');
      const wait = waitForEvent(as('ben'), [scopes.campaigns], 'campaign.updated');
      try {
        const c = await as('adm').ideas.updateCampaign('c-open', { purpose: 'Cut our footprint; the best ideas are funded.', owners: ['ben'] });
        equal(c.purpose, 'Cut our footprint; the best ideas are funded.', 'purpose changed');
        equal(c.title, before.title, 'title kept');
        equal(c.description, before.description, 'description kept');
        deepEqual(c.owners.map((o) => o.id), ['ben'], 'owners replaced');
        const event = await wait.event;
        equal((event.data as { id: string }).id, 'c-open', 'event names the campaign');
        ok(event.scopes.includes(scopes.campaign('c-open')), `campaign scope in ${show(event.scopes)}`);
        equal(event.actorId, 'adm', 'actor');
      } finally {
        wait.stop();
      }
      const cleared = await as('adm').ideas.updateCampaign('c-open', { closesAt: future(10) });
      ok(cleared.closesAt !== null, 'closing date set');
      equal((await as('adm').ideas.updateCampaign('c-open', { closesAt: null })).closesAt, null, 'closing date removed');
    }),
  },
  {
    area, name: 'a created campaign is announced live to listings',
    run: run(async (as) => {
      const wait = waitForEvent(as('ben'), [scopes.campaigns], 'campaign.created');
      try {
        const c = await as('adm').ideas.createCampaign(input);
        const event = await wait.event;
        equal((event.data as { id: string }).id, c.id, 'event data');
        equal((event.data as { purpose: string }).purpose, input.purpose, 'with its purpose');
        ok(event.scopes.includes('all'), 'all');
      } finally {
        wait.stop();
      }
    }),
  },
  {
    area, name: 'a closed campaign takes no ideas, is left out of the open listing, and can be reopened',
    run: run(async (as) => {
      const closed = await as('adm').ideas.closeCampaign('c-open');
      equal(closed.status, 'closed', 'closed');
      equal((await as('adm').ideas.closeCampaign('c-open')).status, 'closed', 'closing twice is harmless');
      await expectError(as('ana').ideas.submitIdea({ campaign: 'c-open', title: 'Too late' }), 'conflict');
      ok(!(await as('ana').ideas.listCampaigns({ status: 'open' })).some((c) => c.id === 'c-open'), 'not listed as open');
      ok((await as('ana').ideas.listCampaigns({ status: 'closed' })).some((c) => c.id === 'c-open'), 'listed as closed');
      ok((await as('ana').ideas.listCampaigns()).some((c) => c.id === 'c-open'), 'listCampaigns() lists all');
      const reopened = await as('adm').ideas.updateCampaign('c-open', { status: 'open' });
      equal(reopened.status, 'open', 'reopened');
      equal((await as('ana').ideas.submitIdea({ campaign: 'c-open', title: 'Back again' })).campaignId, 'c-open', 'takes ideas again');
      await expectError(as('ana').ideas.listCampaigns({ status: 'maybe' as 'open' }), 'validation', 'status');
    }),
  },
  {
    area, name: 'a campaign past its closing date is closed on every read and write',
    run: run(async (as) => {
      const c = await as('ana').ideas.getCampaign('c-expired');
      equal(c.status, 'closed', 'closed by the clock');
      equal((await as('ana').ideas.listCampaigns()).find((x) => x.id === 'c-expired')?.status, 'closed', 'closed in the list');
      const open = (await as('ana').ideas.listCampaigns({ status: 'open' })).map((x) => x.id);
      deepEqual(open, ['c-open'], 'only the open campaign is listed as open');
      await expectError(as('ana').ideas.submitIdea({ campaign: 'c-expired', title: 'Pizza' }), 'conflict');
      await expectError(as('adm').ideas.updateCampaign('c-expired', { status: 'open' }), 'validation', 'closesAt');
      equal((await as('adm').ideas.updateCampaign('c-expired', { title: 'Canteen menu 2025' })).status, 'closed', 'an edit keeps it closed');
      const reopened = await as('adm').ideas.updateCampaign('c-expired', { status: 'open', closesAt: future(7) });
      equal(reopened.status, 'open', 'reopened with a new date');
    }),
  },
  {
    area, name: 'a campaign closes by itself when its closing date passes',
    run: run(async (as) => {
      const c = await as('adm').ideas.createCampaign({ ...input, closesAt: new Date(Date.now() + 1500).toISOString() });
      equal(c.status, 'open', 'open before the date');
      await sleep(1700);
      equal((await as('ana').ideas.getCampaign(c.id)).status, 'closed', 'closed after the date');
      await expectError(as('ana').ideas.submitIdea({ campaign: c.id, title: 'Just in time?' }), 'conflict');
      equal((await as('ana').ideas.listIdeas({ campaign: c.id })).items.length, 0, 'no idea stored');
    }),
  },
  {
    area, name: 'owners moderate the ideas of their campaign, and only those',
    run: run(async (as) => {
      const idea = await as('cyd').ideas.changeIdeaStatus('i-02', { status: 'under-review', note: 'Looking into it.' });
      equal(idea.status, 'under-review', 'owner changed the status');
      equal(idea.statusChange?.by.id, 'cyd', 'by the owner');
      await expectError(as('ben').ideas.changeIdeaStatus('i-02', { status: 'planned', note: 'Not mine' }), 'forbidden');
      await expectError(as('cyd').ideas.changeIdeaStatus('i-party', { status: 'planned', note: 'Not my campaign' }), 'forbidden');
      await expectError(as('cyd').ideas.changeIdeaStatus('i-free', { status: 'planned', note: 'No campaign' }), 'forbidden');
      equal((await as('ana').ideas.getIdea('i-party')).status, 'declined', 'refused change left the status');
      await as('adm').ideas.updateCampaign('c-open', { owners: ['ben'] });
      await expectError(as('cyd').ideas.changeIdeaStatus('i-02', { status: 'planned', note: 'Still mine?' }), 'forbidden');
      equal((await as('ben').ideas.changeIdeaStatus('i-02', { status: 'planned', note: 'Next quarter.' })).status, 'planned', 'the new owner moderates');
    }),
  },
];
