/**
 * src/cli/early-work.ts (issue 15): which command lines start their RSA keys before the program
 * loads, how many and of which size, and that a run knows when keys it started were not taken
 * (cli/main.ts then ends without waiting for them). The PFX part is pfx-hint.test.ts's.
 */
import { describe, expect, it, vi } from 'vitest';
import { keysToMake } from '../../src/cli/early-work.ts';

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

describe('startEarlyWork and earlyWorkLeft', () => {
  it('cert request: its key is started, left until the command takes it, then not left', async () => {
    vi.resetModules();
    const { startEarlyWork, earlyWorkLeft } = await import('../../src/cli/early-work.ts');
    expect(earlyWorkLeft()).toBe(false);
    await startEarlyWork(['cert', 'request', '--service-name', 'cmg.contoso.com'], {});
    expect(earlyWorkLeft()).toBe(true);
    const { generateServerKey } = await import('../../src/certs/server-key.ts');
    const key = generateServerKey(2048);
    expect(earlyWorkLeft()).toBe(false);
    expect((await key).privateKey.split('\n')[0]).toBe('-----BEGIN PRIVATE KEY-----');
  }, 30_000);

  it('a command that makes no key starts none', async () => {
    vi.resetModules();
    const { startEarlyWork, earlyWorkLeft } = await import('../../src/cli/early-work.ts');
    await startEarlyWork(['steps'], {});
    expect(earlyWorkLeft()).toBe(false);
  });
});
