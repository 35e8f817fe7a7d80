/**
 * The lines printed after an interactive run (reportEquivalentCommand, src/cli/wizard/report.ts),
 * run in real shells (issue 17): `cmg-setup` is a stub on PATH that prints the arguments it got
 * and the secret variables it sees, as JSON, so a test compares what each shell hands the
 * program with what the run meant (argumentList). Shared by the bash/zsh test (unit) and the
 * pwsh one (test/powershell/).
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportEquivalentCommand } from '../../src/cli/wizard/report.ts';
import type { Resolution } from '../../src/model/plan.ts';
import { Secret } from '../../src/model/secret.ts';
import { vmssPublic } from '../emit/scenarios.ts';

/** What the person types at each secret's question (stdin for `read -rs`; the Read-Host stand-in in pwsh). */
export const TYPED = 'typed p@ss w0rd $x "q"';
/** The variables the stub reports. */
export const VARIABLES = ['CMG_SERVER_CERT_PASSWORD', 'SP_SECRET'] as const;

/**
 * Every character a shell may act on, in the values of a run: a text with `'` `$` `;` `( )` `{ }`
 * `#` `< >` `|` `&` `@` a backtick `~` `--%` `,` and a Unicode quote; a path with a space; a list
 * (a comma); a GUID starting with a digit; a value starting with `-` holding `.` and `:` (a
 * parameter name to PowerShell); a control character (ESC); numbers; two secrets, one
 * typed (its own variable) and one from a variable of the admin's.
 */
export const AWKWARD: Resolution = {
  answers: {
    ...vmssPublic,
    description: "Bob's $HOME CMG; (a) {b} #c <d> |e &f @g `h ~i --% ,k \u2019s",
    serverCertPath: "/certs/my pfx's $x.pfx",
    certTemplateGroup: 'ConfigMgr\x1b[2J Site Servers',
    serverCertPassword: new Secret('typed-secret', 'prompt'),
    azureAuth: 'service-principal',
    azureClientSecret: new Secret('env-secret', 'env:SP_SECRET'),
    resourceGroup: '-rg.1:x',
  } as never,
  sources: {
    serviceName: 'prompt',
    description: 'prompt',
    serverCertPath: 'prompt',
    certTemplateGroup: 'prompt',
    serverCertPassword: 'prompt',
    azureAuth: 'prompt',
    azureClientSecret: 'env',
    resourceGroup: 'prompt',
    subscriptionId: 'prompt',
    managementPoints: 'prompt',
    vmCount: 'prompt',
    proxyPort: 'prompt',
    verifyClientCrl: 'prompt',
  },
  findings: [],
};

/** A records input (JSON, so double quotes) and a double quote in a text: Windows PowerShell 5.1 would not pass them as typed. */
export const RECORDS: Resolution = {
  answers: { ...vmssPublic, description: 'the "main" CMG', primarySites: [{ siteCode: 'P01', smsProvider: 'cm01.contoso.com', managementPoints: ['mp01.contoso.com'] }], serverCertPassword: new Secret('typed-secret', 'prompt') } as never,
  sources: { description: 'prompt', primarySites: 'flag', serverCertPassword: 'prompt', serviceName: 'prompt' },
  findings: [],
};

/** The folder of the stub `cmg-setup`, to put first on PATH. */
export function stubFolder(under: string): string {
  const folder = join(under, 'bin');
  mkdirSync(folder, { recursive: true });
  const stub = join(folder, 'cmg-setup');
  writeFileSync(
    stub,
    `#!${process.execPath}\nconst env = Object.fromEntries(${JSON.stringify(VARIABLES)}.map((name) => [name, process.env[name] ?? null]));\nprocess.stdout.write('RUN ' + JSON.stringify({ argv: process.argv.slice(2), env }) + '\\n');\n`,
  );
  chmodSync(stub, 0o755);
  return folder;
}

/** What the run printed: the prose lines, and the lines to type (indented by two spaces), indentation removed. */
export function printed(resolution: Resolution, where: { platform: NodeJS.Platform; env: NodeJS.ProcessEnv }, out: string): { prose: string[]; typed: string[] } {
  let text = '';
  const stderr = { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream;
  reportEquivalentCommand(resolution, { mode: 'run', out, outGiven: true }, { lang: 'en', stderr }, where, join(out, 'answers.yaml'));
  const lines = text.split('\n').slice(0, -1);
  return { prose: lines.filter((line) => !line.startsWith('  ')), typed: lines.filter((line) => line.startsWith('  ')).map((line) => line.slice(2)) };
}

export interface StubRun {
  argv: string[];
  env: Record<(typeof VARIABLES)[number], string | null>;
}

/** Each run of the stub, in order, from a shell's standard output. */
export function stubRuns(stdout: string): StubRun[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('RUN '))
    .map((line) => JSON.parse(line.slice(4)) as StubRun);
}
