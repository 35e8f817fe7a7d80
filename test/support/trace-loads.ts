/**
 * What a run of the built CLI loads, from every thread (the PFX worker's included): a CommonJS
 * preload (`--require` in NODE_OPTIONS, which Node also runs in worker threads) that appends each
 * file a `require` resolves to, once per thread and in order, to the file named by CMG_TEST_LOADS,
 * as `main <path>` or `worker <path>`. The bundle is CommonJS (src/cli/code-cache.ts): the ES
 * module loader's hooks would see none of its chunks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PRELOAD = `'use strict';
const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const seen = new Set();
const resolveWithNode = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const file = resolveWithNode.apply(this, args);
  if (!seen.has(file)) {
    seen.add(file);
    appendFileSync(process.env.CMG_TEST_LOADS, (isMainThread ? 'main ' : 'worker ') + file + '\\n');
  }
  return file;
};
`;

export interface Load {
  thread: 'main' | 'worker';
  /** Absolute path, or a builtin's name (`node:fs`, `url`). */
  file: string;
}

/** Writes the preload into `folder`; the environment that turns it on, and how to read what it wrote. */
export function loadTracer(folder: string, name: string): { env: Record<string, string>; loads: () => Load[] } {
  const preload = join(folder, 'trace-loads.cjs');
  writeFileSync(preload, PRELOAD);
  const list = join(folder, `loads-${name}.txt`);
  writeFileSync(list, '');
  return {
    env: { NODE_OPTIONS: `--require=${preload}`, CMG_TEST_LOADS: list },
    loads: () =>
      readFileSync(list, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => ({ thread: line.slice(0, line.indexOf(' ')) as Load['thread'], file: line.slice(line.indexOf(' ') + 1) })),
  };
}
