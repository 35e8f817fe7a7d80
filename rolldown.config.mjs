// The CLI ships as one bundle (plus lazily loaded chunks): resolving and compiling some forty small
// ES modules on every start cost ~40 ms of `cmg-setup --help`. Type checking is tsc's job (npm run
// typecheck); this only transpiles and bundles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
function thirdPartyNotices() {
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
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source });
    },
  };
}

export default defineConfig({
  // The decoder of certificate files runs in a worker thread (reliability.md ), so it is an
  // entry of its own; so is the version, which bin/cmg-setup.js prints for `--version` alone
  // without loading the program.
  input: { 'cmg-setup': 'src/cli/main.ts', 'decode-worker': 'src/certs/decode-worker.ts', version: 'src/model/version.ts' },
  platform: 'node',
  // Dependencies are bundled into the chunks that use them (issue 15): node-forge and yaml were
  // 43 and 70 CommonJS files resolved and compiled at each start. The Azure SDK stays a package
  // of its own: it loads only for the Azure checks, and its MSAL code resolves files at run time.
  external: [/^node:/, /^@azure\//],
  plugins: [thirdPartyNotices()],
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].js',
    // One flat folder: a module can find the worker beside itself, wherever the bundler put it.
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
    // Fewer bytes to read and compile at each start (comments and long names out); the source
    // maps beside each chunk still lead back to src/.
    minify: true,
    cleanDir: true,
  },
});
