/**
 * The built CLI as if on Windows, on any OS (issue 16): a CommonJS preload (`--require` in
 * NODE_OPTIONS) that makes process.platform 'win32' and, unless the programs are to be missing,
 * answers for whoami.exe and icacls.exe of System32 (spawnSync, which src/output/run-program.ts
 * calls), appending each call as JSON to the file CMG_TEST_PROGRAMS names, with the size of the
 * file icacls was given at that moment. CMG_TEST_ICACLS=fail makes icacls exit 5.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PRELOAD = `'use strict';
Object.defineProperty(process, 'platform', { value: 'win32' });
if (process.env.CMG_TEST_PROGRAMS_MISSING !== '1') {
  const child = require('node:child_process');
  const { appendFileSync, existsSync, statSync } = require('node:fs');
  const spawnSync = child.spawnSync;
  child.spawnSync = function (file, args, options) {
    if (typeof file !== 'string' || !/\\\\System32\\\\(icacls|whoami)\\.exe$/.test(file)) return spawnSync.apply(this, arguments);
    const target = file.endsWith('icacls.exe') ? args[0] : undefined;
    const seen = target !== undefined && existsSync(target) ? (statSync(target).isDirectory() ? 'folder' : statSync(target).size) : null;
    appendFileSync(process.env.CMG_TEST_PROGRAMS, JSON.stringify({ file, args, timeout: options.timeout, windowsHide: options.windowsHide, shell: options.shell, seen }) + '\\n');
    const answer = (status, stdout, stderr) => ({ pid: 0, output: [null, stdout, stderr], stdout, stderr, status, signal: null });
    if (file.endsWith('whoami.exe')) return answer(0, '"LAB\\\\admin","S-1-5-21-1-2-3-1001"\\r\\n', '');
    if (process.env.CMG_TEST_ICACLS === 'fail') return answer(5, '', 'Access is denied.\\r\\n');
    return answer(0, 'processed file: ' + target + '\\r\\nSuccessfully processed 1 files; Failed processing 0 files\\r\\n', '');
  };
}
`;

export interface ProgramCall {
  file: string;
  args: string[];
  timeout: number;
  windowsHide: boolean;
  shell: boolean;
  /** icacls: 'folder', or the file's size when icacls ran. */
  seen: 'folder' | number | null;
}

/** Writes the preload into `folder`; the environment that turns it on, and the calls it saw. */
export function asWindows(folder: string, options: { programs: 'answer' | 'fail' | 'missing' }): { env: Record<string, string>; calls: () => ProgramCall[] } {
  const preload = join(folder, 'as-windows.cjs');
  writeFileSync(preload, PRELOAD);
  const list = join(folder, 'programs.jsonl');
  writeFileSync(list, '');
  return {
    env: {
      NODE_OPTIONS: `--require=${preload}`,
      CMG_TEST_PROGRAMS: list,
      ...(options.programs === 'fail' ? { CMG_TEST_ICACLS: 'fail' } : {}),
      ...(options.programs === 'missing' ? { CMG_TEST_PROGRAMS_MISSING: '1' } : {}),
    },
    calls: () =>
      readFileSync(list, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as ProgramCall),
  };
}
