/** Runs a command in process, to its exit code, the way src/cli/main.ts does (src/cli/outcome.ts). */
import { exitCodeOf } from '../../src/cli/outcome.ts';
import { fakeIO, type FakeFacts } from './fake-io.ts';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  /** What the prompts asked, in order. */
  asked: string[];
}

export interface Invocation {
  /** The command path, as the --json error document names it. */
  command: string;
  json: boolean;
  call: (io: ReturnType<typeof fakeIO>) => Promise<void>;
}

export async function runInProcess(invocation: Invocation, facts: FakeFacts = {}): Promise<Outcome> {
  const io = fakeIO(facts);
  const code = await exitCodeOf(() => invocation.call(io), io, { lang: 'en', json: invocation.json, command: invocation.command });
  return { code, stdout: io.out(), stderr: io.err(), asked: io.asked };
}
