// The directory import (`confab-server import-people`) of a generated 50,000-row CSV into a fresh
// SQLite file, through the built CLI (packages/server/dist/main.js) in a child process: wall time
// and peak memory (RSS, and the heap sampled every 20 ms) of the first run (all created) and of a
// second run of the same file (all unchanged). Exports `run()` for bench/run.mjs.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages/server/dist/main.js');
const probe = join(root, 'bench/support/memory-probe.mjs');
// CONFAB_BENCH_IMPORT_ROWS changes the row count (to see that memory does not grow with the file).
const ROWS = Number(process.env.CONFAB_BENCH_IMPORT_ROWS) || 50_000;
const DEPARTMENTS = ['IT', 'Finance', 'HR', 'Marketing', 'Sales', 'Legal', 'Operations', 'Research'];
const SKILLS = ['TypeScript', 'Kubernetes', 'SQL', 'Design', 'Negotiation', 'Excel', 'Go', 'Python', 'Accounting', 'GDPR', 'Rust', 'Figma'];

/** Writes the CSV a row at a time (respecting back-pressure), so the generator stays small too. */
async function writeCsv(path, rows) {
  const out = createWriteStream(path);
  const write = async (line) => { if (!out.write(line)) await once(out, 'drain'); };
  await write('id,name,email,title,department,location,manager,skills\n');
  for (let i = 1; i <= rows; i++) {
    const skills = [SKILLS[i % SKILLS.length], SKILLS[(i * 7) % SKILLS.length], SKILLS[(i * 11) % SKILLS.length]].join(';');
    const manager = i > 10 ? `emp${Math.floor(i / 10)}` : '';
    await write(`emp${i},"Person ${i}, Example",person${i}@example.com,Specialist ${i % 40},${DEPARTMENTS[i % DEPARTMENTS.length]},Site ${i % 25},${manager},${skills}\n`);
  }
  out.end();
  await once(out, 'finish');
}

function importOnce(file, database) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', probe, cli, 'import-people', file, '--database', database, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`import-people exited with ${code}: ${stderr}`));
      const memory = JSON.parse(/CONFAB_MEMORY (.*)/.exec(stderr)?.[1] ?? '{}');
      const report = JSON.parse(stdout);
      resolve({ ms: Math.round(ms), ...memory, created: report.created, updated: report.updated, unchanged: report.unchanged, rejected: report.rejected.length });
    });
  });
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

export async function run() {
  if (!existsSync(cli)) throw new Error('packages/server/dist/main.js is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'confab-bench-import-'));
  try {
    const file = join(dir, 'people.csv');
    await writeCsv(file, ROWS);
    const database = join(dir, 'confab.db');
    const first = await importOnce(file, database);
    const second = await importOnce(file, database);
    const fileBytes = statSync(file).size;
    console.log(`${ROWS.toLocaleString('en')} rows, ${mb(fileBytes)} MB CSV, into a fresh SQLite file`);
    console.log('run                 time (s)  rows/s   peak RSS (MB)  peak heap (MB)  created  updated  unchanged');
    for (const [name, r] of [['first (creates)', first], ['second (no change)', second]]) {
      console.log(`${name.padEnd(19)} ${(r.ms / 1000).toFixed(2).padStart(8)}  ${String(Math.round(ROWS / (r.ms / 1000))).padStart(6)}   ${mb(r.maxRssBytes).padStart(13)}  ${mb(r.peakHeapBytes).padStart(14)}  ${String(r.created).padStart(7)}  ${String(r.updated).padStart(7)}  ${String(r.unchanged).padStart(9)}`);
    }
    return { rows: ROWS, fileBytes, first, second };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
