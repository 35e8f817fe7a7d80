import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Artifact } from '../model/step.ts';
import { removeOwn } from '../output/remove-own.ts';
import type { OwnerOnly } from '../output/owner-only.ts';
import { writeIntoFolder } from '../output/write-output.ts';
import { CLOUDS, MODELS, type Cloud, type Model } from '../model/answers.ts';
import { exampleAnswers, LAB_FOLDER } from '../wizard/example.ts';
import { envName } from '../model/inputs.ts';
import { Secret } from '../model/secret.ts';
import { onInterrupt } from './cleanup.ts';

export interface PreparedExample {
  values: Map<string, unknown>;
  secrets: Map<string, Secret>;
  /** run: the lab files, written with the output. plan: none (they live in a temporary folder). */
  artifacts: Artifact[];
  /** run: lab files that will exist once the output is written, with their content. */
  promisedFiles: Map<string, Uint8Array>;
  cleanup: () => void;
}

function pick<T extends string>(choices: readonly T[], ...candidates: unknown[]): T | undefined {
  return candidates.find((candidate): candidate is T => typeof candidate === 'string' && (choices as readonly string[]).includes(candidate));
}

/**
 * The Contoso example with a lab PKI made for this run. Under `plan` the lab goes to a private
 * temporary folder removed afterwards (plan writes nothing); under `run` it is part of the
 * output, in 00-lab-pki/.
 */
export async function prepareExample(options: {
  /** Wraps the slow part (generating `keys` keys) so the UI can show progress. */
  progress: <T>(keys: 3 | 4, work: () => Promise<T>) => Promise<T>;
  flags: ReadonlyMap<string, unknown>;
  env: NodeJS.ProcessEnv;
  dryRun: boolean;
  out: string;
  now: Date;
  password: Secret | undefined;
  /** How the lab's key files are kept to the current user under plan (their temporary folder). */
  ownerOnly: OwnerOnly;
}): Promise<PreparedExample> {
  const { flags, env } = options;
  const model: Model = pick(MODELS, flags.get('model'), env[envName('model')]) ?? 'vmss';
  const cloud: Cloud = pick(Object.keys(CLOUDS) as Cloud[], flags.get('cloud'), env[envName('cloud')]) ?? 'public';
  const placeholder = exampleAnswers(model, cloud, { root: '', server: '', management: '' });
  const given = flags.get('serviceName') ?? env[envName('serviceName')];
  const serviceName = typeof given === 'string' && given.length > 0 ? given : String(placeholder.get('serviceName'));
  // A password nobody sees keeps the example non-interactive; --lab-password-* chooses one.
  const password = options.password ?? new Secret(randomBytes(18).toString('base64url'), 'generated');

  const { createLabPki } = await import('../certs/lab.ts');
  // The management certificate only for the classic model, the one that reads it (certs/lab.ts).
  const management = model === 'classic';
  const lab = await options.progress(management ? 4 : 3, () => createLabPki({ serviceName, password: password.reveal(), now: options.now, management }));
  const files = lab.files.map((file) => ({ path: file.name, content: file.content, privateKey: file.privateKey }));

  let folder: string;
  let artifacts: Artifact[] = [];
  const promisedFiles = new Map<string, Uint8Array>();
  let cleanup = () => {};
  if (options.dryRun) {
    folder = mkdtempSync(join(tmpdir(), 'cmg-setup-example-'));
    chmodSync(folder, 0o700);
    const temporary = folder;
    // Only the lab files written there, then the folder itself (never a recursive delete).
    const remove = () => removeOwn(temporary, { files: files.map((file) => file.path), folders: [] });
    const forget = onInterrupt(remove);
    cleanup = () => {
      forget();
      remove();
    };
    try {
      writeIntoFolder(folder, files, options.ownerOnly);
    } catch (error) {
      // A key that could not be restricted (KEY_ACCESS_NOT_RESTRICTED): the temporary folder goes too.
      cleanup();
      throw error;
    }
  } else {
    folder = join(resolve(options.out), LAB_FOLDER);
    artifacts = lab.files.map((file) => ({ path: `${LAB_FOLDER}/${file.name}`, content: file.content, privateKey: file.privateKey, purpose: 'lab.pki', runOn: 'admin-workstation' }));
    for (const file of lab.files) promisedFiles.set(join(folder, file.name), file.content);
  }
  const path = (role: string) => join(folder, lab.files.find((file) => file.role === role)?.name ?? '');
  const values = exampleAnswers(model, cloud, { root: path('client-root'), server: path('server'), management: path('management') });
  const secrets = new Map([
    ['serverCertPassword', password],
    ['managementCertPassword', password],
  ]);
  return { values, secrets, artifacts, promisedFiles, cleanup };
}
