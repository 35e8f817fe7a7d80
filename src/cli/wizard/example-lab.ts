import { catalogue } from '../../messages/i18n.ts';
import { withProgress } from '../../ui/progress.ts';
import type { Terminal } from '../../ui/terminal.ts';
import { writeWrappedOn } from '../../ui/wrap.ts';
import { readSecret, type SecretRequest } from '../../wizard/secrets.ts';
import { prepareExample, type PreparedExample } from '../example.ts';
import type { CommandIO } from '../io.ts';
import { ownerOnlyFor } from '../key-access.ts';
import { stdinWaitMs } from '../stdin-wait.ts';

/** --example: the Contoso answers and a lab PKI made for this run, said on the human stream. */
export async function exampleLab(
  request: SecretRequest | undefined,
  context: { flags: ReadonlyMap<string, unknown>; dryRun: boolean; out: string; now: Date; terminal: Terminal; human: NodeJS.WritableStream },
  io: Pick<CommandIO, 'stdin' | 'env' | 'platform' | 'runProgram'>,
): Promise<PreparedExample> {
  const { terminal, human } = context;
  const text = catalogue(terminal.lang);
  const password = request && request.from !== 'prompt' ? await readSecret('labPassword', request, { stdin: io.stdin, env: io.env, stdinTimeoutMs: stdinWaitMs(terminal, io.env) }) : undefined;
  const progress = <T>(keys: 3 | 4, work: () => Promise<T>) => withProgress(terminal, text.ui.labProgress({ keys }), work);
  const example = await prepareExample({ progress, flags: context.flags, env: io.env, dryRun: context.dryRun, out: context.out, now: context.now, password, ownerOnly: ownerOnlyFor(io) });
  writeWrappedOn(terminal, human, text.ui.labMade({ serviceName: String(example.values.get('serviceName')) }));
  if (!password) writeWrappedOn(terminal, human, text.ui.labPasswordGenerated);
  return example;
}
