/**
 * A stand-in for the Azure CLI, for `--azure-auth cli` end to end. @azure/identity's
 * AzureCliCredential runs `az account get-access-token --output json --resource <resource>
 * [--tenant <id>]` through a shell (child_process.exec, cwd /bin), so whatever `az` comes first
 * on PATH answers. This one is a POSIX sh script (no Node start-up per token) in a fresh folder
 * that records each call's arguments, one line per call, and either prints a token or fails the
 * way a signed-out `az` does.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface FakeAzOptions {
  /** 'ok' prints a token; 'signed-out' exits 1 with the CLI's "Please run 'az login'" text. */
  mode: 'ok' | 'signed-out';
  /** The access token to hand out (mode 'ok'). */
  token?: string;
  tenant?: string;
  subscription?: string;
  /** Seconds until the token expires (default one hour). */
  lifetimeSeconds?: number;
}

export interface FakeAz {
  /** The folder holding `az`: put it first on PATH. */
  dir: string;
  /** PATH with `dir` first, for the child's environment. */
  path: string;
  /** Each call's arguments (split on blanks: the SDK joins them with spaces for the shell). */
  calls(): string[][];
  remove(): void;
}

/** Single-quoted for sh: nothing inside is expanded. */
const shQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** `az`'s own expiresOn format: local time, no zone, microseconds. */
function azDate(date: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds() * 1000, 6)}`;
}

export function createFakeAz(options: FakeAzOptions): FakeAz {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'cmg-fake-az-')));
  const log = join(dir, 'calls.log');
  const expires = new Date(Date.now() + (options.lifetimeSeconds ?? 3600) * 1000);
  const body =
    options.mode === 'ok'
      ? JSON.stringify({
          accessToken: options.token ?? 'fake-az-token',
          expiresOn: azDate(expires),
          expires_on: Math.floor(expires.getTime() / 1000),
          subscription: options.subscription ?? '00000000-0000-0000-0000-000000000000',
          tenant: options.tenant ?? '00000000-0000-0000-0000-000000000000',
          tokenType: 'Bearer',
        })
      : '';
  const answer =
    options.mode === 'ok'
      ? `printf '%s\\n' ${shQuote(body)}\nexit 0`
      : `printf '%s\\n' ${shQuote("ERROR: Please run 'az login' to setup account.")} >&2\nexit 1`;
  const script = `#!/bin/sh\nprintf '%s\\n' "$*" >> ${shQuote(log)}\n${answer}\n`;
  const az = join(dir, 'az');
  writeFileSync(az, script);
  chmodSync(az, 0o755);
  return {
    dir,
    path: [dir, process.env.PATH ?? ''].join(delimiter),
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => line.split(' '))
        : [],
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
