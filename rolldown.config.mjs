// The CLI ships as one bundle (plus lazily loaded chunks): resolving and compiling some forty small
// ES modules on every start cost ~40 ms of `cmg-setup --help`. Type checking is tsc's job (npm run
// typecheck); this only transpiles and bundles.
import { defineConfig } from 'rolldown';

export default defineConfig({
  // The decoder of certificate files runs in a worker thread (reliability.md ), so it is an
  // entry of its own; so is the version, which bin/cmg-setup.js prints for `--version` alone
  // without loading the program.
  input: { 'cmg-setup': 'src/cli/main.ts', 'decode-worker': 'src/certs/decode-worker.ts', version: 'src/model/version.ts' },
  platform: 'node',
  // commander is on every path, so it is bundled; the rest load only in the commands that use them.
  external: [/^node:/, /^@azure\//, '@inquirer/prompts', 'node-forge', 'yaml', 'chalk', 'ci-info', 'ora'],
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].js',
    // One flat folder: a module can find the worker beside itself, wherever the bundler put it.
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
    cleanDir: true,
  },
});
