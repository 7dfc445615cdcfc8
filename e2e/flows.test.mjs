// End-to-end: the demo intranet on the real reference server, driven by two people at once.
// Run after building: `npm run build && npm run test:e2e` (or `node --test e2e/`).
// Each step is a test in order; they share one server, one database and two browser contexts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoSuite, eventually, openPage } from './harness.mjs';

const TRAVEL = '/policies/travel.html';
const IDEAS = '/ideas.html';
const OWNER = '/owner.html';
const RUN = Date.now().toString(36).slice(-5);

const ASKER = 'sam.patel'; // member
const ANSWERER = 'tomasz.wisniewski'; // member
const READER = 'mariana.costa'; // member with no earlier feedback on the travel policy
const OWNER_ID = 'ingrid.solberg'; // moderator, the policy owner
const REVIEWER = 'eleanor.brooks'; // moderator, reviews the net zero ideas
const IDEA_TITLE = 'Use rainwater to wash trains at Derby Works'; // seeded with no votes

const question = `Can I claim a taxi after a late-night engineering shift? (${RUN})`;
const answer = `Yes: after 23:00 a taxi home is allowed, claim it in Concur with the receipt (${RUN}).`;
const comment = `Please add an example for a late-night taxi claim (${RUN}).`;
const response = `Thank you, we will add a worked example in section 6 (${RUN}).`;
const statusNote = `Facilities are costing a rainwater tank for the Derby shed roof (${RUN}).`;

