/**
 * Getting PowerShell, both ways round: where the tests look for pwsh, what the suite does
 * without it (skip with one line, or fail under CMG_REQUIRE_PWSH=1), and scripts/ensure-pwsh.sh,
 * which .ci/run uses to install the pinned version (a fake `dotnet` records what it is asked).
 * Needs no PowerShell.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPwsh, PWSH_VERSION, ROOT, SKIPPED_LINE, suiteMode } from '../support/powershell.ts';
import { workspace, type Workspace } from './fixtures.ts';

const ENSURE = join(ROOT, 'scripts', 'ensure-pwsh.sh');
const unix = process.platform !== 'win32';

function executableFile(path: string, body: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, body);
  chmodSync(path, 0o755);
  return path;
}

describe('where the tests find pwsh', () => {
  let space: Workspace;
  beforeAll(() => {
    space = workspace('cmg-pwsh-find-');
  });
  afterAll(() => space.remove());

  it.skipIf(!unix)('on PATH first, then ~/.dotnet/tools, else nowhere', () => {
    const onPath = executableFile(space.path('bin', 'pwsh'), '#!/bin/sh\n');
    const tool = executableFile(space.path('home', '.dotnet', 'tools', 'pwsh'), '#!/bin/sh\n');
    const emptyHome = space.path('empty-home');
    mkdirSync(emptyHome, { recursive: true });
    expect(findPwsh({ PATH: `${space.path('nothing')}:${space.path('bin')}`, HOME: space.path('home') })).toBe(onPath);
    expect(findPwsh({ PATH: space.path('nothing'), HOME: space.path('home') })).toBe(tool);
    expect(findPwsh({ PATH: space.path('nothing'), HOME: emptyHome })).toBeUndefined();
    // A file named pwsh that cannot be run is not a pwsh.
    mkdirSync(space.path('plain'), { recursive: true });
    writeFileSync(space.path('plain', 'pwsh'), '');
    expect(findPwsh({ PATH: space.path('plain'), HOME: emptyHome })).toBeUndefined();
  });

  it.skipIf(!unix)('the suite runs with pwsh, skips without it, and fails without it under CMG_REQUIRE_PWSH=1', () => {
    executableFile(space.path('bin', 'pwsh'), '#!/bin/sh\n');
    const none = { PATH: space.path('nothing'), HOME: space.path('empty-home') };
    expect(suiteMode({ PATH: space.path('bin'), HOME: space.path('empty-home') })).toBe('run');
    expect(suiteMode({ PATH: space.path('bin'), HOME: space.path('empty-home'), CMG_REQUIRE_PWSH: '1' })).toBe('run');
    expect(suiteMode(none)).toBe('skip');
    expect(suiteMode({ ...none, CMG_REQUIRE_PWSH: '1' })).toBe('fail');
    expect(SKIPPED_LINE).not.toMatch(/\n/);
    expect(SKIPPED_LINE).toContain(`dotnet tool install --global PowerShell --version ${PWSH_VERSION}`);
  });
});

describe.skipIf(!unix)('scripts/ensure-pwsh.sh (what .ci/run does before npm test)', () => {
  let space: Workspace;
  /** The few system tools the script and the fake dotnet use, and nothing else (no real dotnet, no real pwsh). */
  let system: string;
  beforeAll(() => {
    space = workspace('cmg-pwsh-ensure-');
    system = space.path('system');
    mkdirSync(system);
    for (const tool of ['bash', 'sh', 'tr', 'rm', 'mkdir', 'chmod', 'cat']) {
      const found = ['/usr/bin', '/bin'].map((folder) => join(folder, tool)).find((path) => existsSync(path));
      if (found) symlinkSync(found, join(system, tool));
    }
  });
  afterAll(() => space.remove());

  /** A fresh HOME, a PATH with bash's tools and a fake `dotnet` that installs a fake pwsh and logs its arguments. */
  function machine(name: string, options: { dotnet?: boolean; pwshOnPath?: string } = {}) {
    const home = space.path(name, 'home');
    const bin = space.path(name, 'bin');
    mkdirSync(home, { recursive: true });
    mkdirSync(bin, { recursive: true });
    const log = space.path(name, 'dotnet.log');
    if (options.dotnet ?? true) {
      executableFile(
        join(bin, 'dotnet'),
        [
          `#!${join(system, 'bash')}`,
          `echo "$*" >> '${log}'`,
          'version="${@: -1}"; [ "$version" = "--allow-downgrade" ] && version="${@: -2:1}"',
          'rm -rf "$HOME/.dotnet/tools/.store/powershell"',
          'mkdir -p "$HOME/.dotnet/tools/.store/powershell/$version"',
          `printf '#!/bin/sh\\necho %s\\n' "$version" > "$HOME/.dotnet/tools/pwsh"`,
          'chmod +x "$HOME/.dotnet/tools/pwsh"',
        ].join('\n'),
      );
    }
    if (options.pwshOnPath) executableFile(join(bin, 'pwsh'), `#!${join(system, 'sh')}\necho ${options.pwshOnPath}\n`);
    const run = () => spawnSync(join(system, 'bash'), [ENSURE], { encoding: 'utf8', env: { HOME: home, PATH: `${bin}:${system}` } });
    const calls = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
    return { home, bin, run, calls };
  }

  it('installs the pinned version when pwsh is nowhere, then does nothing the second time', () => {
    const box = machine('absent');
    const first = box.run();
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`${box.home}/.dotnet/tools/pwsh\n`);
    expect(box.calls()).toEqual([`tool install --global PowerShell --version ${PWSH_VERSION}`]);
    const second = box.run();
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(`${box.home}/.dotnet/tools/pwsh\n`);
    expect(box.calls()).toHaveLength(1);
  });

  it('uses the global tool already installed at this version, without starting it', () => {
    const box = machine('present');
    mkdirSync(join(box.home, '.dotnet', 'tools', '.store', 'powershell', PWSH_VERSION), { recursive: true });
    // A pwsh that would fail if run: the check reads the store folder only.
    executableFile(join(box.home, '.dotnet', 'tools', 'pwsh'), '#!/bin/sh\nexit 3\n');
    const result = box.run();
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${box.home}/.dotnet/tools/pwsh\n`);
    expect(box.calls()).toEqual([]);
  });

  it('moves a global tool of another version to the pinned one', () => {
    const box = machine('other-version');
    mkdirSync(join(box.home, '.dotnet', 'tools', '.store', 'powershell', '7.4.0'), { recursive: true });
    executableFile(join(box.home, '.dotnet', 'tools', 'pwsh'), '#!/bin/sh\necho 7.4.0\n');
    const result = box.run();
    expect(result.status).toBe(0);
    expect(box.calls()).toEqual([`tool update --global PowerShell --version ${PWSH_VERSION} --allow-downgrade`]);
    expect(existsSync(join(box.home, '.dotnet', 'tools', '.store', 'powershell', PWSH_VERSION))).toBe(true);
  });

  it('uses a pwsh on PATH when it is the pinned version, and installs the tool when it is not', () => {
    const pinned = machine('path-pinned', { pwshOnPath: PWSH_VERSION });
    expect(pinned.run().stdout).toBe(`${pinned.bin}/pwsh\n`);
    expect(pinned.calls()).toEqual([]);
    const older = machine('path-older', { pwshOnPath: '7.2.0' });
    expect(older.run().stdout).toBe(`${older.home}/.dotnet/tools/pwsh\n`);
    expect(older.calls()).toEqual([`tool install --global PowerShell --version ${PWSH_VERSION}`]);
  });

  it('fails, saying why, when there is neither pwsh nor dotnet', () => {
    const box = machine('bare', { dotnet: false });
    const result = box.run();
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/neither pwsh 7\.6\.10 nor the dotnet CLI/);
  });
});

describe.skipIf(!unix)('npm test on a machine without pwsh', () => {
  let space: Workspace;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    space = workspace('cmg-pwsh-none-');
    // A PATH with node only and an empty HOME: no pwsh anywhere.
    mkdirSync(space.path('bin'));
    symlinkSync(process.execPath, space.path('bin', 'node'));
    mkdirSync(space.path('home'));
    env = { PATH: space.path('bin'), HOME: space.path('home'), CI: 'true', NO_COLOR: '1' };
  });
  afterAll(() => space.remove());

  const vitest = (extra: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/powershell/new-cmg-gateway.test.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...env, ...extra } });

  it('passes, and says once that the PowerShell suite was skipped and how to install pwsh', () => {
    const result = vitest({});
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line === SKIPPED_LINE)).toHaveLength(1);
    expect(result.stdout).toMatch(/skipped/);
  }, 60_000);

  it('fails under CMG_REQUIRE_PWSH=1, naming the install command', () => {
    const result = vitest({ CMG_REQUIRE_PWSH: '1' });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain(`dotnet tool install --global PowerShell --version ${PWSH_VERSION}`);
    expect(result.stdout).not.toContain(SKIPPED_LINE);
  }, 60_000);
});
