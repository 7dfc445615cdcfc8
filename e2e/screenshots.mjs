// Takes full-page PNG screenshots of every demo page: `node e2e/screenshots.mjs [outDir] [personId]`
// (default: a folder under the system's temporary directory, as sam.patel). Starts the built
// server on a temporary database like the tests do.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contextAs, launchBrowser, missingBuild, startServer, tempDatabase } from './harness.mjs';

const out = resolve(process.argv[2] ?? join(tmpdir(), 'confab-screenshots'));
const user = process.argv[3] ?? 'sam.patel';
const missing = missingBuild();
if (missing) { console.error(missing); process.exit(1); }
mkdirSync(out, { recursive: true });
const db = tempDatabase();
const server = await startServer({ databasePath: db.path });
const browser = await launchBrowser();
try {
  const context = await contextAs(browser, server.url, user);
  for (const path of ['/index.html', '/policies/travel.html', '/ideas.html', '/people.html', '/owner.html']) {
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(800);
    const file = join(out, `${path.slice(1).replaceAll('/', '-').replace('.html', '')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
  if (context.errors.length) console.log('page errors:\n' + context.errors.join('\n'));
} finally {
  await browser.close();
  await server.stop();
  db.remove();
}
