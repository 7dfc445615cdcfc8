import type { Seed } from '../../seed.js';
import { scopes } from '../../scopes.js';
import type { Person } from '../../types.js';
import { deepEqual, equal, ok, show } from '../assert.js';
import { expectError, waitForEvent, withFixture } from '../helpers.js';
import { contractSeed } from '../seed.js';
import type { ContractCase } from '../types.js';

const area = 'profiles';

/**
 * The contract seed with an admin `adm` and the skill "k8s" beside "Kubernetes": `ben` lists both
 * (k8s endorsed by `cyd`, who also endorsed his Kubernetes, and by `ana`), `dee` lists only k8s
 * (endorsed by `ben`); `cyd` has an accepted answer on a k8s question, `ana` one on a question
 * tagged both k8s and kubernetes (besides her seeded Kubernetes answer).
 */
const profileSeed: Seed = {
  ...contractSeed,
  people: [
    ...contractSeed.people.map((p) => (p.id === 'ben'
      ? { ...p, skills: [{ name: 'Kubernetes', endorsedBy: ['cyd'] }, 'Networking', { name: 'k8s', endorsedBy: ['cyd', 'ana'] }] }
      : p)),
    { id: 'adm', name: 'Ada Admin', roles: ['member', 'admin'], title: 'Intranet owner', department: 'IT', skills: [] },
    { id: 'dee', name: 'Dee Park', roles: ['member'], title: 'SRE', department: 'IT', skills: [{ name: 'k8s', endorsedBy: ['ben'] }] },
  ],
  questions: [
    ...(contractSeed.questions ?? []),
    { id: 'q-pods', context: 'page:/it/platform', title: 'Why do my pods restart?', body: 'OOMKilled.', tags: ['k8s'], author: 'ben', createdAt: '2025-01-04T09:00:00.000Z', acceptedAnswerId: 'a-pods' },
    { id: 'q-both', context: 'page:/it/platform', title: 'Helm or kustomize?', body: 'For our charts.', tags: ['k8s', 'kubernetes'], author: 'ben', createdAt: '2025-01-05T09:00:00.000Z', acceptedAnswerId: 'a-both' },
  ],
  answers: [
    ...(contractSeed.answers ?? []),
    { id: 'a-pods', questionId: 'q-pods', body: 'Raise the memory limit.', author: 'cyd', createdAt: '2025-01-04T10:00:00.000Z' },
    { id: 'a-both', questionId: 'q-both', body: 'Kustomize.', author: 'ana', createdAt: '2025-01-05T10:00:00.000Z' },
  ],
};

const skillOf = (p: Person, name: string) => p.skills.find((s) => s.name === name);
const evidenceOf = (p: Person, name: string) => p.evidence.find((e) => e.skill === name);
/** A person without per-reader fields, to compare what is stored. */
const stored = (p: Person) => ({
  name: p.name, title: p.title ?? null, department: p.department ?? null, location: p.location ?? null, about: p.about ?? null,
  availability: p.availability, availabilityUntil: p.availabilityUntil ?? null,
  skills: p.skills.map((s) => ({ name: s.name, endorsements: s.endorsements })), evidence: p.evidence,
});

