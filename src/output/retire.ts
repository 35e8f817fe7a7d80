/**
 * Deleting the earlier output that --force replaced, once the new one is in place. It was
 * checked before the swap (output-free.ts); it is checked again here, because the admin or
 * another program may have put something in it since: then all of it stays, and the caller says
 * where. Otherwise only the files its manifest lists go, then its folders (rmdir, deepest first).
 */
import { inspectOutput, type Inspection } from './inspect-output.ts';
import { listedFolders, MANIFEST } from './manifest.ts';
import { removeOwn } from './remove-own.ts';

/** true when the folder is gone; false when it was left (something not the tool's is in it). */
export function retireOutput(folder: string, before: Inspection): boolean {
  let now: Inspection;
  try {
    now = inspectOutput(folder, { deep: true });
  } catch {
    return false;
  }
  if (now.state === 'empty' && before.state === 'empty') return removeOwn(folder, { files: [], folders: [] });
  if (now.state !== 'output' || before.state !== 'output') return false;
  const files = now.files.map((file) => file.path);
  return removeOwn(folder, { files: [...files, MANIFEST], folders: listedFolders(files) });
}
