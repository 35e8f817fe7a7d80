import { dirname, extname, isAbsolute, join, relative, resolve, win32 } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UsageError, type UsageProblem } from '../model/errors.ts';
import { decodeText } from '../files/decode-text.ts';
import { readRegularFile } from '../files/read-regular-file.ts';
import { commandLineOnlyProblem, envName, flagName, secretFlags, type AnyInputSpec } from '../model/inputs.ts';
import { similar } from '../domain/similar.ts';

export interface AnswersFile {
  path: string;
  values: Map<string, unknown>;
  /**
   * The keys the file sets to null (`key: null`, `key: ~`, `key:`): answered "none". An optional
   * input among them is not asked again (a written answers file records a skipped question so);
   * a required one is treated as absent.
   */
  none?: ReadonlySet<string>;
  /**
   * The folder a relative path in the file (an input declared `path: true`) is read from: the
   * file's own folder, wherever the tool runs. A path given by flag or environment is read from
   * the current folder.
   */
  baseDir?: string;
}

/**
 * A path read from an answers file, as the tool opens it: a relative one is relative to the file's
 * folder, and is given back relative to the current folder (`cwd`), so that messages still name a
 * short path (the file's own spelling when the file is in the current folder). An absolute path
 * stays as it is, and so does a Windows absolute path (`C:\certs\x.pfx`) read on another system,
 * so that the message names it as written.
 */
export function pathFromAnswersFile(path: string, baseDir: string, cwd: string = process.cwd()): string {
  if (path === '' || isAbsolute(path) || win32.isAbsolute(path)) return path;
  if (resolve(baseDir) === resolve(cwd)) return path;
  const full = join(baseDir, path);
  const fromHere = relative(cwd, full);
  // Another drive (Windows): no relative form.
  return fromHere === '' || isAbsolute(fromHere) ? full : fromHere;
}

/**
 * A value read from an answers file whose folder is `baseDir`, with the paths in it as the tool
 * opens them (pathFromAnswersFile): an input declared `path` (one or a list), and a secret's
 * `file:PATH` source. Anything else, and any value when there is no folder, is as read.
 */
export function valueFromAnswersFolder(spec: Pick<AnyInputSpec, 'kind' | 'path'>, value: unknown, baseDir: string | undefined): unknown {
  if (baseDir === undefined) return value;
  const one = (item: unknown) => (typeof item === 'string' ? pathFromAnswersFile(item, baseDir) : item);
  if (spec.kind === 'secret') return typeof value === 'string' && value.startsWith('file:') && value.length > 5 ? `file:${pathFromAnswersFile(value.slice(5), baseDir)}` : value;
  if (!spec.path) return value;
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** Answers files are small; a bigger file is a mistake (a PFX given by accident, a log). */
const MAX_ANSWERS_BYTES = 256 * 1024;

/**
 * The declared key a misspelt one most likely meant (case, dashes and up to two typos). A key
 * written as its flag or its environment variable (`--vm-count`, `CMG_VM_COUNT`) means that input.
 */
function closest(key: string, candidates: readonly string[]): string | undefined {
  return similar(key.replace(/^(--|cmg_)/i, ''), candidates)[0];
}

/** How the suggested input is given outside the file: its flag and its environment variable (a secret: its -env flag). */
function givenElsewhere(spec: AnyInputSpec | undefined): { flag: string; env: string } {
  if (!spec) return { flag: '', env: '' };
  return { flag: spec.kind === 'secret' ? secretFlags(spec.key).env : flagName(spec.key), env: envName(spec.key) };
}

/**
 * Reads `--answers file.yaml|json`. YAML is a superset of JSON, so one parser serves both.
 * Keys are checked by name against the declarations; values are typed later, with the flags.
 */
export function readAnswersFile(path: string, specs: readonly AnyInputSpec[]): AnswersFile {
  const read = readRegularFile(path, MAX_ANSWERS_BYTES);
  if (!read.ok) {
    if (read.reason === 'not-a-file') throw new UsageError([{ code: 'ANSWERS_NOT_A_FILE', params: { path } }]);
    if (read.reason === 'too-large') throw new UsageError([{ code: 'ANSWERS_TOO_LARGE', params: { path, max: MAX_ANSWERS_BYTES } }]);
    throw new UsageError([{ code: 'ANSWERS_UNREADABLE', params: { path, reason: read.errno } }]);
  }
  const text = decodeText(read.bytes);
  if (text === undefined) throw new UsageError([{ code: 'ANSWERS_ENCODING', params: { path } }]);
  let document: unknown;
  try {
    document = parseYaml(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 0;
    throw new UsageError([{ code: 'ANSWERS_SYNTAX', params: { path, line, kind: extname(path) === '.json' ? 'JSON' : 'YAML' } }]);
  }
  const baseDir = dirname(resolve(path));
  if (document === null || document === undefined) return { path, values: new Map(), none: new Set(), baseDir };
  if (typeof document !== 'object' || Array.isArray(document)) throw new UsageError([{ code: 'ANSWERS_NOT_A_MAPPING', params: { path } }]);
  const known = specs.map((spec) => spec.key as string);
  const problems: UsageProblem[] = [];
  const values = new Map<string, unknown>();
  const none = new Set<string>();
  // Object.entries sees own keys only, so `__proto__` arrives as a plain (unknown) key.
  for (const [key, value] of Object.entries(document)) {
    if (key === '$schema') continue;
    if (!known.includes(key)) {
      const suggestion = closest(key, known);
      problems.push({ code: 'ANSWERS_UNKNOWN_KEY', input: key, params: { path, key, suggestion: suggestion ?? '', ...givenElsewhere(specs.find((spec) => spec.key === suggestion)) } });
      continue;
    }
    // The key itself is refused, whatever its value (even empty): the file must not carry it at all.
    const spec = specs.find((candidate) => candidate.key === key);
    if (spec?.commandLineOnly) {
      problems.push(commandLineOnlyProblem(spec, path));
      continue;
    }
    if (value !== null) values.set(key, value);
    else none.add(key);
  }
  if (problems.length > 0) throw new UsageError(problems);
  return { path, values, none, baseDir };
}
