#!/usr/bin/env node
// `npm test`: every test, each step an npm script of its own, with a header and a summary.
// The build comes first (the e2e tests and Storybook use its output); when it fails, nothing
// else runs. Other steps all run, and the exit code is non-zero when any failed.
import { spawn } from 'node:child_process';

const STEPS = [
  { script: 'build', title: 'build (rollup, .d.ts, custom-elements.json, server)', required: true },
  { script: 'typecheck', title: 'typecheck (tsc --noEmit: packages, stories, server)' },
  { script: 'test:unit', title: 'component and adapter tests in Chromium (wtr)' },
  { script: 'test:server', title: 'server tests (node --test)' },
  { script: 'test:e2e', title: 'end-to-end tests (node --test e2e/)' },
  { script: 'build-storybook', title: 'Storybook build' },
  { script: 'test:storybook', title: 'Storybook smoke test (every story in Chromium)', needs: 'build-storybook' },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = [];
const started = performance.now();

function runScript(script) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

for (const [i, step] of STEPS.entries()) {
  const header = `[${i + 1}/${STEPS.length}] ${step.title} — npm run ${step.script}`;
  console.log(`\n${'='.repeat(header.length)}\n${header}\n${'='.repeat(header.length)}`);
  const blocker = step.needs && results.find((r) => r.script === step.needs && r.status !== 'passed');
  if (blocker) {
    console.log(`skipped: ${step.needs} did not pass`);
    results.push({ ...step, status: 'skipped', ms: 0 });
    continue;
  }
  const t0 = performance.now();
  const code = await runScript(step.script);
  results.push({ ...step, status: code === 0 ? 'passed' : 'FAILED', ms: performance.now() - t0 });
  if (code !== 0 && step.required) {
    console.log(`\n${step.script} failed: stopping here.`);
    break;
  }
}

console.log('\n==== summary ====');
for (const r of results) console.log(`${r.status.padEnd(8)} ${r.script.padEnd(16)} ${(r.ms / 1000).toFixed(1).padStart(6)}s`);
for (const s of STEPS.slice(results.length)) console.log(`${'not run'.padEnd(8)} ${s.script}`);
const bad = results.filter((r) => r.status !== 'passed').length + (STEPS.length - results.length);
const passedSteps = results.filter((r) => r.status === 'passed').length;
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)}s`);
console.log(`steps: ${passedSteps} passed, ${STEPS.length - passedSteps} failed`);
process.exit(bad ? 1 : 0);
