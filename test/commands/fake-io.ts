/**
 * An in-process CommandIO: the streams are buffers, the terminal facts and the environment are
 * whatever a test says, and a prompt records its question and then does what the test scripted
 * (by default, Ctrl+C). No process is spawned and nothing of this process is read.
 */
import { Readable } from 'node:stream';
import { CancelledError, GoBackError } from '../../src/model/errors.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';
import type { CommandIO } from '../../src/cli/io.ts';
import type { ProgramRunner } from '../../src/output/run-program.ts';
import type { InterviewQuestion } from '../../src/wizard/prompter-port.ts';

export interface FakeFacts {
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** The width of each stream that is a terminal (80 unless said): human text wraps there (issue 17). */
  columns?: number;
  ci?: boolean;
  env?: NodeJS.ProcessEnv;
  /** What stdin holds (then it ends); a Readable as is (e.g. a PassThrough never ended). */
  stdin?: string | Readable;
  cwd?: string;
  now?: Date;
  /** At the review: true writes, false quits; absent cancels (as Ctrl+C would)... */
  confirm?: boolean;
  /** ...unless the review's picks are scripted, in order ('write', 'quit', 'edit:<step>'). */
  review?: string[];
  /** The interview's own yes/no questions by id; absent: recommended no, classic yes, step problems no, going on without client roots yes. */
  confirms?: Partial<Record<InterviewQuestion, boolean>>;
  /** Answers to prompts by key; a key not listed cancels (as Ctrl+C would)... */
  answers?: Readonly<Record<string, unknown>>;
  /** ...unless the person presses Enter at every question: the offered default is taken. */
  acceptDefaults?: boolean;
  /** Answers typed one after the other at the same question (a wrong password, then the right one), before `answers`. */
  typed?: Readonly<Record<string, readonly unknown[]>>;
  /** The OS the command believes it runs on (default linux). */
  platform?: NodeJS.Platform;
  /** Runs icacls and whoami on win32: a fake that records the argv. */
  runProgram?: ProgramRunner;
}

export interface FakeIO extends CommandIO {
  /** Everything written to stdout and stderr so far. */
  out: () => string;
  err: () => string;
  /** The keys the prompts were asked for, in order ('review' for the review's question, `?<id>` for the interview's yes/no questions). */
  asked: string[];
  /** What the interview showed between its questions (headings, certificate reads, the review). */
  said: () => string;
}

/** A stream that keeps what is written (no isTTY: a spinner never draws on it). */
function buffer(): { stream: NodeJS.WritableStream; text: () => string } {
  const chunks: string[] = [];
  const stream = { write: (chunk: string | Uint8Array) => (chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), true) } as unknown as NodeJS.WritableStream;
  return { stream, text: () => chunks.join('') };
}

/** Typed at a question: Shift+Tab, back to the question before. */
export const BACK = Symbol('Shift+Tab');

/** Typed at an optional question: "none" (left empty, or the list's "none"). */
export const NONE = Symbol('none');

export const FIXED_NOW = new Date('2026-03-01T00:00:00Z');

export function fakeIO(facts: FakeFacts = {}): FakeIO {
  const stdout = buffer();
  const stderr = buffer();
  const asked: string[] = [];
  const said: string[] = [];
  const reviewPicks = [...(facts.review ?? [])];
  const typed = new Map(Object.entries(facts.typed ?? {}).map(([key, values]) => [key, [...values]]));
  const answer = async (spec: AnyInputSpec, options?: { default?: unknown }) => {
    asked.push(spec.key);
    const next = typed.get(spec.key)?.shift();
    if (next === BACK) throw new GoBackError();
    if (next === NONE) return undefined;
    if (next !== undefined) return next;
    if (facts.answers && spec.key in facts.answers) return facts.answers[spec.key];
    if (facts.acceptDefaults) return options?.default;
    throw new CancelledError('signal');
  };
  return {
    stdin: typeof facts.stdin === 'object' ? facts.stdin : Readable.from(facts.stdin === undefined ? [] : [facts.stdin]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdinIsTTY: facts.stdinIsTTY ?? false,
    stdoutIsTTY: facts.stdoutIsTTY ?? false,
    stderrIsTTY: facts.stderrIsTTY ?? false,
    columns: facts.stdoutIsTTY ? (facts.columns ?? 80) : undefined,
    stderrColumns: facts.stderrIsTTY ? (facts.columns ?? 80) : undefined,
    ci: facts.ci ?? false,
    env: facts.env ?? { LANG: 'C.UTF-8' },
    now: () => facts.now ?? FIXED_NOW,
    cwd: facts.cwd ?? '/nonexistent-cwd',
    // POSIX unless a test takes the Windows path (with a fake icacls: runProgram).
    platform: facts.platform ?? 'linux',
    ...(facts.runProgram ? { runProgram: facts.runProgram } : {}),
    prompter: () => ({
      ask: answer,
      askSecret: async (spec) => String(await answer(spec)),
      confirm: async ({ id }) => {
        asked.push(`?${id}`);
        return facts.confirms?.[id] ?? { recommended: false, classic: true, 'step-problems': false, 'client-roots-empty': true }[id];
      },
      select: async <T extends string>() => {
        asked.push('review');
        const scripted = reviewPicks.shift();
        if (scripted !== undefined) return scripted as T;
        if (facts.confirm === undefined) throw new CancelledError('signal');
        return (facts.confirm ? 'write' : 'quit') as T;
      },
      say: (line) => said.push(line),
    }),
    out: stdout.text,
    err: stderr.text,
    asked,
    said: () => said.join('\n'),
  };
}
