import ciInfo from 'ci-info';
import type { CommandIO } from './io.ts';
import { inquirerPrompter } from '../ui/prompter.ts';

/** The IO of this process: the one place a command's streams, TTY and CI facts, environment, clock and folder are read. */
export function processIO(): CommandIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns,
    ci: ciInfo.isCI,
    env: process.env,
    now: () => new Date(),
    cwd: process.cwd(),
    prompter: (lang) => inquirerPrompter(lang),
    // runProgram left out: key-access.ts takes the real one, loaded only by the commands that write.
    platform: process.platform,
  };
}
