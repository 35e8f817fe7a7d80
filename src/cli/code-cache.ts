/**
 * V8's code cache for the CLI's own chunks (issue 15). Node 20 compiles every file it loads from
 * its source at every start, and keeps no cache of its own (module.enableCompileCache() comes
 * with Node 22.1): compiling was the largest part of `cmg-setup --help` (10 of ~50 ms in a CPU
 * profile). So the build runs the commonest commands once and keeps, beside each chunk of dist/,
 * the bytecode V8 compiled for it (`<chunk>.v8-cache`, vm.Script#createCachedData); a start hands
 * it back to V8 (vm.Script's cachedData).
 *
 * - Only the chunks of dist/ (the folder of this file) are compiled here; every other file, the
 *   Azure SDK's included, goes to Node's own loader unchanged.
 * - V8 takes a cache only if its own version and flags and the source's length match, and then
 *   compiles as usual (cachedDataRejected): a Node other than the one that built, a --cpu-prof,
 *   a missing or unreadable cache file cost the time saved and nothing else. dist/ is emptied by
 *   each build (rolldown's cleanDir) before its caches are written again, so a cache never
 *   outlives the chunk it was made from.
 * - Nothing is written at run time: only the build sets WRITE_CODE_CACHE (scripts/code-cache.mjs).
 *
 * The chunks are CommonJS so that they can be compiled this way: vm.Script has cachedData, and
 * Node 20's ES module loader offers no way to give it any.
 */
import { createRequire, Module } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, Script } from 'node:vm';

/** The build's variable: set to 1, every chunk compiled in the process has its cache (re)written. */
export const WRITE_CODE_CACHE = 'CMG_SETUP_WRITE_CODE_CACHE';

/** Beside the chunk it belongs to. */
export const cacheFileOf = (chunk: string): string => `${chunk}.v8-cache`;

/** The scripts compiled so far, for the build's writes. */
const compiled = new Map<string, Script>();

interface CompilingModule {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(cacheFileOf(file));
  } catch {
    return undefined; // none for this chunk: V8 compiles it from the source, as without a cache
  }
}

/**
 * From now on the chunks of `folder` (dist/) are compiled with their code cache. Called once per
 * thread, before the first chunk loads: by bin/cmg-setup.cjs, and by the PFX worker's entry.
 */
export function useCodeCache(folder: string = dirname(fileURLToPath(import.meta.url))): void {
  const prototype = (Module as unknown as { prototype: CompilingModule }).prototype;
  const compileWithNode = prototype._compile;
  const writing = process.env[WRITE_CODE_CACHE] === '1';
  prototype._compile = function compile(this: CompilingModule, content: string, filename: string) {
    if (dirname(filename) !== folder || !filename.endsWith('.cjs')) return compileWithNode.call(this, content, filename);
    // Module.wrap gives the function Node's own loader wraps a CommonJS file in.
    const script = new Script(Module.wrap(content), {
      filename,
      cachedData: readCache(filename),
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (writing) compiled.set(filename, script);
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: CompilingModule, filename: string, dirname: string) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  if (writing) process.on('exit', writeCodeCache);
}

/**
 * The build's write (WRITE_CODE_CACHE=1), otherwise nothing: the bytecode of every chunk this
 * thread compiled, the functions it ran included, which the cache read at its start already held,
 * so the build's runs add up. The main thread writes as it exits; the PFX worker, which is
 * terminated rather than left to exit, after each request.
 */
export function writeCodeCache(): void {
  for (const [filename, script] of compiled) writeFileSync(cacheFileOf(filename), script.createCachedData());
}
