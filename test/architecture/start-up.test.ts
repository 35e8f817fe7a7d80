/**
 * What a command loads before it does anything (issue 15): every module reached from an entry by
 * static value imports is compiled at start, so the heavy ones (the generators and runbook texts,
 * each language's catalogue, node-forge, yaml, the prompts) must be reached only through a
 * dynamic import(), by the commands that need them. Read with the TypeScript compiler; type-only
 * imports are erased by the build and are not followed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The modules a file loads at once: relative paths from the root, packages as `pkg:<specifier>`. */
function staticImportsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const add = (specifier: ts.Expression | undefined) => {
    if (!specifier || !ts.isStringLiteral(specifier)) return;
    const text = specifier.text;
    if (text.startsWith('node:')) return;
    if (!text.startsWith('.')) {
      // A package as imported: its root (`pkg:node-forge`) or one of its files (`pkg:node-forge/lib/asn1.js`).
      found.push(`pkg:${text}`);
      return;
    }
    found.push(relative(ROOT, resolve(dirname(join(ROOT, file)), text)));
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes = clause !== undefined && !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) add(statement.moduleSpecifier);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      add(statement.moduleSpecifier);
    }
  }
  return found;
}

/** Every module an entry loads at once, itself included. */
function loadedAtStart(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (module: string): void => {
    if (seen.has(module)) return;
    seen.add(module);
    if (module.startsWith('pkg:')) return;
    if (!existsSync(join(ROOT, module))) throw new Error(`${module} does not exist`);
    staticImportsOf(module).forEach(visit);
  };
  visit(entry);
  return seen;
}

const matching = (modules: Set<string>, pattern: RegExp) => [...modules].filter((module) => pattern.test(module)).sort();

const GENERATORS = /^src\/(emit\/|steps\/(index\.ts|(?!general\/)[^/]+\/index\.ts|.*\/(texts|script-texts|runbook|scripts)\.ts$))/;
const CATALOGUES = /^src\/messages\/(en|fr)\.ts$/;
const HEAVY_PACKAGES = /^pkg:(node-forge|yaml|@inquirer\/prompts|chalk|ora|@azure\/.*)$/;

