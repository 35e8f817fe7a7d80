// The bundle inside dist/cmg-setup-win-x64.exe (scripts/build-exe.mjs; issue 16). A Node single
// executable application runs one CommonJS script whose require() reaches Node's built-in modules
// only (https://nodejs.org/api/single-executable-applications.html, "require(id) in the injected
// main script is not file based"), so each of its two scripts is one file holding everything,
// the Azure SDK included: the CLI, and the PFX worker, which the executable starts from an asset
// (src/certs/pfx-decoder.ts). Written to a build folder, never to dist/ (which `npm run build` empties).
import { defineConfig } from 'rolldown';
import { lazyChildProcessInCommander, thirdPartyNotices } from './rolldown.config.mjs';

const folder = process.env.CMG_EXE_BUILD_FOLDER;
if (!folder) throw new Error('rolldown.exe.config.mjs is run by scripts/build-exe.mjs, which sets CMG_EXE_BUILD_FOLDER');

const single = (name, input, plugins = []) => ({
  input: { [name]: input },
  platform: 'node',
  external: [/^node:/],
  plugins,
  output: { dir: folder, format: 'cjs', entryFileNames: '[name].cjs', minify: true, codeSplitting: false, sourcemap: false },
});

export default defineConfig([
  single('cmg-setup', 'src/cli/main.ts', [thirdPartyNotices('bundled-notices.txt'), lazyChildProcessInCommander()]),
  single('decode-worker', 'src/certs/decode-requests-sea.ts'),
]);
