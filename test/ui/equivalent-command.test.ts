import { describe, expect, it } from 'vitest';
import { argumentList, equivalentArguments } from '../../src/wizard/equivalent-command.ts';
import { answersCommandLine, commandLines, fitsWindowsPowerShell, secretLines } from '../../src/wizard/rerun-lines.ts';
import { powershellArgument } from '../../src/wizard/powershell-argument.ts';
import { answersValues } from '../../src/wizard/answers-yaml.ts';
import { reportEquivalentCommand } from '../../src/cli/wizard/report.ts';
import { envName, secretFlags } from '../../src/model/inputs.ts';
import type { Resolution } from '../../src/model/plan.ts';
import { Secret } from '../../src/model/secret.ts';
import { vmssPublic } from '../emit/scenarios.ts';

const RESOLUTION: Resolution = {
  answers: { ...vmssPublic, description: "Bob's CMG", serverCertPassword: new Secret('typed-secret', 'prompt') },
  sources: { serviceName: 'prompt', region: 'flag', vmCount: 'default', description: 'prompt', serverCertPassword: 'prompt', managementPoints: 'prompt', verifyClientCrl: 'prompt' },
  findings: [],
};
const COMMAND = equivalentArguments(RESOLUTION, 'plan', [['--out', './my output']]);

describe('the equivalent command after an interactive run', () => {
  it('repeats what was chosen (not the defaults), names secrets by variable: its arguments', () => {
    expect(argumentList(COMMAND)).toEqual([
      'plan',
      '--service-name', 'contosocmg.contoso.com',
      '--server-cert-password-env', 'CMG_SERVER_CERT_PASSWORD',
      '--region', 'westeurope',
      '--no-verify-client-crl',
      '--description', "Bob's CMG",
      '--management-points', 'mp01.contoso.com,mp02.contoso.com',
      '--out', './my output',
      '--yes',
    ]);
    expect(COMMAND.secrets).toEqual([{ key: 'serverCertPassword', name: 'CMG_SERVER_CERT_PASSWORD' }]);
    expect(JSON.stringify(COMMAND)).not.toContain('typed-secret');
  });

  it('POSIX: one option per line, continued with a backslash, quoted for bash and zsh', () => {
    expect(commandLines(COMMAND, 'posix')).toEqual([
      'cmg-setup plan \\',
      '  --service-name contosocmg.contoso.com \\',
      '  --server-cert-password-env CMG_SERVER_CERT_PASSWORD \\',
      '  --region westeurope \\',
      '  --no-verify-client-crl \\',
      "  --description 'Bob'\\''s CMG' \\",
      '  --management-points mp01.contoso.com,mp02.contoso.com \\',
      "  --out './my output' \\",
      '  --yes',
    ]);
  });

  it('PowerShell: one option per line, continued with a backtick; a comma, a space or a quote is single-quoted', () => {
    expect(commandLines(COMMAND, 'powershell')).toEqual([
      'cmg-setup plan `',
      '  --service-name contosocmg.contoso.com `',
      '  --server-cert-password-env CMG_SERVER_CERT_PASSWORD `',
      '  --region westeurope `',
      '  --no-verify-client-crl `',
      "  --description 'Bob''s CMG' `",
      "  --management-points 'mp01.contoso.com,mp02.contoso.com' `",
      "  --out './my output' `",
      '  --yes',
    ]);
    expect(fitsWindowsPowerShell(COMMAND)).toBe(true);
  });

  it('the secrets set first, without echo: Read-Host -AsSecureString in PowerShell, read -s in bash and zsh', () => {
    expect(secretLines(COMMAND.secrets, 'powershell', 'en')).toEqual([
      "$env:CMG_SERVER_CERT_PASSWORD = [System.Net.NetworkCredential]::new('', (Read-Host -AsSecureString 'Password of the server certificate (.pfx)')).Password",
    ]);
    expect(secretLines(COMMAND.secrets, 'posix', 'fr')).toEqual([
      "printf '%s: ' 'Mot de passe du certificat serveur (.pfx)' && read -rs CMG_SERVER_CERT_PASSWORD && echo && export CMG_SERVER_CERT_PASSWORD",
    ]);
  });

  it('the shorter form names the answers file, quoted for the shell', () => {
    expect(answersCommandLine('./my output/answers.yaml', COMMAND, [['--out', './my output']], 'powershell')).toBe("cmg-setup plan --answers './my output/answers.yaml' --out './my output' --yes");
    expect(answersCommandLine('./my output/answers.yaml', COMMAND, [['--out', './my output']], 'posix')).toBe("cmg-setup plan --answers './my output/answers.yaml' --out './my output' --yes");
  });

  it('a records input (JSON) does not fit Windows PowerShell 5.1, which drops its double quotes', () => {
    const records = equivalentArguments({ ...RESOLUTION, answers: { ...RESOLUTION.answers, primarySites: [{ siteCode: 'P01' }] } as never, sources: { ...RESOLUTION.sources, primarySites: 'flag' } }, 'run');
    expect(argumentList(records)).toContain('[{"siteCode":"P01"}]');
    expect(fitsWindowsPowerShell(records)).toBe(false);
  });
});

