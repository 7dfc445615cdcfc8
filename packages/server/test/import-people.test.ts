/**
 * `confab-server import-people`: upserts from CSV and JSON, reports rejected rows by line, prunes
 * by deactivating, and refuses unusable files without writing anything. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Person } from '@confab/core';
import { people, questions } from '@confab/core/domain';
import { contractSeed } from '@confab/core/test-kit';
import { importPeopleCli } from '../src/directory/cli.js';
import type { ImportReport } from '../src/directory/import.js';
import { openStore } from '../src/storage/sql/store.js';
import type { ServerStore } from '../src/storage/store.js';
import { newDatabase } from './helpers.js';

const serverDir = resolve(fileURLToPath(import.meta.url), '../..');
const dir = mkdtempSync(join(tmpdir(), 'confab-import-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Runs the CLI in this process; returns exit code and output lines. */
async function run(db: string, ...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await importPeopleCli([...args, '--database', db], {}, dir, { out: (l) => out.push(...l.split('\n')), err: (l) => err.push(...l.split('\n')) });
  return { code, out, err };
}

async function report(db: string, ...args: string[]): Promise<ImportReport> {
  const r = await run(db, ...args, '--json');
  assert.equal(r.code, 0, r.err.join('\n'));
  return JSON.parse(r.out.join('\n')) as ImportReport;
}

/** Runs `main.ts import-people …` as a child process, as `npx confab-server` would. */
function child(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/main.ts', 'import-people', ...args], {
      cwd: serverDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += String(d); });
    p.stderr.on('data', (d) => { stderr += String(d); });
    p.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const HEADER = 'id,name,email,title,department,location,manager,skills';
const directory = [
  HEADER,
  'e1,Eva Eins,eva@example.com,Engineer,IT,Berlin,e2,TypeScript; kubernetes ;  Go',
  'e2,Zoe Zwei,zoe@example.com,Head of IT,IT,Berlin,,Leadership',
  '"e3","Ines ""Drei""",,"Analyst, senior",Finance,,e2,',
].join('\n');