describe('what each start loads (issue 15)', () => {
  it('the entry: the early work\'s hint, not commander: the PFX worker and the keys start before the program loads', () => {
    const modules = loadedAtStart('src/cli/main.ts');
    // The walk sees what it looks for.
    expect(modules.has('src/cli/early-work.ts')).toBe(true);
    expect(modules.has('src/cli/pfx-hint.ts')).toBe(true);
    expect(matching(modules, /^pkg:commander|^src\/cli\/(program|wizard-options|input-options)\.ts$/)).toEqual([]);
    expect(matching(modules, /^src\/steps\//)).toEqual([]);
    expect(matching(modules, CATALOGUES)).toEqual([]);
    expect(matching(modules, /^src\/(certs|azure|output|emit)\//)).toEqual([]);
    expect(matching(modules, HEAVY_PACKAGES)).toEqual([]);
  });

  it('the program, loaded next: commander, no step, no catalogue, no certificate or YAML code', () => {
    const modules = loadedAtStart('src/cli/program.ts');
    expect(modules.has('pkg:commander')).toBe(true);
    expect(matching(modules, /^src\/steps\//)).toEqual([]);
    expect(matching(modules, CATALOGUES)).toEqual([]);
    expect(matching(modules, /^src\/(certs|azure|output|emit)\//)).toEqual([]);
    expect(matching(modules, HEAVY_PACKAGES)).toEqual([]);
  });

  it('the early work loads no node-forge: the worker\'s start and the keys only (the worker loads forge itself)', () => {
    for (const entry of ['src/cli/early-work.ts', 'src/certs/early-keys.ts', 'src/certs/decode-worker-start.ts']) {
      const modules = loadedAtStart(entry);
      expect({ entry, forge: matching(modules, /^pkg:node-forge|^src\/certs\/(forge-|decode\.ts|decode-without-password)/), packages: matching(modules, HEAVY_PACKAGES) }).toEqual({ entry, forge: [], packages: [] });
    }
  });

  it('--help, steps and schema: the declarations, without the generators and runbook texts they plan with', () => {
    for (const entry of ['src/steps/declarations.ts', 'src/cli/input-options.ts', 'src/cli/commands/steps.ts']) {
      const modules = loadedAtStart(entry);
      expect(modules.has('src/steps/site/declaration.ts')).toBe(true);
      expect({ entry, generators: matching(modules, GENERATORS), catalogues: matching(modules, CATALOGUES), packages: matching(modules, HEAVY_PACKAGES) }).toEqual({ entry, generators: [], catalogues: [], packages: [] });
    }
  });

  it('completion: the walk of the program reads the declarations; the scripts need only the PowerShell quoting; no generators, catalogue or heavy package', () => {
    const walk = loadedAtStart('src/cli/completion/walk.ts');
    expect(walk.has('src/steps/declarations.ts')).toBe(true);
    const scripts = loadedAtStart('src/cli/commands/completion.ts');
    expect(matching(scripts, /^src\/steps\//)).toEqual([]);
    // The one module of emit/ they need: the quoting of a tooltip (powershell-quote.ts imports nothing).
    expect({ walk: matching(walk, GENERATORS), scripts: matching(scripts, GENERATORS) }).toEqual({ walk: [], scripts: ['src/emit/powershell-quote.ts'] });
    for (const modules of [walk, scripts]) expect({ catalogues: matching(modules, CATALOGUES), packages: matching(modules, HEAVY_PACKAGES) }).toEqual({ catalogues: [], packages: [] });
  });

  it('the `cert` commands: no input declaration until a password is asked', () => {
    for (const entry of ['src/cli/commands/cert-inspect.ts', 'src/cli/commands/cert-lab.ts', 'src/cli/commands/cert-request.ts']) {
      expect({ entry, steps: matching(loadedAtStart(entry), /^src\/steps\//) }).toEqual({ entry, steps: [] });
    }
  });

  it('reading a certificate file on the main thread: no key derivation and only the parts of node-forge it needs', () => {
    // Key derivations (and so the iteration guard's limit) run only in the PFX worker (decode.ts);
    // the lab's own derivations (lab.ts) never share a thread with a file someone else wrote.
    for (const entry of ['src/certs/read.ts', 'src/certs/decode-without-password.ts', 'src/certs/inspect.ts', 'src/certs/assess.ts']) {
      const modules = loadedAtStart(entry);
      expect({ entry, derivations: matching(modules, /^src\/certs\/(decode|derivation-guard|native-kdf|forge-pki|lab|request)\.ts$|^pkg:node-forge$/) }).toEqual({ entry, derivations: [] });
    }
    expect(matching(loadedAtStart('src/certs/decode-without-password.ts'), /^pkg:node-forge/)).toEqual(['pkg:node-forge/lib/asn1.js', 'pkg:node-forge/lib/pem.js', 'pkg:node-forge/lib/util.js']);
    // The worker: the derivations and forge's PKI and PKCS#12 (forge-pki.ts), not its index, which
    // would bring TLS, SSH, Ed25519, KEM, PKCS#7 and a logger too.
    const worker = loadedAtStart('src/certs/decode-requests.ts');
    expect(matching(worker, /^src\/certs\/(derivation-guard|forge-pki)\.ts$|^pkg:node-forge\/lib\/(pki|pkcs12)\.js$/)).toEqual(['pkg:node-forge/lib/pkcs12.js', 'pkg:node-forge/lib/pki.js', 'src/certs/derivation-guard.ts', 'src/certs/forge-pki.ts']);
    expect(matching(worker, /^pkg:node-forge(\/lib\/(index|tls|ssh|ed25519|kem|pkcs7|log)\.js)?$/)).toEqual([]);
  });

  it('the patterns catch what they name', () => {
    expect(['src/steps/index.ts', 'src/steps/gateway/index.ts', 'src/steps/gateway/texts.ts', 'src/steps/roles/script-texts.ts', 'src/steps/gateway/scripts.ts', 'src/emit/powershell.ts'].filter((path) => GENERATORS.test(path))).toHaveLength(6);
    expect(['src/steps/general/index.ts', 'src/steps/gateway/declaration.ts', 'src/steps/gateway/input-texts.ts', 'src/steps/declarations.ts'].filter((path) => GENERATORS.test(path))).toEqual([]);
    expect(staticImportsOf('test/architecture/start-up.test.ts')).toEqual(['pkg:typescript', 'pkg:vitest']);
  });
});
