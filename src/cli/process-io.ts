import ciInfo from 'ci-info';
import type { CommandIO } from './io.ts';
import { inquirerPrompter } from '../ui/prompter.ts';
import { plainPrompter } from '../ui/plain-prompter.ts';
import { redraws } from '../ui/redraws.ts';
import { terminalColumns } from '../ui/wrap.ts';

/** The IO of this process: the one place a command's streams, TTY and CI facts, environment, clock and folder are read. */
export function processIO(): CommandIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: terminalColumns(process.stdout),
    stderrColumns: terminalColumns(process.stderr),
    ci: ciInfo.isCI,
    env: process.env,
    now: () => new Date(),
    cwd: process.cwd(),
    // The one place the prompts are chosen: a terminal that cannot move its cursor (TERM=dumb)
    // gets questions as lines, any other the rich prompts that redraw on stdout (issue 17).
    prompter: (lang) => (redraws(process.stdout.isTTY === true, process.env) ? inquirerPrompter(lang) : plainPrompter(lang, { input: process.stdin, output: process.stdout })),
    // runProgram left out: key-access.ts takes the real one, loaded only by the commands that write.
    platform: process.platform,
  };
}
