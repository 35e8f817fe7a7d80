// The CLI ships as one bundle (plus lazily loaded chunks): resolving and compiling some forty small
// ES modules on every start cost ~40 ms of `cmg-setup --help`. Type checking is tsc's job (npm run
// typecheck); this only transpiles and bundles.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defineConfig } from 'rolldown';

/** The folder of the npm package a bundled file belongs to (the innermost node_modules/<name>). */
function packageFolder(id) {
  const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
  return match?.[1];
}

/**
 * Bundling copies the dependencies' code into dist/, and their licences ask that their notices go
 * with it (MIT, BSD, ISC): every bundled package's licence text, in dist/THIRD-PARTY-NOTICES.txt.
 */
export function thirdPartyNotices(fileName = 'THIRD-PARTY-NOTICES.txt') {
  return {
    name: 'third-party-notices',
    generateBundle(_options, bundle) {
      const folders = new Set();
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') for (const id of chunk.moduleIds) if (packageFolder(id)) folders.add(packageFolder(id));
      const notices = [...folders]
        .map((folder) => {
          const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
          const licenceFile = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
          const text = licenceFile ? readFileSync(join(folder, licenceFile), 'utf8').trim() : `License: ${manifest.license}`;
          return { name: `${manifest.name}@${manifest.version}`, text };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      const source = notices.map(({ name, text }) => `${name}\n${'-'.repeat(name.length)}\n${text}\n`).join('\n');
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

/**
 * commander requires node:child_process when it loads (lib/command.js) only to spawn executable
 * subcommands, which this program has none of; loading it, with net, dgram and their kin, cost
 * about 2.7 ms of every start (issue 15). It is required where commander would spawn instead.
 * The build fails if commander stops requiring it this way, so the change is never silently lost.
 */
export function lazyChildProcessInCommander() {
  const eager = "const childProcess = require('node:child_process');";
  return {
    name: 'lazy-child-process-in-commander',
    transform(code, id) {
      if (!/node_modules[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
      if (!code.includes(eager)) this.error(`commander's command.js no longer has \`${eager}\`: look again at lazyChildProcessInCommander (rolldown.config.mjs)`);
      return code.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
    },
  };
}

/**
 * The chunks, by what is loaded together (issue 15). Node 20's ES module loader reads each file
 * with its own asynchronous open, stat, read and close: left to itself the bundler made a chunk
 * of every set of modules a different set of commands shares, and `cert inspect` of a .cer read
 * thirty files. A module goes to the first group whose pattern matches its path from the project
 * folder, earlier groups first (with the modules they import that no earlier group took); what
 * no pattern names is left to the bundler. test/architecture/start-up.test.ts keeps the heavy
 * modules out of each start; the e2e tests count what each command then reads.
 */
const CHUNKS = [
  // What bin/cmg-setup.cjs answers without the program (src/cli/instant.ts): `--version`, every
  // command's help, laid out as every help is (cli/help/layout.ts), and the kept output of `steps`
  // and `schema`, in the language of the environment (model/lang.ts). Those load it and nothing
  // else; every other command imports the version and the layout from it.
  ['instant', /^src\/(cli\/(instant|help\/layout)\.ts|model\/(version|lang)\.ts)$/],
  // What every thread needs, the PFX worker's included: the model, the domain rules, file reads, the catalogue loader.
  ['core', /^src\/(model\/|domain\/|files\/|messages\/(i18n|visible)\.ts|wizard\/coerce\.ts)/],
  // What main.ts loads before anything else: the rules it reads the command line with, the hint
  // of the work that can start at once (cli/early-work.ts, cli/pfx-hint.ts), its exit and signal
  // handling's small rules (the TERM=dumb rule, the plain question's Ctrl+C), which the prompts
  // in `io` share. Not commander.
  ['edge', /^src\/(cli\/(argv|cleanup|exit-codes|outcome|early-work|pfx-hint)\.ts|ui\/(json-text|notice|redraws|line-interrupt)\.ts)/],
  // The work started early, a small chunk of its own: the PFX worker's start and the RSA keys of
  // `cert request` and the lab. main.ts reads it before commander when it starts that work (so
  // that the worker starts before the main thread loads anything else, and loads neither
  // commander nor the main thread's code itself); the decoder, the lab and the request read it too.
  ['early', /^src\/certs\/(decode-worker-start|early-keys)\.ts$/],
  // Every command: commander and the program, loaded once the early work has started.
  ['start', /^(node_modules\/commander\/|src\/cli\/(program|wizard-options|options\/suggest)\.ts)/],
  // The helps, steps and schema through the program, and every wizard run: the steps' declarations and their options.
  // With them the PowerShell quoting (a few lines, importing nothing), which `completion` and the generators share.
  ['declarations', /^src\/(cli\/input-options\.ts|emit\/powershell-quote\.ts|steps\/(declarations\.ts|general\/|shared\/free-text\.ts|[^/]+\/(declaration|input-texts)\.ts))/],
  // `completion <shell>`: the walk of the program and the three shells' scripts, read together.
  ['completion', /^src\/cli\/(completion\/|commands\/completion\.ts)/],
  // A command that talks to a terminal: its streams, colours, wrapping, prompts and secrets.
  ['io', /^(node_modules\/(chalk|ci-info|fast-wrap-ansi|fast-string-[^/]+|get-east-asian-width|ansi-regex|strip-ansi)\/|src\/cli\/(io|process-io|secret-flags|stdin-wait|common-options|options\/(cert|pick))\.ts|src\/ui\/(render|terminal|wrap|progress|error-document|certificate-details|prompter|prompt-theme|plain-prompter|line-reader|text-answer)\.ts|src\/wizard\/secrets\.ts)/],
  // Reading and judging certificate files (not opening a PFX with its password: decode.ts, in the worker).
  ['certificates', /^(node_modules\/node-forge\/lib\/(forge|asn1|pem|util|oids|baseN)\.js|src\/certs\/((read|evidence|inspect|assess|decode-limits|decode-without-password|certificate-facts|pfx-layout|pfx-decoder|oids|der|forge-parts|host-names)\.ts|checks\/))/],
];

/** The group of a module, by its path from the project folder; null leaves it to the bundler. */
function chunkOf(id) {
  const path = relative(import.meta.dirname, id).split(sep).join('/');
  return CHUNKS.find(([, pattern]) => pattern.test(path))?.[0] ?? null;
}

export default defineConfig({
  // The decoder of certificate files runs in a worker thread (reliability.md ), so it is an
  // entry of its own; so is what bin/cmg-setup.cjs answers without loading the program (the
  // version, the helps, `steps` and `schema`), the code cache, which the bin installs before the program, and the
  // build's own step that keeps what it prints for it (scripts/kept-texts.mjs).
  input: {
    'cmg-setup': 'src/cli/main.ts',
    'decode-worker': 'src/cli/decode-worker.ts',
    instant: 'src/cli/instant.ts',
    'code-cache': 'src/cli/code-cache.ts',
    'kept-texts-build': 'src/cli/kept-texts-build.ts',
  },
  platform: 'node',
  // An entry may hold the modules of its group beside its own exports: the instant entry is then
  // one file (instant.cjs, what `--version` and `--help` read), not a facade over a chunk of its group.
  preserveEntrySignatures: 'allow-extension',
  // Dependencies are bundled into the chunks that use them (issue 15): node-forge and yaml were
  // 43 and 70 CommonJS files resolved and compiled at each start. The Azure SDK stays a package
  // of its own: it loads only for the Azure checks, and its MSAL code resolves files at run time.
  external: [/^node:/, /^@azure\//],
  plugins: [thirdPartyNotices(), lazyChildProcessInCommander()],
  output: {
    dir: 'dist',
    // CommonJS, so that each chunk can be compiled with V8's code cache (src/cli/code-cache.ts);
    // and Node's CommonJS loader is the lighter of the two at start. `.cjs`: the package is "type": "module".
    format: 'cjs',
    entryFileNames: '[name].cjs',
    // One flat folder: a module can find the worker beside itself, wherever the bundler put it.
    chunkFileNames: '[name]-[hash].cjs',
    sourcemap: true,
    // Fewer bytes to read and compile at each start (comments and long names out); the source
    // maps beside each chunk still lead back to src/.
    minify: true,
    cleanDir: true,
    codeSplitting: { groups: CHUNKS.map(([name], index) => ({ name, priority: CHUNKS.length - index, test: (id) => chunkOf(id) === name })) },
  },
});