async function withStore<T>(url: string, fn: (store: ServerStore) => Promise<T>): Promise<T> {
  const store = await openStore({ url, poolSize: 2 });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const getAll = (store: ServerStore, ids: string[]) => store.read((repos) => people.getPeople({ repos, user: null }, ids));

after(() => rmSync(dir, { recursive: true, force: true }));

describe('import-people', () => {
  let db: { url: string; drop(): Promise<void> };
  before(async () => { db = await newDatabase(); });
  after(async () => { await db.drop(); });

  it('upserts a CSV through the CLI (a child process): created, then unchanged the second time', async () => {
    const path = file('people.csv', directory);
    const first = await child([path], { DATABASE_URL: db.url });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /created 3, updated 0, unchanged 0, rejected 0, deactivated 0/);
    const second = await child([path, '--database', db.url], {});
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /created 0, updated 0, unchanged 3, rejected 0, deactivated 0/);
    await withStore(db.url, async (store) => {
      const [eva, zoe, ines] = await getAll(store, ['e1', 'e2', 'e3']) as [Person, Person, Person];
      assert.deepEqual([eva.name, eva.email, eva.title, eva.department, eva.location, eva.managerId], ['Eva Eins', 'eva@example.com', 'Engineer', 'IT', 'Berlin', 'e2']);
      assert.deepEqual(eva.skills.map((s) => s.name), ['TypeScript', 'kubernetes', 'Go'], 'skills split on ";", trimmed, in order');
      assert.equal(zoe.managerId, undefined);
      assert.deepEqual([ines.name, ines.title, ines.email, ines.skills], ['Ines "Drei"', 'Analyst, senior', undefined, []], 'quoted CSV fields');
    });
  });

  it('updates changed fields: an empty cell clears, a missing column keeps, skills are added and never removed', async () => {
    const changed = [HEADER, 'e1,Eva Eins,,Staff engineer,IT,Berlin,e2,Kubernetes;Rust', 'e2,Zoe Zwei,zoe@example.com,Head of IT,IT,Berlin,,Leadership'].join('\n');
    const r = await report(db.url, file('changed.csv', changed));
    assert.deepEqual([r.created, r.updated, r.unchanged, r.rejected.length], [0, 1, 1, 0]);
    const fewer = await report(db.url, file('fewer.csv', 'id,name,title\ne1,Eva Eins,Principal\n'));
    assert.deepEqual([fewer.updated, fewer.unchanged], [1, 0]);
    await withStore(db.url, async (store) => {
      const [eva] = await getAll(store, ['e1']) as [Person];
      assert.equal(eva.title, 'Principal');
      assert.equal(eva.email, undefined, 'the empty email cell cleared it');
      assert.deepEqual([eva.department, eva.location, eva.managerId], ['IT', 'Berlin', 'e2'], 'columns the file lacks are kept');
      assert.deepEqual(eva.skills.map((s) => s.name), ['TypeScript', 'kubernetes', 'Go', 'Rust'], 'Kubernetes is the same skill as kubernetes; Rust added');
    });
  });

  it('reports every rejected row with its line number and reason, and imports the rest', async () => {
    const text = [
      HEADER,
      'r1,Rita Reject,not-an-email,,,,,',
      ',No Id,,,,,,',
      'r2,,,,,,,',
      'r3,"Multi',
      'line name",,,,,,',
      'r4,Too few',
      'r5,Fine Person,,,,,,',
      'r5,Fine Again,,,,,,',
      `r6,${'x'.repeat(201)},,,,,,`,
      'r7,Many skills,,,,,,' + Array.from({ length: 31 }, (_, i) => `s${i}`).join(';'),
    ].join('\r\n');
    const r = await run(db.url, file('bad-rows.csv', text));
    assert.equal(r.code, 0, 'rejected rows are reported, not fatal');
    const lines = r.out.join('\n');
    assert.match(lines, /line 2: rejected \(id "r1"\): email "not-an-email" is not an email address/);
    assert.match(lines, /line 3: rejected: id is required/);
    assert.match(lines, /line 4: rejected \(id "r2"\): name is required/);
    assert.match(lines, /line 7: rejected \(id "r4"\): has 2 fields, the header has 8/);
    assert.match(lines, /line 9: rejected \(id "r5"\): id "r5" already appears at line 8/);
    assert.match(lines, /line 10: rejected \(id "r6"\): name is longer than 200 characters/);
    assert.match(lines, /line 11: rejected \(id "r7"\): at most 30 skills/);
    assert.match(lines, /created 2, updated 0, unchanged 0, rejected 7, deactivated 0/, 'the multi-line row (line 5) and r5 are imported');
    await withStore(db.url, async (store) => {
      const found = await getAll(store, ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
      assert.deepEqual(found.map((p) => [p.id, p.name]), [['r3', 'Multi\r\nline name'], ['r5', 'Fine Person']]);
    });
  });

  it('reads a JSON array (items) and JSON Lines (lines), skills as a list or a ";" string', async () => {
    const array = JSON.stringify([
      { id: 'j1', name: 'Jan Json', skills: ['Go', ' go ', 'SQL'], title: null, costCenter: 7 },
      { id: 'j2', name: 42 },
      'nope',
    ], null, 2);
    const a = await report(db.url, file('people.json', array));
    assert.deepEqual([a.kind, a.created, a.rejected], ['json', 1, [{ item: 2, id: 'j2', reason: 'name must be text' }, { item: 3, reason: 'is not an object' }]]);
    assert.deepEqual(a.ignoredFields, ['costCenter']);
    const lines = '{"id":"l1","name":"Lea Lines","skills":"A;B"}\n\n{"id":"l2",\n{"id":"l3","name":"Leo","email":"leo@example.com"}\n';
    const l = await report(db.url, file('people.jsonl', lines));
    assert.equal(l.kind, 'jsonl');
    assert.equal(l.created, 2);
    assert.equal(l.rejected[0]?.line, 3);
    assert.match(l.rejected[0]?.reason ?? '', /not JSON/);
    await withStore(db.url, async (store) => {
      const [jan, lea] = await getAll(store, ['j1', 'l1']) as [Person, Person];
      assert.deepEqual(jan.skills.map((s) => s.name), ['Go', 'SQL']);
      assert.deepEqual(lea.skills.map((s) => s.name), ['A', 'B']);
    });
  });

  it('refuses unusable files and arguments with exit code 2 and writes nothing', async () => {
    const before = await withStore(db.url, async (store) => (await store.read((repos) => repos.people.listUsers())).length);
    const cases: [string[], RegExp][] = [
      [[file('noid.csv', 'name,email\nA,a@example.com\n')], /must name the columns id/],
      [[file('quote.csv', `${HEADER}\nq1,Quinn,,,,,,\nq2,"Broken,,,,,,\nq3,Fine,,,,,,\n`)], /not readable as CSV/],
      [[file('broken.json', '[{"id":"b1","name":"B"}, {"id": ')], /not readable as a JSON array/],
      [[join(dir, 'missing.csv')], /cannot be read: ENOENT/],
      [[file('people.txt', 'id,name\n')], /must end in \.csv or \.json/],
      [[file('empty.csv', '')], /the file is empty/],
      [[file('only-header.csv', `${HEADER}\n`), '--prune'], /refusing to --prune/],
      [[], /name exactly one file/],
      [['a.csv', 'b.csv'], /name exactly one file/],
      [['a.csv', '--purge'], /Unknown option/],
    ];
    for (const [args, message] of cases) {
      const r = await run(db.url, ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.out.join('\n')}`);
      assert.match(r.err.join('\n'), message);
    }
    await withStore(db.url, async (store) => {
      assert.equal((await store.read((repos) => repos.people.listUsers())).length, before, 'nobody added');
      assert.deepEqual(await getAll(store, ['q1', 'b1']), [], 'rows before the broken one were not imported');
    });
    const badDb = await child([file('ok.csv', `${HEADER}\n`)], { CONFAB_PG_POOL_SIZE: 'lots', DATABASE_URL: db.url });
    assert.equal(badDb.code, 2);
    assert.match(badDb.stderr, /CONFAB_PG_POOL_SIZE/);
  });
});

describe('import-people --prune', () => {
  let db: { url: string; drop(): Promise<void> };
  before(async () => {
    db = await newDatabase();
    await withStore(db.url, (store) => store.seed(contractSeed));
  });
  after(async () => { await db.drop(); });

  it('deactivates people not in the file and keeps their content; importing or signing in again reactivates them', async () => {
    const keep = [HEADER, 'ana,Ana Alvarez,,,,,,', 'ben,Ben Okafor,,Network engineer,IT,,,Kubernetes', 'ben2,Ben Bis,bad email,,,,,'].join('\n');
    const r = await report(db.url, file('prune.csv', keep), '--prune');
    assert.equal(r.rejected.length, 1);
    assert.equal(r.deactivated, 2, 'cyd and mod; ben2 was rejected but is in the file');
    await withStore(db.url, async (store) => {
      const read = <T>(fn: (ctx: { repos: Parameters<Parameters<ServerStore['read']>[0]>[0]; user: null }) => Promise<T>) => store.read((repos) => fn({ repos, user: null }));
      const [cyd] = await getAll(store, ['cyd']) as [Person];
      assert.equal(cyd.deactivated, true, 'cyd is deactivated, not deleted');
      const found = await read((ctx) => people.searchPeople(ctx, {}));
      assert.deepEqual(found.items.map((x) => x.person.id).sort(), ['ana', 'ben'], 'deactivated people drop out of people search');
      const experts = await read((ctx) => people.suggestExperts(ctx, { text: 'design', tags: ['Design'] }));
      assert.equal(experts.some((x) => x.person.id === 'cyd'), false, 'and out of expert suggestions');
      const q = await read((ctx) => questions.listQuestions(ctx, { context: 'page:/paging', limit: 100 }));
      assert.ok(q.items.some((x) => x.author.id === 'cyd' && x.author.name === 'Cyd Lin'), 'their questions still show their name');
      const { user } = await store.repos.people.provision('mod', {});
      assert.equal(user.id, 'mod');
      assert.equal((await getAll(store, ['mod']))[0]?.deactivated, undefined, 'signing in again reactivates');
    });
    const again = await report(db.url, file('prune2.csv', `${HEADER}\ncyd,Cyd Lin,,,,,,\n`));
    assert.deepEqual([again.updated, again.deactivated], [1, 0], 'reimporting reactivates; without --prune nobody is deactivated');
    await withStore(db.url, async (store) => assert.equal((await getAll(store, ['cyd']))[0]?.deactivated, undefined));
  });

  it('a rename imported while a server runs shows in the server\'s lists at once, though it keeps names', async () => {
    await withStore(db.url, async (server) => {
      const author = async () => (await server.read((repos) => questions.listQuestions({ repos, user: null }, { context: 'page:/it/vpn' })))
        .items.find((q) => q.id === 'q-vpn')?.author;
      assert.equal((await author())?.id, 'ben');
      assert.notEqual((await author())?.name, 'Ben Imported', 'read twice: the name is kept');
      await report(db.url, file('rename.csv', `${HEADER}\nben,Ben Imported,,,,,,\n`));
      // SQLite: the import's commit is another connection's; PostgreSQL: its notification arrives within milliseconds.
      const deadline = Date.now() + 5_000;
      let seen = await author();
      while (seen?.name !== 'Ben Imported' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        seen = await author();
      }
      assert.equal(seen?.name, 'Ben Imported');
    });
  });
});
