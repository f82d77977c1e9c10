/** CI's size budget (`npm run size`, bench/size.mjs) passes the real build and fails one budget byte short of it. */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt } from './build.js';

const size = (...args: string[]) =>
  spawnSync('node', ['bench/size.mjs', '--no-build', ...args], { encoding: 'utf8', stdio: 'pipe' });

beforeAll(async () => {
  await ensureBuilt();
}, 120_000);

describe('npm run size', () => {
  it('passes dist/hibob-link.js against bench/budget.json', () => {
    const run = size();
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^dist\/hibob-link\.js: gzip \d+ B .*OK/);
    expect(run.status).toBe(0);
  });

  it('fails, saying by how much, when the file is one byte over its budget', () => {
    const gzip = gzipSync(readFileSync('dist/hibob-link.js'), { level: 9 }).length;
    const budget = join(mkdtempSync(join(tmpdir(), 'hibob-size-')), 'budget.json');
    writeFileSync(budget, JSON.stringify({ 'hibob-link.js': { gzip: gzip - 1 } }));
    const run = size('--budget', budget);
    expect(run.stdout).toContain('OVER by 1 B');
    expect(run.status).toBe(1);
  });
});