describe('demo intranet, two people at once', { timeout: 150_000 }, () => {
  const demo = demoSuite();
  const { as } = demo;

  test('ask → the other sees it live → answers → the asker sees it live → accepts', async () => {
    const [a, b] = await Promise.all([openPage(await as(ASKER), TRAVEL), openPage(await as(ANSWERER), TRAVEL)]);
    // Both see the seeded questions first, so both are loaded and subscribed.
    await a.getByRole('link', { name: /first class for journeys over three hours/ }).waitFor();
    await b.getByRole('link', { name: /first class for journeys over three hours/ }).waitFor();

    await a.getByRole('textbox', { name: /question/i }).fill(question);
    await a.getByRole('button', { name: 'Ask', exact: true }).click();

    // The answerer sees the new question without reloading.
    const inB = b.getByRole('link', { name: question });
    await inB.waitFor({ timeout: 10_000 });

    // The asker opens the thread (if asking did not already) and waits there.
    const titleA = a.getByRole('link', { name: question });
    const answerBoxA = a.getByRole('textbox', { name: /answer/i });
    if (!(await answerBoxA.isVisible())) await titleA.click();
    await answerBoxA.waitFor();

    await inB.click();
    await b.getByRole('textbox', { name: /answer/i }).fill(answer);
    await b.getByRole('button', { name: 'Post answer' }).click();
    await b.getByText(answer).waitFor();

    // The asker sees the answer live, and accepts it.
    await a.getByText(answer).waitFor({ timeout: 10_000 });
    await a.getByRole('button', { name: /^Accept .+'s answer$/ }).click();
    await a.getByText('Accepted answer').waitFor();

    // The answerer sees the acceptance live.
    await b.getByText('Accepted answer').waitFor({ timeout: 10_000 });
    await a.close();
    await b.close();
  });

  test('both vote on an idea → both see 2 votes', async () => {
    const [a, b] = await Promise.all([openPage(await as(ASKER), IDEAS), openPage(await as(ANSWERER), IDEAS)]);
    const voteA = a.getByRole('button', { name: new RegExp(`Vote.*${IDEA_TITLE}`) });
    const voteB = b.getByRole('button', { name: new RegExp(`Vote.*${IDEA_TITLE}`) });
    const count = (vote) => vote.locator('.count').textContent().then((t) => t.trim());
    await voteA.waitFor();
    await voteB.waitFor();
    assert.equal(await count(voteA), '0');

    await voteA.click();
    await eventually('the first voter to see 1 vote', async () => (await count(voteA)) === '1');
    assert.equal(await voteA.getAttribute('aria-pressed'), 'true');
    await voteB.click();
    await eventually('the second voter to see 2 votes', async () => (await count(voteB)) === '2');
    assert.equal(await voteB.getAttribute('aria-pressed'), 'true');
    // Live: the first voter's card follows the second vote without a reload.
    await eventually('the first voter to see 2 votes live', async () => (await count(voteA)) === '2');
    await a.close();
    await b.close();
  });

  test('a moderator moves the idea to "Under review" with a note → the voter sees it live', async () => {
    const [voter, reviewer] = await Promise.all([openPage(await as(ASKER), IDEAS), openPage(await as(REVIEWER), IDEAS)]);
    const card = (page) => page.locator('confab-idea-card').filter({ hasText: IDEA_TITLE });
    await card(voter).getByRole('button', { name: /Vote/ }).waitFor();
    const mine = card(reviewer);
    await mine.getByRole('button', { name: 'Change status' }).click();
    await mine.getByLabel('New status').selectOption('under-review');
    await mine.getByRole('textbox', { name: /note/i }).fill(statusNote);
    await mine.getByRole('button', { name: 'Save', exact: true }).click();
    await mine.getByText(statusNote).waitFor();

    // The voter's board follows the idea live: the note and the new status appear without a reload.
    await card(voter).getByText(statusNote).waitFor({ timeout: 10_000 });
    assert.match(await card(voter).getByText('Under review').first().textContent(), /Under review/);
    await voter.close();
    await reviewer.close();
  });

  test('send feedback → the owner responds in the inbox → the reader sees the response live', async () => {
    const reader = await openPage(await as(READER), TRAVEL);
    await reader.getByRole('button', { name: 'No', exact: true }).click();
    await reader.getByRole('textbox', { name: /comment/i }).fill(comment);
    await reader.getByRole('button', { name: 'Send', exact: true }).click();
    await reader.getByText(/thank you for your feedback/i).waitFor();

    const owner = await openPage(await as(OWNER_ID), OWNER);
    const item = owner.getByRole('listitem').filter({ hasText: comment });
    await item.waitFor({ timeout: 10_000 });
    // Response boxes start collapsed; each control names the item it is for.
    await item.getByRole('button', { name: /^Write a response, feedback from / }).click();
    await item.getByRole('textbox', { name: /response/i }).fill(response);
    await item.getByRole('button', { name: /^Respond, feedback from / }).click();
    await item.getByText(response).waitFor();

    // The reader's prompt shows the owner's response live, without a reload.
    await reader.getByText(response).waitFor({ timeout: 10_000 });
    await reader.close();
    await owner.close();
  });

  test('restart the server on the same database → everything is still there', async () => {
    await demo.restart();

    const [a, ideas, reader, owner] = await Promise.all([
      openPage(await as(ASKER), TRAVEL), openPage(await as(ANSWERER), IDEAS), openPage(await as(READER), TRAVEL), openPage(await as(OWNER_ID), OWNER),
    ]);
    // The seed is not loaded a second time into a database that has data.
    await a.getByRole('link', { name: question }).waitFor();
    assert.equal(await a.getByRole('link', { name: /first class for journeys over three hours/ }).count(), 1);
    await a.getByRole('link', { name: question }).click();
    await a.getByText(answer).waitFor();
    await a.getByText('Accepted answer').waitFor();

    const vote = ideas.getByRole('button', { name: new RegExp(`Vote.*${IDEA_TITLE}`) });
    await eventually('2 votes after the restart', async () => (await vote.locator('.count').textContent()).trim() === '2');
    assert.equal(await vote.getAttribute('aria-pressed'), 'true');
    await ideas.locator('confab-idea-card').filter({ hasText: IDEA_TITLE }).getByText(statusNote).waitFor();

    await reader.getByText(response).waitFor();
    await owner.getByRole('listitem').filter({ hasText: comment }).getByText(response).waitFor();
    for (const p of [a, ideas, reader, owner]) await p.close();
  });
});
