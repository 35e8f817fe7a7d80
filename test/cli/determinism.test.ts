import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { filesOf, snapshotTree } from '../output/tree.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// DESIGN.md: "Same inputs and same --now give byte-identical output" (R-4.5, T-4.7).

const NOW = '2026-03-01T00:00:00Z';

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
});
afterEach(() => {
  removeDir(cwd);
});

async function run(out: string, answers: string): Promise<void> {
  const result = await runCli(['--answers', answers, '--now', NOW, '--out', out], { cwd });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

function expectSameFolders(a: string, b: string): void {
  const left = snapshotTree(join(cwd, a));
  const right = snapshotTree(join(cwd, b));
  expect(filesOf(left).length).toBeGreaterThan(4);
  expect([...right.keys()]).toEqual([...left.keys()]);
  // The manifest last: it differs whenever another file does, so it would hide the real cause.
  const paths = filesOf(left).sort((x, y) => Number(x === 'manifest.json') - Number(y === 'manifest.json'));
  for (const path of paths) {
    expect(readFileSync(join(cwd, b, path)).toString('utf8'), path).toBe(readFileSync(join(cwd, a, path)).toString('utf8'));
  }
  expect(right).toEqual(left);
}

describe('same answers and --now, twice', () => {
  it('into two folders: byte-identical output folders', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    await run('first', answers);
    await run('second', answers);
    expectSameFolders('first', 'second');
  });

  it('into the same --out (the first result moved aside): byte-identical', async () => {
    const answers = writeAnswers(cwd, VALID_ANSWERS);
    await run('out', answers);
    renameSync(join(cwd, 'out'), join(cwd, 'kept'));
    await run('out', answers);
    expectSameFolders('kept', 'out');
  });
});
