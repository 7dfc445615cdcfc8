// Notification fan-out (issue 15): comments on an idea that 1,000 people follow, on the reference
// server's SQLite storage through the domain's write path (bench/support/notify-fanout.ts, run in
// a child process with tsx). Reports notifications fanned out per second, the time of a write
// without followers, and of a write by a person who follows 10,000 items (bounded work: about the
// same). Exports `run()` for bench/run.mjs; `node bench/notify.mjs` runs it alone.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function run() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'bench/support/notify-fanout.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`notify-fanout exited with ${code}: ${stderr}`));
      const result = JSON.parse(stdout.trim().split('\n').pop());
      console.log(`followers of the idea          ${result.followers}`);
      console.log(`ms per comment (fan-out)       ${result.msPerFanOutWrite}`);
      console.log(`notifications fanned out / s   ${result.notificationsPerSecond}`);
      console.log(`ms per comment, no followers   ${result.msPerWriteWithoutFollowers}`);
      console.log(`ms per comment by a person following 10,000 items  ${result.msPerWriteByPersonFollowing10000}`);
      resolve(result);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