/** Self-service profiles and the skill vocabulary. */
export const profileCases: ContractCase[] = [
  {
    area, name: 'a person changes their own profile: texts trimmed, About kept as text, availability until a date, skills in order; announced',
    run: (factory) => withFixture(factory, async (fx) => {
      const ana = fx.as('ana');
      const wait = waitForEvent(fx.as('ben'), [scopes.person('ana')], 'person.updated');
      const hostile = '**Hi** <img src=x onerror=alert(1)> <script>alert(2)</script>';
      let me = await ana.people.updateProfile('ana', {
        title: '  Staff engineer ', department: 'Platform', location: 'Lisbon', about: hostile,
        availability: 'busy', availabilityUntil: '2030-05-01', skills: ['TypeScript', ' kubernetes ', 'Go'],
      });
      equal(me.title, 'Staff engineer', 'title trimmed');
      equal(me.department, 'Platform', 'department');
      equal(me.location, 'Lisbon', 'location');
      equal(me.about, hostile, 'About is stored as the text typed (rendering sanitises it)');
      equal(me.availability, 'busy', 'availability');
      equal(me.availabilityUntil, '2030-05-01', 'availabilityUntil');
      deepEqual(me.skills.map((s) => s.name), ['TypeScript', 'Kubernetes', 'Go'], 'skills in order, with the spelling the vocabulary knows');
      const event = await wait.event;
      equal((event.data as Person).title, 'Staff engineer', 'person.updated carries the new profile');
      deepEqual(stored(await fx.as('ben').people.getPerson('ana')), stored(me), 'others read the stored profile');
      me = await ana.people.updateProfile('ana', { skills: ['Go', 'TypeScript'] });
      deepEqual(me.skills.map((s) => s.name), ['Go', 'TypeScript'], 'reordered, Kubernetes removed');
      me = await ana.people.updateProfile('ana', { title: '', availabilityUntil: null, about: '' });
      equal(me.title, undefined, 'an empty title clears it');
      equal(me.availabilityUntil ?? null, null, 'null clears availabilityUntil');
      equal(me.about ?? '', '', 'an empty About clears it');
      equal(me.department, 'Platform', 'fields left out are kept');
      equal(me.availability, 'busy', 'availability kept');
    }, profileSeed),
  },
  {
    area, name: 'only yourself or an admin changes a profile, only an admin a name; refusals change nothing',
    run: (factory) => withFixture(factory, async (fx) => {
      const before = stored(await fx.as('ana').people.getPerson('ana'));
      await expectError(fx.as('ben').people.updateProfile('ana', { title: 'Hacked' }), 'forbidden');
      await expectError(fx.as('mod').people.updateProfile('ana', { title: 'Hacked' }), 'forbidden');
      await expectError(fx.as(null).people.updateProfile('ana', { title: 'Hacked' }), 'unauthenticated');
      await expectError(fx.as('ana').people.updateProfile('ana', { name: 'Queen Ana', title: 'Hacked' }), 'forbidden');
      await expectError(fx.as('adm').people.updateProfile('nobody', { title: 'x' }), 'not-found');
      deepEqual(stored(await fx.as('ana').people.getPerson('ana')), before, 'refused changes left the profile intact');
      equal((await fx.as('ana').people.updateProfile('ana', { name: 'Ana Alvarez', title: 'Engineer' })).title, 'Engineer', 'sending your own name unchanged is fine');
      const renamed = await fx.as('adm').people.updateProfile('ana', { name: '  Ana A. Alvarez ', location: 'Porto' });
      equal(renamed.name, 'Ana A. Alvarez', 'an admin changes a name');
      equal(renamed.location, 'Porto', 'an admin changes anyone\'s profile');
      const thread = await fx.as('ben').questions.getQuestion('q-travel');
      equal(thread.question.author.name, 'Ana A. Alvarez', 'the new name travels with what she wrote');
    }, profileSeed),
  },
  {
    area, name: 'bad profile input is refused with the field, and the profile stays intact',
    run: (factory) => withFixture(factory, async (fx) => {
      const ana = fx.as('ana');
      const before = stored(await ana.people.getPerson('ana'));
      await expectError(ana.people.updateProfile('ana', { title: 'x'.repeat(201) }), 'validation', 'title');
      await expectError(ana.people.updateProfile('ana', { about: 'x'.repeat(2001) }), 'validation', 'about');
      await expectError(ana.people.updateProfile('ana', { availability: 'sleeping' as never }), 'validation', 'availability');
      await expectError(ana.people.updateProfile('ana', { availabilityUntil: '2030-02-30' }), 'validation', 'availabilityUntil');
      await expectError(ana.people.updateProfile('ana', { availabilityUntil: 'next week' }), 'validation', 'availabilityUntil');
      await expectError(ana.people.updateProfile('ana', { skills: Array.from({ length: 31 }, (_, i) => `Skill ${i}`) }), 'validation', 'skills');
      await expectError(ana.people.updateProfile('ana', { skills: ['x'.repeat(41)] }), 'validation', 'skills');
      await expectError(ana.people.updateProfile('ana', { skills: 'TypeScript' as never }), 'validation', 'skills');
      await expectError(ana.people.updateProfile('ana', { location: 'Lisbon', title: 'a\u0000b' }), 'validation', 'title');
      await expectError(fx.as('adm').people.updateProfile('ana', { name: '   ' }), 'validation', 'name');
      deepEqual(stored(await ana.people.getPerson('ana')), before, 'nothing was stored');
    }, profileSeed),
  },
  {
    area, name: 'skills are normalised: Unicode form, spacing and case make one skill',
    run: (factory) => withFixture(factory, async (fx) => {
      const me = await fx.as('ana').people.updateProfile('ana', { skills: ['Ｔｙｐｅ  Script', ' type script', 'TYPE\tSCRIPT', 'Go'] });
      deepEqual(me.skills.map((s) => s.name), ['Type Script', 'Go'], 'one skill per normalised name');
      const found = await fx.as('ben').people.listSkills({ query: 'TYPE   SCRIPT' });
      equal(found[0]?.name, 'Type Script', 'the vocabulary matches ignoring case and spacing');
    }, profileSeed),
  },
  {
    area, name: 'listSkills: the vocabulary with counts, names starting with the text first, then containing it',
    run: (factory) => withFixture(factory, async (fx) => {
      const all = await fx.as('ana').people.listSkills();
      const k8s = all.find((s) => s.name === 'k8s');
      equal(k8s?.people, 2, 'k8s is listed by ben and dee');
      equal(all.find((s) => s.name === 'Kubernetes')?.people, 1, 'Kubernetes by ben');
      ok(all.indexOf(k8s!) === 0, `the most listed skill comes first: ${show(all.map((s) => s.name))}`);
      const net = await fx.as('ana').people.listSkills({ query: 'net' });
      deepEqual(net.map((s) => s.name), ['Networking', 'Kubernetes'], 'prefix match first, then substring');
      deepEqual(await fx.as(null).people.listSkills({ query: 'zzz' }), [], 'no match');
      equal((await fx.as('ana').people.listSkills({ limit: 2 })).length, 2, 'limit');
    }, profileSeed),
  },
  {
    area, name: 'an admin merges k8s into Kubernetes: an alias, every profile, endorsement and piece of evidence counted once',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('ben').people.mergeSkills('k8s', 'Kubernetes'), 'forbidden');
      await expectError(fx.as('adm').people.mergeSkills('', 'Kubernetes'), 'validation', 'from');
      await expectError(fx.as('adm').people.mergeSkills('K8S ', 'k8s'), 'validation', 'into');
      equal((await fx.as('ana').people.getPerson('ben')).skills.length, 3, 'refused merges changed nothing');
      const before = evidenceOf(await fx.as('ana').people.getPerson('ana'), 'Kubernetes') ?? evidenceOf(await fx.as('ana').people.getPerson('ana'), 'kubernetes');
      equal(before?.answers, 2, 'ana has two answers on kubernetes questions before the merge');

      const wait = waitForEvent(fx.as('cyd'), [scopes.person('dee')], 'person.updated');
      const merged = await fx.as('adm').people.mergeSkills('k8s', 'Kubernetes');
      deepEqual(merged, { name: 'Kubernetes', people: 2, aliases: ['k8s'] }, 'the merged skill');
      deepEqual(((await wait.event).data as Person).skills.map((s) => s.name), ['Kubernetes'], 'people whose skills changed are announced');

      const ben = await fx.as('ana').people.getPerson('ben');
      deepEqual(ben.skills.map((s) => s.name), ['Kubernetes', 'Networking'], 'ben keeps one Kubernetes, in his order');
      equal(skillOf(ben, 'Kubernetes')?.endorsements, 2, 'cyd endorsed both and counts once; ana\'s endorsement moved');
      equal(skillOf(ben, 'Kubernetes')?.endorsedByMe, true, 'ana\'s endorsement is hers');
      const dee = await fx.as('ana').people.getPerson('dee');
      deepEqual(dee.skills.map((s) => [s.name, s.endorsements]), [['Kubernetes', 1]], 'dee lists Kubernetes with her endorsement');
      const ana = await fx.as('ben').people.getPerson('ana');
      deepEqual(ana.evidence.filter((e) => e.skill.toLowerCase() === 'kubernetes' || e.skill === 'k8s'), [{ skill: 'Kubernetes', acceptedAnswers: 2, answers: 2 }],
        'a question tagged k8s and kubernetes counts once');
      deepEqual(evidenceOf(await fx.as('ben').people.getPerson('cyd'), 'Kubernetes'), { skill: 'Kubernetes', acceptedAnswers: 1, answers: 1 }, 'answers on k8s questions are Kubernetes evidence');

      const vocabulary = await fx.as('ana').people.listSkills({ query: 'k8s' });
      deepEqual(vocabulary.map((s) => [s.name, s.people, s.aliases]), [['Kubernetes', 2, ['k8s']]], 'typing the alias finds the canonical skill');
      const me = await fx.as('ana').people.updateProfile('ana', { skills: ['K8S', 'TypeScript', 'kubernetes'] });
      deepEqual(me.skills.map((s) => s.name), ['Kubernetes', 'TypeScript'], 'an alias typed later is stored as its skill, once');
      equal(skillOf(await fx.as('cyd').people.endorse('dee', 'k8s', true), 'Kubernetes')?.endorsements, 2, 'endorsing the alias endorses the skill');

      const found = await fx.as('mod').people.searchPeople({ skill: 'k8s' });
      deepEqual(found.items.map((r) => r.person.id).sort(), ['ana', 'ben', 'cyd', 'dee'], 'searching by the alias finds Kubernetes people and evidence');
      const benRank = found.items.find((r) => r.person.id === 'ben');
      deepEqual(benRank?.reasons.map((r) => [r.skill, r.endorsements]), [['Kubernetes', 2]], 'one reason per skill');
      const suggested = await fx.as('mod').people.suggestExperts({ tags: ['K8s'] });
      equal(suggested[0]?.person.id, 'ana', 'suggestions by the alias tag rank by Kubernetes evidence');
      await expectError(fx.as('adm').people.mergeSkills('k8s', 'kubernetes'), 'validation', 'into');
    }, profileSeed),
  },
];
