/**
 * src/cli/early-work.ts (issue 15): which command lines start their RSA keys before the program
 * loads, how many and of which size, that the command takes them, and that a run ends without
 * waiting for keys it did not take (cli/main.ts). The PFX part is pfx-hint.test.ts's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keysToMake } from '../../src/cli/early-work.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';

describe('keysToMake', () => {
  it.each([
    ['cert request', ['cert', 'request', '--service-name', 'cmg.contoso.com'], {}, { modulusLength: 2048, count: 1 }],
    ['cert request --key-size 4096', ['cert', 'request', '--key-size', '4096', '--service-name', 'cmg.contoso.com'], {}, { modulusLength: 4096, count: 1 }],
    ['cert request --key-size=4096', ['cert', 'request', '--key-size=4096'], {}, { modulusLength: 4096, count: 1 }],
    ['cert lab: root, server, client', ['cert', 'lab', '--service-name', 'lab.contoso.com'], {}, { modulusLength: 2048, count: 3 }],
    ['cert lab --model classic: and the management certificate', ['cert', 'lab', '--model', 'classic'], {}, { modulusLength: 2048, count: 4 }],
    ['cert lab reads no CMG_MODEL', ['cert', 'lab'], { CMG_MODEL: 'classic' }, { modulusLength: 2048, count: 3 }],
    ['plan --example', ['plan', '--example', '--json'], {}, { modulusLength: 2048, count: 3 }],
    ['the wizard --example, classic by its variable', ['--example'], { CMG_MODEL: 'classic' }, { modulusLength: 2048, count: 4 }],
    ['plan --example --model classic', ['plan', '--example', '--model=classic'], {}, { modulusLength: 2048, count: 4 }],
  ] as Array<[string, string[], NodeJS.ProcessEnv, unknown]>)('%s', (_name, args, env, keys) => {
    expect(keysToMake(args, env)).toEqual(keys);
  });

  it.each([
    ['--help', ['--help']],
    ['steps', ['steps']],
    ['plan of an answers file', ['plan', '--answers', 'cmg.yaml']],
    ['cert inspect', ['cert', 'inspect', 'server.pfx']],
    ['--example after --, an operand', ['plan', '--', '--example']],
  ])('%s: none', (_name, args) => {
    expect(keysToMake(args, {})).toBeUndefined();
  });
});

describe('startEarlyWork', () => {
  it('cert request: its key is started, left until the command takes it, then not left', async () => {
    vi.resetModules();
    const { startEarlyWork } = await import('../../src/cli/early-work.ts');
    // The same module instance early-work.ts loads (the registry is shared after the reset).
    const { earlyKeysLeft } = await import('../../src/certs/early-keys.ts');
    expect(earlyKeysLeft()).toBe(0);
    await startEarlyWork(['cert', 'request', '--service-name', 'cmg.contoso.com'], {});
    expect(earlyKeysLeft()).toBe(1);
    const { generateServerKey } = await import('../../src/certs/server-key.ts');
    const key = generateServerKey(2048);
    expect(earlyKeysLeft()).toBe(0);
    expect((await key).privateKey.split('\n')[0]).toBe('-----BEGIN PRIVATE KEY-----');
  }, 30_000);

  it('cert lab --model classic: four keys left until the lab takes them; steps: none', async () => {
    vi.resetModules();
    const { startEarlyWork } = await import('../../src/cli/early-work.ts');
    await startEarlyWork(['cert', 'lab', '--model', 'classic'], {});
    // The same module instance early-work.ts loaded (the registry is shared after the reset).
    const { earlyKeysLeft, rsaKeyPair } = await import('../../src/certs/early-keys.ts');
    expect(earlyKeysLeft()).toBe(4);
    await Promise.all([1, 2, 3, 4].map(() => rsaKeyPair(2048)));
    expect(earlyKeysLeft()).toBe(0);
    await startEarlyWork(['steps'], {});
    expect(earlyKeysLeft()).toBe(0);
  }, 30_000);
});

describe('the built CLI: a key started early and not taken is not waited for', () => {
  let cwd: string;
  beforeAll(() => {
    assertBuilt();
    cwd = freshDir('cmg-early-work-');
    // Counts the keys Node is asked for and those it finished, as the process exits; with
    // CMG_TEST_HOLD_KEYS, a key is handed over only after a minute (a ref'd timer keeps the process
    // alive for it), so a run that waited would end by main.ts's 2-second guard, a timer. Which way
    // the run ended is read from the stack of its process.exit, not from a clock.
    writeFileSync(
      join(cwd, 'count-keys.cjs'),
      [
        "const crypto = require('node:crypto');",
        "const { promisify } = require('node:util');",
        // Node's own promise form (it resolves { publicKey, privateKey }), taken before the count replaces it.
        'const generate = promisify(crypto.generateKeyPair);',
        'const counts = { started: 0, finished: 0, exitFromTimer: false };',
        'const held = (pair) => new Promise((resolve) => setTimeout(() => resolve(pair), 60_000));',
        'crypto.generateKeyPair[promisify.custom] = (...args) => {',
        '  counts.started += 1;',
        '  return generate(...args).then((pair) => (process.env.CMG_TEST_HOLD_KEYS ? held(pair) : pair)).then((pair) => { counts.finished += 1; return pair; });',
        '};',
        'const exit = process.exit;',
        "process.exit = (...args) => { counts.exitFromTimer = /listOnTimeout/.test(new Error().stack); return exit.apply(process, args); };",
        "process.on('exit', () => require('node:fs').writeFileSync(process.env.CMG_TEST_KEYS, JSON.stringify(counts)));",
        '',
      ].join('\n'),
    );
  });
  afterAll(() => removeDir(cwd));

  it('cert request with a bad name: exit 3 and the finding, ended at once (not by the guard) with its key not handed over', async () => {
    const counts = join(cwd, 'keys.json');
    const result = await runCli(['cert', 'request', '--service-name', 'cmg_contoso', '--out', 'request'], {
      cwd,
      env: { NODE_OPTIONS: `--require=${join(cwd, 'count-keys.cjs')}`, CMG_TEST_KEYS: counts, CMG_TEST_HOLD_KEYS: '1' },
    });
    expect(result.code).toBe(3);
    expect(result.stderr.split('\n')[0]).toMatch(/^SERVICE_NAME_[A-Z_]+ \(serviceName\): /);
    expect(JSON.parse(readFileSync(counts, 'utf8'))).toEqual({ started: 1, finished: 0, exitFromTimer: false });
  });

  it('cert request that succeeds: the key started early is the one written, and no other is made', async () => {
    const counts = join(cwd, 'keys-ok.json');
    const result = await runCli(['cert', 'request', '--service-name', 'cmg.contoso.com', '--out', 'request-ok'], {
      cwd,
      env: { NODE_OPTIONS: `--require=${join(cwd, 'count-keys.cjs')}`, CMG_TEST_KEYS: counts },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(counts, 'utf8'))).toEqual({ started: 1, finished: 1, exitFromTimer: false });
  });
});
