import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderRunbook } from '../../src/emit/runbook.ts';
import { renderAnswersYaml } from '../../src/emit/answers-yaml.ts';
import { runbookContext } from '../../src/emit/runbook/context.ts';
import { mermaidText, renderDiagram } from '../../src/emit/runbook/diagram.ts';
import { code, protectAngles } from '../../src/emit/runbook/markdown.ts';
import { deploymentName } from '../../src/domain/clouds.ts';
import { connectionPointPorts, formatPortRange } from '../../src/domain/ports.ts';
import { EMPTY_REPORT, type CertificateReport } from '../../src/certs/report.ts';
import { codeText, type Lang } from '../../src/ui/i18n.ts';
import { en } from '../../src/ui/messages/en.ts';
import { fr } from '../../src/ui/messages/fr.ts';
import { CLIENT_ROLLOUTS, type Answers } from '../../src/wizard/answers.ts';
import { allArtifacts, planSteps, type PlanResult } from '../../src/wizard/runner.ts';
import { classicAnswers, vmssAnswers } from '../support/answers.ts';
import { classicUsGov, HOSTILE, vmssHierarchy, vmssPublic } from './scenarios.ts';

const NOW = new Date('2026-03-01T00:00:00Z');
const LANGS: readonly Lang[] = ['en', 'fr'];

const SUB_CA_PATH = 'D:\\pki\\fabrikam-issuing.cer';

