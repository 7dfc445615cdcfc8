#!/usr/bin/env node
// Runs the node:test files under a folder, and passes (saying so) when there are none yet.
// Node 20's `node --test` takes no globs, hence this script.
//
// Usage: node scripts/run-node-tests.mjs <dir> [node flags…]
//   e.g. node scripts/run-node-tests.mjs packages/server/test --import tsx
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ...flags] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/run-node-tests.mjs <dir> [node flags…]');
  process.exit(2);
}
const files = existsSync(dir)
  ? readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => /\.test\.(ts|mts|mjs|js)$/.test(f) && !f.split(/[\\/]/).includes('node_modules'))
      .sort()
      .map((f) => join(dir, f))
  : [];
if (files.length === 0) {
  console.log(`no test files (*.test.{ts,mjs,js}) under ${dir}: nothing to run`);
  process.exit(0);
}
console.log(`node --test: ${files.length} file(s) under ${dir}`);
const child = spawn(process.execPath, [...flags, '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
