/**
 * What a killed run leaves beside --out, and the next run's repair. writeOutput stages into
 * `<out>.staging-<pid>-<hex>` and, with --force, moves the earlier output to `<out>.old-<pid>-<hex>`
 * between two renames; a kill (SIGKILL, power loss: no catch block runs) can leave either, and
 * between the renames no --out at all. The next run that writes --out, before it checks --out:
 * - restores an `.old-` copy to --out when --out is missing and the copy is a valid output
 *   (inspect-output.ts: a manifest of cmg-setup, nothing changed or added);
 * - removes an `.old-` copy when --out is there and complete, only the files its manifest lists;
 * - removes a `.staging-` folder only if everything in it is the tool's own (staging.ts);
 * - leaves anything else where it is and says so. `plan`, which writes nothing, only says what it found.
 * Leftovers whose pid is still running belong to a concurrent run and are not touched. Nothing
 * is followed through a symlink; one line is reported per action.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { inspectOutput } from './inspect-output.ts';
import { nodeOutputFs, reasonOf } from './output-fs.ts';
import { removeOwn } from './remove-own.ts';
import { renameWithRetry } from './rename.ts';
import { retireOutput } from './retire.ts';
import { stagingOwnContent } from './staging.ts';

export interface LeftoverAction {
  action: 'restored' | 'removed' | 'kept' | 'found';
  /** The leftover folder. */
  path: string;
  /** --out, resolved. */
  out: string;
}

export interface RecoverOptions {
  /** false under `plan`: report, change nothing. */
  repair: boolean;
  notify: (action: LeftoverAction) => void;
  isRunning?: (pid: number) => boolean;
}

const LEFTOVER = /^(.*)\.(old|staging)-(\d{1,10})-([0-9a-f]{8})$/;

/** A pid is alive if it can be signalled, or exists but belongs to someone else (EPERM). */
export function isRunning(pid: number): boolean {
  // This run has made nothing yet: a leftover with its pid is from an earlier process that had it.
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return reasonOf(error) === 'EPERM';
  }
}

/** The .old- copy: restored, removed, or kept. */
function repairOld(path: string, target: string): LeftoverAction['action'] {
  const copy = inspectOutput(path, { deep: true });
  if (copy.state !== 'output' && copy.state !== 'empty') return 'kept';
  const present = inspectOutput(target, { deep: false });
  if (present.state === 'absent') {
    renameWithRetry(path, target);
    return 'restored';
  }
  if (present.state !== 'other' || !present.manifestFile) return 'kept';
  return retireOutput(path, copy) ? 'removed' : 'kept';
}

function repairStaging(path: string): LeftoverAction['action'] {
  const own = stagingOwnContent(path);
  return own !== undefined && removeOwn(path, own) ? 'removed' : 'kept';
}

export function recoverLeftovers(out: string, options: RecoverOptions): void {
  const alive = options.isRunning ?? isRunning;
  const target = resolve(out);
  const parent = dirname(target);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    // No parent yet (nothing can be left in it), or one that cannot be listed: then there is no
    // telling what is in it, and the checks of --out itself say what is wrong, if anything.
    return;
  }
  const leftovers = names
    .map((name) => ({ name, match: LEFTOVER.exec(name) }))
    .filter(({ match }) => match !== null && match[1] === basename(target) && Number(match[3]) > 0 && !alive(Number(match[3])))
    .map(({ name, match }) => ({ name, kind: (match as RegExpExecArray)[2] as 'old' | 'staging' }))
    // .old- copies first: one may have to become --out before staging folders are judged.
    .sort((a, b) => (a.kind === b.kind ? (a.name < b.name ? -1 : 1) : a.kind === 'old' ? -1 : 1));
  for (const { name, kind } of leftovers) {
    const path = join(parent, name);
    if (!options.repair) {
      options.notify({ action: 'found', path, out: target });
      continue;
    }
    let action: LeftoverAction['action'];
    try {
      // A symlink or a file with the name of a leftover is not one: never followed, never removed.
      if (!nodeOutputFs.lstat(path).isDirectory()) action = 'kept';
      else action = kind === 'old' ? repairOld(path, target) : repairStaging(path);
    } catch {
      action = 'kept';
    }
    options.notify({ action, path, out: target });
  }
}