/** What the certificate check would have found for a classic run with a sub-CA: step 3 writes its script. */
function certificatesFor(answers: Answers): CertificateReport {
  if (answers.model !== 'classic' || answers.subCaCerts.length === 0) return EMPTY_REPORT;
  const subCa = { path: SUB_CA_PATH, subject: 'CN=Fabrikam Issuing CA', issuer: 'CN=Fabrikam Root CA', thumbprint: '0123456789ABCDEF0123456789ABCDEF01234567', notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2030-01-01T00:00:00.000Z', kind: 'intermediate' as const };
  return { ...EMPTY_REPORT, subCas: [subCa] };
}

function plan(answers: Answers): PlanResult {
  return planSteps({ answers, sources: {}, findings: [] }, NOW, { certificates: certificatesFor(answers) });
}

/** The 1610 article's scenario, with the sub-CA of its step 3 so that every classic file is there. */
const classicRunbook: Answers = { ...classicUsGov, subCaCerts: [SUB_CA_PATH] };

const SCENARIOS = [
  ['vmss-public', vmssPublic],
  ['classic-usgov', classicRunbook],
  ['vmss-hierarchy', vmssHierarchy],
] as const;

const CASES = SCENARIOS.flatMap(([name, answers]) => LANGS.map((lang) => [name, lang, answers] as const));

/** Exact `## ` headings, in order: the document's skeleton an admin finds in print. */
const HEADINGS: Record<string, Record<Lang, string[]>> = {
  vmss: {
    en: [
      '## Findings',
      '## Before you start',
      '## The set-up',
      '## Step 1: Server certificate',
      '## Step 2: Client root certificates',
      '## Step 3: Azure',
      '## Step 4: Cloud management gateway',
      '## Step 5: Site settings',
      '## Step 6: Connection point',
      '## Step 7: Management and software update points',
      '## Step 8: Clients',
      '## Checklist',
    ],
    fr: [
      '## Constats',
      '## Avant de commencer',
      "## Vue d'ensemble",
      '## Étape 1 : Certificat serveur',
      '## Étape 2 : Certificats racines des clients',
      '## Étape 3 : Azure',
      '## Étape 4 : Passerelle de gestion cloud',
      '## Étape 5 : Paramètres du site',
      '## Étape 6 : Point de connexion',
      '## Étape 7 : Points de gestion et de mise à jour logicielle',
      '## Étape 8 : Clients',
      '## Liste de contrôle',
    ],
  },
  classic: {
    en: [
      '## Findings',
      '## Before you start',
      '## The set-up',
      '## Step 1: Configure required certificates',
      "## Step 2: Export the client certificate's root",
      '## Step 3: Upload the management certificate to Azure',
      '## Step 4: Set up cloud management gateway',
      '## Step 5: Configure primary site for client certification authentication',
      '## Step 6: Add the cloud management gateway connector point',
      '## Step 7: Configure roles for cloud management gateway traffic',
      '## Step 8: Configure clients for cloud management gateway',
      '## Checklist',
    ],
    fr: [
      '## Constats',
      '## Avant de commencer',
      "## Vue d'ensemble",
      '## Étape 1 : Configurer les certificats requis',
      '## Étape 2 : Exporter la racine du certificat client',
      '## Étape 3 : Charger le certificat de gestion dans Azure',
      '## Étape 4 : Configurer la passerelle de gestion cloud',
      "## Étape 5 : Configurer le site principal pour l'authentification par certificat client",
      '## Étape 6 : Ajouter le point de connexion de passerelle de gestion cloud',
      '## Étape 7 : Configurer des rôles pour le trafic de la passerelle de gestion cloud',
      '## Étape 8 : Configurer des clients pour la passerelle de gestion cloud',
      '## Liste de contrôle',
    ],
  },
};

const FIELDS: Record<Lang, string[]> = {
  en: ['- **Where:** ', '- **How:** ', '- **What it changes:** ', '- **Check:** ', '- **Rollback:** '],
  fr: ['- **Où :** ', '- **Comment :** ', '- **Ce que cela change :** ', '- **Vérification :** ', '- **Retour arrière :** '],
};

/** Every mention of a file or folder of the output: `04-gateway/New-CmgGateway.ps1`, `.\04-gateway\New-CmgGateway.ps1`, `01-server-certificate/`. */
function outputPathsIn(text: string): string[] {
  return [...text.matchAll(/(?<![\w-])\d{2}-[a-z]+(?:-[a-z]+)*(?:[\\/](?:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)?)+/g)].map((match) => match[0].replace(/\\/g, '/'));
}

/** A file of the plan, or a folder holding one. */
function isOutputPath(path: string, artifacts: readonly { path: string }[]): boolean {
  return artifacts.some((artifact) => artifact.path === path || artifact.path.startsWith(path.endsWith('/') ? path : `${path}/`));
}

function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

function mermaidBlock(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf('```mermaid');
  const end = lines.indexOf('```', start + 1);
  return start < 0 || end < 0 ? [] : lines.slice(start + 1, end);
}

/** What a Mermaid line may be: cmg-setup's ids, quoted labels holding no quote, tag, backtick or bare `#`. */
const LABEL = '"(?:[^"#<>`\\r\\n]|#\\d+;|<br/>)*"';
const ID = '[a-z][a-z0-9]*';
const STATEMENTS = [
  /^flowchart LR$/,
  new RegExp(`^    subgraph ${ID}\\[${LABEL}\\]$`),
  /^    end$/,
  new RegExp(`^ {4}(?: {4})?${ID}\\[${LABEL}\\]$`),
  new RegExp(`^    ${ID} (?:-->|-\\.->)(?:\\|${LABEL}\\|)? ${ID}$`),
];

function isStatement(line: string): boolean {
  return STATEMENTS.some((pattern) => pattern.test(line));
}

describe.each(CASES)('RUNBOOK.md: %s in %s', (name, lang, answers) => {
  const result = plan(answers);
  const text = renderRunbook(result, lang);
  const artifacts = allArtifacts(result);
  const catalogue = lang === 'en' ? en : fr;

  it('matches its golden file', async () => {
    await expect(text).toMatchFileSnapshot(`./__golden__/runbook/${name}.${lang}.md`);
  });

  it('has the sections of every step, with the exact headings, in order', () => {
    expect(text.split('\n')[0]).toBe(`# ${catalogue.runbook.title}`);
    expect(text.split('\n').filter((line) => line.startsWith('## '))).toEqual(HEADINGS[answers.model]?.[lang]);
  });

  it('names only files of the output, and every file of the plan', () => {
    const mentioned = outputPathsIn(text);
    expect(mentioned.length).toBeGreaterThan(artifacts.length);
    expect(mentioned.filter((path) => !isOutputPath(path, artifacts))).toEqual([]);
    for (const artifact of artifacts) expect(text, artifact.path).toContain(`### \`${artifact.path}\``);
  });

  it('says for every file where, how, what it changes, how to check it and how to undo it', () => {
    const lines = text.split('\n');
    for (const artifact of artifacts) {
      const start = lines.indexOf(`### \`${artifact.path}\``);
      const end = lines.findIndex((line, index) => index > start && line.startsWith('#'));
      const block = lines.slice(start, end);
      for (const field of FIELDS[lang]) expect(block.filter((line) => line.startsWith(field)), `${artifact.path}: ${field}`).toHaveLength(1);
      // A script in its step folder (or a primary site's folder of it) is run there; one in another subfolder is handed to another tool.
      const command = `\`.\\${artifact.path.replaceAll('/', '\\')}`;
      const inPlace = artifact.path.split('/').length === 2 || (artifact.site !== undefined && artifact.path.split('/').length === 3);
      if (artifact.path.endsWith('.ps1') && inPlace) expect(block.join('\n'), artifact.path).toContain(command);
      else expect(block.join('\n'), artifact.path).not.toContain(command);
    }
  });

  it('draws the set-up once, as a Mermaid flowchart with the names and the ports', () => {
    expect(text.split('\n').filter((line) => line.startsWith('```'))).toEqual(['```mermaid', '```']);
    const block = mermaidBlock(text);
    expect(block[0]).toBe('flowchart LR');
    expect(block.filter((line) => !isStatement(line))).toEqual([]);
    const diagram = block.join('\n');
    expect(diagram).toContain(answers.serviceName);
    expect(diagram).toContain(deploymentName(answers.model, answers.cloud, answers.deploymentPrefix, answers.region));
    // In a hierarchy, every primary site's connection point and roles.
    const sites = answers.primarySites?.length ? answers.primarySites : [answers];
    for (const site of sites) expect(diagram).toContain(site.connectionPointServer);
    for (const server of sites.flatMap((site) => [...site.managementPoints, ...(site.softwareUpdatePoints ?? [])])) expect(diagram).toContain(server);
    const ports = connectionPointPorts(answers.model, answers.vmCount).filter((range) => !answers.proxyServer || range.protocol === 'HTTPS');
    for (const range of ports) expect(diagram).toContain(formatPortRange(range));
    if (answers.model === 'classic') for (const server of answers.distributionPoints) expect(diagram).toContain(server);
  });

  it('ends with a checklist: one line per file, plus the actions by hand and the procedures', () => {
    const items = section(text, HEADINGS[answers.model]?.[lang].at(-1) ?? '').filter((line) => line.startsWith('- [ ] '));
    const paths = artifacts.map((artifact) => artifact.path);
    for (const path of paths) expect(items.filter((item) => item.includes(`\`${path}\``)), path).toHaveLength(1);
    const withoutFile = items.filter((item) => !paths.some((path) => item.includes(`\`${path}\``)));
    // The actions by hand: the list under the step's "By hand:" line.
    const byHand = result.steps.flatMap((step) => {
      const lines = section(text, `## ${catalogue.runbook.stepTitle({ number: step.number, title: answers.model === 'classic' ? catalogue.runbook.classicTitles[step.id] : catalogue.steps[step.id] })}`);
      const start = lines.indexOf(`**${catalogue.runbook.manualTitle}**`);
      if (start < 0) return [];
      const end = lines.findIndex((line, index) => index > start + 1 && line === '');
      return lines.slice(start + 2, end);
    });
    expect(byHand.every((line) => line.startsWith('- '))).toBe(true);
    const guidance = result.steps.reduce((count, step) => count + step.guidance.length, 0);
    expect(withoutFile).toHaveLength(guidance + byHand.length);
    expect(items).toHaveLength(paths.length + guidance + byHand.length);
  });

  it('leaves no unfilled value', () => {
    expect(text).not.toMatch(/undefined|\[object|NaN|\$\{/);
  });

  it('opens with the retirement warning for the classic model, and only then', () => {
    const lines = text.split('\n');
    const retired = codeText(lang, 'CLASSIC_RETIRED');
    const mark = catalogue.runbook.severity.warning;
    if (answers.model === 'classic') {
      expect(lines[1]).toBe('');
      expect(lines[2]).toBe(catalogue.runbook.finding({ mark, code: '`CLASSIC_RETIRED`', where: '', text: retired }).replace(/^/, '> '));
      expect(text.split(retired)).toHaveLength(2);
    } else {
      expect(text).not.toContain('CLASSIC_RETIRED');
      expect(lines[2]?.startsWith('> ')).toBe(false);
    }
  });
});

describe('RUNBOOK.md against hostile values', () => {
  const EVIL = `evil"] --> pwned["x \`\`\` %% end <img src=x onerror=alert(1)> #quot; | ; ${HOSTILE}`;
  const servers = { connectionPointServer: `cp${EVIL}`, managementPoints: [`mp${EVIL}`], softwareUpdatePoints: [`sup${EVIL}`], distributionPoints: [`dp${EVIL}`], proxyServer: `proxy${EVIL}`, smsProvider: `sms${EVIL}`, siteCode: `S${EVIL}`, region: `r${EVIL}` };
  const cases = [
    ['vmss', { ...vmssPublic, ...servers, serviceName: `cmg${EVIL}.contoso.com`, deploymentPrefix: `cmg${EVIL}` }],
    ['classic', { ...classicRunbook, ...servers, serviceName: `cmg${EVIL}.usgovcloudapp.net`, deploymentPrefix: `cmg${EVIL}` }],
  ] as const;

  it.each(cases)('%s: a value cannot leave its Mermaid label nor end the block', (_model, answers) => {
    for (const lang of LANGS) {
      const text = renderRunbook(plan(answers), lang);
      expect(text.split('\n').filter((line) => line.startsWith('```'))).toEqual(['```mermaid', '```']);
      const block = mermaidBlock(text);
      expect(block.length).toBeGreaterThan(10);
      expect(block.filter((line) => !isStatement(line))).toEqual([]);
      expect(block.join('\n')).not.toContain('pwned["');
      expect(block.join('\n')).toContain(mermaidText(answers.serviceName));
    }
  });

  it('line breaks and fences in a value stay inside their label', () => {
    // Scripts refuse such values (psQuote), so the plan is made first and the values put in after.
    const planned = plan(vmssPublic);
    const answers = { ...vmssPublic, serviceName: 'a\n```\nflowchart LR\nx --> y', connectionPointServer: 'b\r\n    end', managementPoints: ['c"]\n'] };
    const lines = renderDiagram(runbookContext({ ...planned, resolution: { ...planned.resolution, answers } }, 'en'));
    expect(lines[0]).toBe('```mermaid');
    expect(lines.at(-1)).toBe('```');
    expect(lines.slice(1, -1).filter((line) => !isStatement(line))).toEqual([]);
  });

  it('escapes what Mermaid or HTML would read, and keeps plain names readable', () => {
    expect(mermaidText('a"b#c<d>e`f;g')).toBe('a#34;b#35;c#60;d#62;e#96;f#59;g');
    expect(mermaidText("Point de mise à jour logicielle (l'article) cm01.contoso.com:8080")).toBe("Point de mise à jour logicielle (l'article) cm01.contoso.com:8080");
  });

  it('puts any text in a code span, and placeholders too', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(protectAngles('run <file> --role x: root-<thumbprint>.cer and `<kept>` < 3.')).toBe('run `<file>` --role x: `root-<thumbprint>.cer` and `<kept>` &lt; 3.');
  });
});

describe('runbook texts', () => {
  /** Every purpose a step can give a file, over the choices that change which files are made. */
  function emittedPurposes(): string[] {
    const purposes = new Set(['lab.pki']);
    const variants: Answers[] = [];
    for (const clientRollout of [...CLIENT_ROLLOUTS.map((rollout) => [rollout]), [...CLIENT_ROLLOUTS]]) {
      for (const clientAlwaysOnInternet of [true, false]) {
        const common = { clientRollout, clientAlwaysOnInternet };
        for (const clientAuth of ['pki', 'entra', 'token'] as const) {
          variants.push(vmssAnswers({ ...common, clientAuth }), vmssAnswers({ ...common, clientAuth, serverCertPath: undefined }));
        }
        for (const siteVersion of ['1610', '1706', '1810']) {
          variants.push(classicAnswers({ ...common, siteVersion, subCaCerts: [SUB_CA_PATH] }), classicAnswers({ ...common, siteVersion, serverCertPath: undefined }));
        }
      }
    }
    for (const answers of variants) for (const artifact of allArtifacts(plan(answers))) purposes.add(artifact.purpose);
    return [...purposes].sort();
  }

  it('every purpose a step can emit has its runbook entry, purpose and check in both languages', () => {
    const purposes = emittedPurposes();
    expect(purposes).toEqual(expect.arrayContaining(['certificate.inf', 'certificate.request', 'client-chain.export', 'subca.update', 'gateway.create', 'gateway.console', 'gateway.wait', 'site.settings', 'connection-point.add', 'roles.enable', 'lab.pki']));
    for (const catalogue of [en, fr]) {
      expect(purposes.filter((purpose) => !catalogue.runbookEntries[purpose])).toEqual([]);
      expect(purposes.filter((purpose) => !catalogue.purposes[purpose])).toEqual([]);
      expect(purposes.filter((purpose) => !catalogue.verify[purpose])).toEqual([]);
    }
  });

  it('entries say how, what changes and how to undo, in both languages alike', () => {
    expect(Object.keys(fr.runbookEntries).sort()).toEqual(Object.keys(en.runbookEntries).sort());
    for (const catalogue of [en, fr]) {
      for (const [purpose, entry] of Object.entries(catalogue.runbookEntries)) {
        for (const field of [entry.how, entry.changes, entry.rollback]) expect(field.length, purpose).toBeGreaterThan(10);
        expect(entry.console === undefined, purpose).toBe(en.runbookEntries[purpose]?.console === undefined);
      }
    }
  });

  it('every text of the runbook section is read by the renderer', () => {
    const folder = 'src/emit/runbook';
    const source = readdirSync(folder).map((file) => readFileSync(join(folder, file), 'utf8')).join('\n');
    expect(Object.keys(en.runbook).filter((key) => !new RegExp(`\\.${key}\\b`).test(source))).toEqual([]);
  });

  it('French uses French typography: a space before a colon, no straight double quotes around UI labels', () => {
    const params = new Proxy({}, { get: (_target, key) => (key === 'clientAuth' ? 'pki' : key === 'threshold' ? 100 : `<${String(key)}>`) }) as Record<string, string>;
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') texts.push(String((value as (p: unknown) => unknown)(params)));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(fr.runbook);
    collect(fr.runbookEntries);
    // Outside code spans, a colon follows a space (or is part of a path, a URL or a port).
    const prose = texts.map((value) => value.replace(/(`+)[\s\S]*?\1/g, '')).join('\n');
    expect(prose.match(/[^\s\d:\\/A-Z]:(?![\\/\d])/g) ?? []).toEqual([]);
    expect(prose).not.toMatch(/"[A-ZÀ-Ü][^"]*"/);
  });
});

describe('answers.yaml', () => {
  it('re-reads as the same answers, with secrets only as their source', () => {
    const yaml = renderAnswersYaml(planSteps({ answers: vmssPublic, sources: { serviceName: 'flag' }, findings: [] }, NOW));
    const document = parse(yaml) as Record<string, unknown>;
    expect(document.serviceName).toBe('contosocmg.contoso.com');
    expect(document.serverCertPassword).toBe('env:CMG_SERVER_CERT_PASSWORD');
    expect(document.managementPoints).toEqual(['mp01.contoso.com', 'mp02.contoso.com']);
    expect(document).not.toHaveProperty('managementCertPath');
    expect(yaml).not.toContain('never-in-output');
    expect(yaml.split('\n')[0]).toBe('# cmg-setup answers: re-run with `cmg-setup --answers answers.yaml`. No secrets here, only where each comes from.');
  });
});