describe('one argument quoted for PowerShell', () => {
  it.each([
    ['westeurope', 'westeurope'],
    ['2403', '2403'],
    ['--no-verify-client-crl', '--no-verify-client-crl'],
    ['C:\\certs\\root.cer', 'C:\\certs\\root.cer'],
    ['./out', './out'],
    ['a,b', "'a,b'"],
    ['6d2e5f1a-3b4c', "'6d2e5f1a-3b4c'"],
    ['1.0', "'1.0'"],
    ['-5', "'-5'"],
    ['-a:b', "'-a:b'"],
    ['-a.b', "'-a.b'"],
    ['--%', "'--%'"],
    ['~/x', "'~/x'"],
    ['$x', "'$x'"],
    ['@x', "'@x'"],
    ['a b', "'a b'"],
    ["it's", "'it''s'"],
    ['it\u2019s', "'it\u2019\u2019s'"],
    ['a`b', "'a`b'"],
    ['\x1bx', "('' + [char]0x1B + 'x')"],
  ])('%j → %s', (value, quoted) => {
    expect(powershellArgument(value)).toBe(quoted);
  });
});

describe('the command and answers.yaml read each secret from the same place', () => {
  const secrets = (sources: Record<'serverCertPassword' | 'azureClientSecret', Secret>): Resolution => ({
    answers: { ...vmssPublic, azureAuth: 'service-principal', ...sources } as never,
    sources: { serviceName: 'prompt', serverCertPassword: 'prompt', azureClientSecret: 'flag' },
    findings: [],
  });

  it.each([
    ['typed at the prompt', new Secret('x', 'prompt'), 'prompt'],
    ['piped on stdin', new Secret('x', 'stdin'), 'stdin'],
    ['from its own variable', new Secret('x', 'env:CMG_SERVER_CERT_PASSWORD'), 'env:CMG_SERVER_CERT_PASSWORD'],
    ['from another variable', new Secret('x', 'env:PFX_PW'), 'env:PFX_PW'],
    ['from a file', new Secret('x', 'file:/secrets/pfx.txt'), 'file:/secrets/pfx.txt'],
  ])('%s', (_, secret, recorded) => {
    const resolution = secrets({ serverCertPassword: secret, azureClientSecret: new Secret('y', 'env:SP_SECRET') });
    const words = argumentList(equivalentArguments(resolution, 'run'));
    const file = answersValues(resolution, { cwd: '/work', folder: '/work/out' });
    expect(file.serverCertPassword).toBe(recorded);
    expect(file.azureClientSecret).toBe('env:SP_SECRET');
    const after = (flag: string) => words[words.indexOf(flag) + 1];
    // The file's env:NAME and file:PATH are the command's; its prompt or stdin are read from the
    // input's own variable first (the environment comes before the answers file), the one the command names.
    expect(after(secretFlags('azureClientSecret').env)).toBe('SP_SECRET');
    if (recorded.startsWith('file:')) expect(after(secretFlags('serverCertPassword').file)).toBe(recorded.slice(5));
    else expect(after(secretFlags('serverCertPassword').env)).toBe(recorded.startsWith('env:') ? recorded.slice(4) : envName('serverCertPassword'));
  });
});

describe('what the run prints', () => {
  const print = (resolution: Resolution, platform: NodeJS.Platform, answersFile: string | undefined): string[] => {
    let text = '';
    const stderr = { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream;
    reportEquivalentCommand(resolution, { mode: 'plan', out: 'out', outGiven: false }, { lang: 'fr', stderr }, { platform, env: {} }, answersFile);
    return text.split('\n');
  };
  const RECORDS: Resolution = { answers: { ...vmssPublic, primarySites: [{ siteCode: 'P01' }] } as never, sources: { serviceName: 'prompt', primarySites: 'flag' }, findings: [] };

  it('nothing after a run that asked nothing', () => {
    expect(print({ ...RECORDS, sources: { primarySites: 'flag' } }, 'win32', undefined)).toEqual(['']);
  });

  it('PowerShell, a records input and no answers file saved (a plan): how to save one, in French', () => {
    expect(print(RECORDS, 'win32', undefined)).toEqual([
      'Pour refaire la même chose sans questions la prochaine fois :',
      'Une valeur contient un guillemet double, un texte vide ou une barre oblique inverse finale, que Windows PowerShell 5.1 ne transmet pas tel quel à un programme : enregistrez les réponses avec --save-answers <fichier>, puis lancez cmg-setup --answers <fichier>.',
      '',
    ]);
  });

  it('PowerShell, a records input and an answers file: the answers file only', () => {
    expect(print(RECORDS, 'win32', 'C:\\cmg\\answers.yaml')).toEqual([
      'Pour refaire la même chose sans questions la prochaine fois :',
      'Une valeur contient un guillemet double, un texte vide ou une barre oblique inverse finale, que Windows PowerShell 5.1 ne transmet pas tel quel à un programme : relancez plutôt à partir des réponses enregistrées par cette exécution :',
      '  cmg-setup plan --answers C:\\cmg\\answers.yaml --yes',
      '',
    ]);
  });

  it('bash or zsh, the same run: the command, JSON single-quoted', () => {
    expect(print(RECORDS, 'linux', undefined)).toEqual([
      'Pour refaire la même chose sans questions la prochaine fois :',
      '  cmg-setup plan \\',
      '    --service-name contosocmg.contoso.com \\',
      `    --primary-sites '[{"siteCode":"P01"}]' \\`,
      '    --yes',
      '',
    ]);
  });
});
