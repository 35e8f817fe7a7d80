import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderRunbook } from '../../src/emit/runbook.ts';
import { renderAnswersYaml } from '../../src/wizard/answers-yaml.ts';
import { fileTexts, runbookContext } from '../../src/emit/runbook/context.ts';
import { mermaidText, renderDiagram } from '../../src/emit/runbook/diagram.ts';
import { code, protectAngles } from '../../src/emit/runbook/markdown.ts';
import { deploymentName } from '../../src/domain/clouds.ts';
import { connectionPointPorts, formatPortRange } from '../../src/domain/ports.ts';
import { EMPTY_REPORT, type CertificateReport } from '../../src/model/certificates.ts';
import { codeText } from '../../src/messages/i18n.ts';
import { LANGS, type Lang } from '../../src/model/lang.ts';
import { en } from '../../src/messages/en.ts';
import { fr } from '../../src/messages/fr.ts';
import { CLIENT_ROLLOUTS, type Answers } from '../../src/model/answers.ts';
import { planSteps } from '../../src/wizard/runner.ts';
import { stepById, STEPS } from '../../src/steps/index.ts';
import { allArtifacts, type PlanResult } from '../../src/model/plan.ts';
import { classicAnswers, vmssAnswers } from '../support/answers.ts';
import { classicUsGov, HOSTILE, vmssHierarchy, vmssPublic } from './scenarios.ts';
import { ACTION_BLOCKS } from './runbook-actions.expected.ts';
import { forms, RUNBOOK_VARIANTS } from '../support/runbook-variants.ts';

const NOW = new Date('2026-03-01T00:00:00Z');

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
  en: ['- **Who:** ', '- **Where:** ', '- **How:** ', '- **What it changes:** ', '- **Check:** ', '- **Rollback:** '],
  fr: ['- **Qui :** ', '- **Où :** ', '- **Comment :** ', '- **Ce que cela change :** ', '- **Vérification :** ', '- **Retour arrière :** '],
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
    // The actions by hand: the `### By hand: …` blocks.
    const byHand = text.split('\n').filter((line) => line.startsWith(`### ${catalogue.runbook.manualHeading({ title: '' })}`));
    expect(byHand.length).toBeGreaterThan(2);
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
    // Each step's part of the diagram is drawn again from those values, as the runner would.
    const steps = planned.steps.map((step) => ({ ...step, diagram: stepById(step.id).runbookDiagram?.(answers, step.facts) ?? step.diagram }));
    const lines = renderDiagram(runbookContext({ ...planned, steps, resolution: { ...planned.resolution, answers } }, 'en'));
    expect(lines.join('\n')).toContain('mp1[');
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
    for (const lang of ['en', 'fr'] as const) {
      const files = fileTexts(plan(vmssAnswers()), lang);
      expect(purposes.filter((purpose) => !files[purpose]?.entry)).toEqual([]);
      expect(purposes.filter((purpose) => !files[purpose]?.purpose)).toEqual([]);
      expect(purposes.filter((purpose) => !files[purpose]?.verify)).toEqual([]);
    }
  });

  it('each value of the runbook comes from one place: no two steps, nor a step and the shared ones, give the same', () => {
    for (const answers of [vmssPublic, classicUsGov, vmssHierarchy]) {
      const result = plan(answers);
      const keys = result.steps.flatMap((step) => Object.keys(step.params));
      expect(keys.length).toBe(new Set(keys).size);
      const shared = Object.keys(runbookContext({ ...result, steps: [] }, 'en').params);
      expect(keys.filter((key) => shared.includes(key))).toEqual([]);
    }
  });

  it('entries say how, what changes and how to undo, in both languages alike', () => {
    const [english, french] = (['en', 'fr'] as const).map((lang) => fileTexts(plan(vmssAnswers()), lang));
    expect(Object.keys(french!).sort()).toEqual(Object.keys(english!).sort());
    for (const files of [english!, french!]) {
      for (const [purpose, { entry }] of Object.entries(files)) {
        // A text that depends on the answers is checked in each of its forms.
        for (const field of [entry?.how, entry?.changes, entry?.rollback]) for (const form of forms(field)) expect(form.length, purpose).toBeGreaterThan(10);
        expect(entry?.console === undefined, purpose).toBe(english![purpose]?.entry?.console === undefined);
      }
    }
  });

  it('every text of the runbook section is read by the renderer', () => {
    const folder = 'src/emit/runbook';
    const source = readdirSync(folder).map((file) => readFileSync(join(folder, file), 'utf8')).join('\n');
    expect(Object.keys(en.runbook).filter((key) => !new RegExp(`\\.${key}\\b`).test(source))).toEqual([]);
  });

  it('French uses French typography: a space before a colon, no straight double quotes around UI labels', () => {
    const texts: string[] = [];
    // A text that depends on the answers is formed in every variant (test/support/runbook-variants.ts).
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') texts.push(...new Set(RUNBOOK_VARIANTS.map((params) => String((value as (p: unknown) => unknown)(params)))));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(fr.runbook);
    collect(fileTexts(plan(vmssAnswers()), 'fr'));
    collect(STEPS.map((step) => step.texts.fr.actions));
    // Outside code spans, a colon follows a space (or is part of a path, a URL or a port).
    const prose = texts.map((value) => value.replace(/(`+)[\s\S]*?\1/g, '')).join('\n');
    expect(prose.match(/[^\s\d:\\/A-Z]:(?![\\/\d])/g) ?? []).toEqual([]);
    expect(prose).not.toMatch(/"[A-ZÀ-Ü][^"]*"/);
  });
});

describe('answers.yaml', () => {
  it('re-reads as the same answers, with secrets only as their source', () => {
    const yaml = renderAnswersYaml(planSteps({ answers: vmssPublic, sources: { serviceName: 'flag' }, findings: [] }, NOW), { cwd: '/work', folder: '/work/out' });
    const document = parse(yaml) as Record<string, unknown>;
    expect(document.serviceName).toBe('contosocmg.contoso.com');
    expect(document.serverCertPassword).toBe('env:CMG_SERVER_CERT_PASSWORD');
    expect(document.managementPoints).toEqual(['mp01.contoso.com', 'mp02.contoso.com']);
    expect(document).not.toHaveProperty('managementCertPath');
    expect(yaml).not.toContain('never-in-output');
    expect(yaml.split('\n')[0]).toBe('# cmg-setup answers: re-run with `cmg-setup --answers <this file>`. No secrets here, only where each comes from.');
    // Its hint holds wherever the file is run from (issue 14): paths are read from the file's folder.
    expect(yaml.split('\n')[1]).toBe("# A relative path here is read from this file's folder, not the current one; `key: null` is a question answered \"none\" (not asked again).");
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 11: the actions by hand, who does each item, and the order of the items.

/** The answers each action block of runbook-actions.expected.ts comes from. */
const ACTION_SCENARIOS: Record<(typeof ACTION_BLOCKS)[number]['scenario'], Answers> = {
  entra2103: vmssAnswers({ clientAuth: 'entra', siteVersion: '2103' }),
  pki2403: vmssAnswers({ siteVersion: '2403' }),
  pkiHttps2403: vmssAnswers({ siteVersion: '2403', managementPointSecurity: 'https' }),
  classic1706: classicAnswers({ siteVersion: '1706' }),
};

/** The `### ` block that starts with `heading`, up to its blank line. */
function block(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start + 1 && line === '');
  return lines.slice(start, end);
}

/** A file's `### ` block: its heading, its purpose paragraph and its fields, up to the next heading. */
function fileBlock(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && /^#{2,3} /.test(line));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** The `### ` headings under each `## ` heading, in order. */
function outline(text: string): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) out.push([line, []]);
    else if (line.startsWith('### ')) out.at(-1)?.[1].push(line);
  }
  return out;
}

describe('RUNBOOK.md: the actions by hand, with who, where and the source', () => {
  it.each(ACTION_BLOCKS.flatMap((entry) => LANGS.map((lang) => [entry.name, lang, entry] as const)))('%s (%s): exact lines', (_name, lang, entry) => {
    const text = renderRunbook(plan(ACTION_SCENARIOS[entry.scenario]), lang);
    const expected = entry[lang];
    expect(block(text, expected[0] ?? '')).toEqual(expected);
    // Once, and ticked once in the checklist by its title.
    expect(text.split('\n').filter((line) => line === expected[0])).toHaveLength(1);
  });

  it('every action of the list has its text in both languages and at least one source', () => {
    // The steps give their actions (Step.runbookActions): over runs that between them need every one.
    const runs = Object.values(ACTION_SCENARIOS).map(plan);
    for (const result of runs) {
      const actions = result.steps.flatMap((step) => step.actions);
      for (const action of actions) {
        for (const lang of LANGS) expect(runbookContext(result, lang).actions[action.id]?.title({}).length, action.id).toBeGreaterThan(5);
        expect(action.sources.length, action.id).toBeGreaterThan(0);
      }
      expect(new Set(actions.map((action) => action.id)).size).toBe(actions.length);
    }
    expect(new Set(runs.flatMap((result) => result.steps.flatMap((step) => step.actions.map((action) => action.id)))).size).toBe(STEPS.flatMap((step) => Object.keys(step.texts.en.actions)).length);
  });

  it('says who runs every kind of file, and on which pages it rests', () => {
    const purposes = new Set<string>(['lab.pki']);
    for (const answers of [vmssPublic, classicRunbook, { ...classicRunbook, siteVersion: '1610' }, { ...vmssPublic, serverCertPath: undefined }, vmssAnswers({ clientAuth: 'entra' }), vmssAnswers({ clientAuth: 'token' }), vmssAnswers({ siteVersion: '2203' })]) {
      for (const artifact of allArtifacts(plan(answers))) purposes.add(artifact.purpose);
    }
    // A step's files say it in its runbook.ts (Step.runbookFiles, typed by its purposes); the lab PKI's in actors.ts.
    const files = fileTexts(plan(vmssPublic), 'en');
    expect([...purposes].filter((purpose) => files[purpose]?.who === undefined)).toEqual([]);
    // The lab PKI is cmg-setup's own: no page behind it.
    expect([...purposes].filter((purpose) => purpose !== 'lab.pki' && !files[purpose]?.sources?.length)).toEqual([]);
  });

  it.each(LANGS)('every file block says who (%s)', (lang) => {
    const who = lang === 'en' ? '- **Who:** ' : '- **Qui :** ';
    for (const [, answers] of SCENARIOS) {
      const text = renderRunbook(plan(answers), lang);
      for (const artifact of allArtifacts(plan(answers))) expect(fileBlock(text, `### \`${artifact.path}\``).filter((line) => line.startsWith(who)), artifact.path).toHaveLength(1);
    }
  });

  it('only the actions the answers call for', () => {
    const headings = (answers: Answers) => renderRunbook(plan(answers), 'en').split('\n').filter((line) => line.startsWith('### By hand: '));
    const pki = headings(vmssAnswers());
    const entra = headings(vmssAnswers({ clientAuth: 'entra' }));
    const token = headings(vmssAnswers({ clientAuth: 'token' }));
    const pkiHttps = headings(vmssAnswers({ managementPointSecurity: 'https' }));
    const aspnet = '### By hand: ASP.NET 4.5 enabled on the management points';
    const discovery = '### By hand: Active Directory user discovery and Entra user discovery turned on';
    const certificate = '### By hand: a client authentication certificate on the connection point';
    expect([pki.includes(aspnet), entra.includes(aspnet), token.includes(aspnet)]).toEqual([false, true, false]);
    expect([pki.includes(discovery), entra.includes(discovery), token.includes(discovery)]).toEqual([false, true, false]);
    // Only PKI clients with HTTPS management points: under Enhanced HTTP (the default) the connection point needs none.
    expect([pki.includes(certificate), pkiHttps.includes(certificate), entra.includes(certificate), token.includes(certificate)]).toEqual([false, true, false, false]);
    // The deployment name itself as service name: no CNAME.
    const own = headings(vmssAnswers({ serviceName: 'contosocmg.westeurope.cloudapp.azure.com' }));
    expect(own.filter((line) => line.includes('CNAME'))).toEqual([]);
    expect(pki.filter((line) => line.includes('CNAME'))).toEqual(['### By hand: the public DNS CNAME created']);
    // The classic CMG is pre-release until 1802.
    expect(headings(classicAnswers({ siteVersion: '1706' }))).toContain('### By hand: the pre-release feature "Cloud management gateway" turned on');
    expect(headings(classicAnswers({ siteVersion: '1810' })).filter((line) => line.includes('pre-release'))).toEqual([]);
    // The scale set: pre-release before 2107, "if the console lists it" from 2107.
    expect(headings(vmssAnswers({ siteVersion: '2103' })).filter((line) => line.includes('virtual machine scale set'))).toEqual(['### By hand: the pre-release feature "Cloud management gateway with virtual machine scale set" turned on']);
    expect(headings(vmssAnswers({ siteVersion: '2107' })).filter((line) => line.includes('virtual machine scale set'))).toEqual(['### By hand: the feature "Cloud management gateway with virtual machine scale set", if the console lists it']);
  });
});

describe('RUNBOOK.md: the order of the items', () => {
  it('vmss: each step lists its prerequisites, its files, then what follows them', () => {
    expect(outline(renderRunbook(plan(vmssAnswers({ clientAuth: 'entra', serverCertPath: undefined })), 'en')).filter(([heading]) => heading.startsWith('## Step '))).toEqual([
      ['## Step 1: Server certificate', ['### `01-server-certificate/cmg-server-certificate.inf`', '### `01-server-certificate/Request-CmgServerCertificate.ps1`']],
      ['## Step 2: Client root certificates', []],
      [
        '## Step 3: Azure',
        [
          '### By hand: the Entra apps created by a Global Administrator (or an Application Administrator, within its limits)',
          '### By hand: the Azure resource providers registered',
          '### `03-azure/Register-CmgAzureService.ps1`',
          '### By hand: the Cloud Management Azure service present in ConfigMgr',
          '### By hand: Active Directory user discovery and Entra user discovery turned on',
        ],
      ],
      [
        '## Step 4: Cloud management gateway',
        [
          '### By hand: the service connection point in online mode',
          '### By hand: the feature "Cloud management gateway with virtual machine scale set", if the console lists it',
          '### By hand: the Azure rights that create the CMG checked',
          '### `04-gateway/New-CmgGateway.ps1`',
          '### `04-gateway/Wait-CmgReady.ps1`',
          '### By hand: the public DNS CNAME created',
        ],
      ],
      // Entra client authentication: the site step has no file (SITE_STEP_NOT_NEEDED).
      ['## Step 5: Site settings', ['### `05-site/Set-CmgSiteSettings.ps1`']],
      ['## Step 6: Connection point', ['### `06-connection-point/Add-CmgConnectionPoint.ps1`']],
      ['## Step 7: Management and software update points', ['### By hand: ASP.NET 4.5 enabled on the management points', '### `07-roles/Enable-CmgTraffic.ps1`', '### By hand: the CMG in boundary groups (optional)']],
      [
        '## Step 8: Clients',
        [
          '### By hand: the client settings "Enable clients to use a cloud management gateway" and "Allow access to cloud distribution point" on Yes',
          '### `08-clients/Set-CmgClient.ps1`',
          '### `08-clients/ccmsetup-internet-clients.md`',
        ],
      ],
    ]);
  });

  it('classic: the sub-CA script and its upload come after the gateway, with why, in both languages', () => {
    const steps = outline(renderRunbook(plan(classicRunbook), 'en')).filter(([heading]) => heading.startsWith('## Step '));
    expect(steps.slice(2, 4)).toEqual([
      ['## Step 3: Upload the management certificate to Azure', ['### By hand: the management certificate uploaded to Azure']],
      [
        '## Step 4: Set up cloud management gateway',
        [
          '### By hand: the pre-release feature "Cloud management gateway" turned on',
          '### `04-gateway/console-walkthrough-1610.md`',
          '### `04-gateway/New-CmgGateway.ps1`',
          '### `04-gateway/Wait-CmgReady.ps1`',
          '### `03-azure/Update-CmgSubCaThumbprints.ps1`',
        ],
      ],
    ]);
    const english = renderRunbook(plan(classicRunbook), 'en').split('\n');
    const why =
      'the sub-CA certificates are uploaded to the CMG\'s cloud service, and the script writes their thumbprints to the CMG\'s SMS_AzureService instance in the site database; both exist only once step 4 has created the CMG (the 1610 article: "after you set up a cloud management gateway").';
    expect(section(english.join('\n'), '## Step 3: Upload the management certificate to Azure')).toContain(`This step's sub-CA procedure and script are listed under step 4: ${why}`);
    const step4 = section(english.join('\n'), '## Step 4: Set up cloud management gateway');
    const here = step4.indexOf(`Listed here from step 3: ${why}`);
    expect(here).toBeGreaterThan(step4.indexOf('### `04-gateway/Wait-CmgReady.ps1`'));
    expect(step4[here + 2]?.startsWith('**Sub-CA certificates** (classic CMG, after it exists)')).toBe(true);
    expect(step4[here + 4]).toBe('### `03-azure/Update-CmgSubCaThumbprints.ps1`');
    const french = renderRunbook(plan(classicRunbook), 'fr');
    const pourquoi =
      "les certificats d'autorité subordonnée sont chargés dans le service cloud de la passerelle, et le script écrit leurs empreintes dans l'instance SMS_AzureService de la passerelle, dans la base de données du site ; l'un et l'autre n'existent qu'une fois la passerelle créée par l'étape 4 (l'article 1610 : « après avoir configuré une passerelle de gestion cloud »).";
    expect(section(french, '## Étape 3 : Charger le certificat de gestion dans Azure')).toContain(`La procédure et le script des autorités subordonnées de cette étape figurent sous l'étape 4 : ${pourquoi}`);
    expect(section(french, '## Étape 4 : Configurer la passerelle de gestion cloud')).toContain(`Reporté ici depuis l'étape 3 : ${pourquoi}`);
  });

  it('classic: the checklist ticks the sub-CA items under step 4, after the gateway is Ready', () => {
    const items = renderRunbook(plan(classicRunbook), 'en').split('\n').filter((line) => /^- \[ \] Step [34]:/.test(line));
    expect(items).toEqual([
      '- [ ] Step 3: the management certificate uploaded to Azure',
      '- [ ] Step 4: the pre-release feature "Cloud management gateway" turned on',
      '- [ ] Step 4: `04-gateway/console-walkthrough-1610.md`: The console procedure of the 1610 article.',
      '- [ ] Step 4: `04-gateway/New-CmgGateway.ps1`: Creates the CMG in Azure.',
      '- [ ] Step 4: `04-gateway/Wait-CmgReady.ps1`: Waits until the CMG reports Ready.',
      "- [ ] Step 4: sub-CA certificates uploaded to the cloud service in the Azure portal (the article's step 3, once the CMG exists).",
      '- [ ] Step 4: `03-azure/Update-CmgSubCaThumbprints.ps1`: Stores the sub-CA thumbprints on the classic CMG (the 1610 UpdateSubCAThumbprints.vbs).',
    ]);
  });

  it('classic without sub-CA certificates: nothing moves, step 3 has no file', () => {
    const text = renderRunbook(plan({ ...classicRunbook, subCaCerts: [] }), 'en');
    expect(text).not.toContain('Listed here from step');
    expect(text).not.toContain('are listed under step 4');
    expect(section(text, '## Step 3: Upload the management certificate to Azure')).toContain('No file to run for this step.');
  });

  it.each([
    ['en', "Outbound from the connection point to the CMG: TCP-TLS 10140, HTTPS 443. The connection point goes through the proxy `proxy.fabrikam.gov:3128`: let it reach the CMG on HTTPS 443 and HTTPS 10124 (one VM: today's data-flow page says 443, the 1610 article says from 10124). Clients reach the CMG on HTTPS 443. Nothing inbound is needed on-premises."],
    ['fr', "Flux sortants du point de connexion vers la passerelle : TCP-TLS 10140, HTTPS 443. Le point de connexion passe par le proxy `proxy.fabrikam.gov:3128` : autorisez-le à joindre la passerelle sur HTTPS 443 et HTTPS 10124 (une seule machine virtuelle : la page actuelle sur les flux de données indique 443, l'article 1610 à partir de 10124). Les clients joignent la passerelle sur HTTPS 443. Aucun flux entrant n'est nécessaire sur le réseau local."],
  ] as const)('classic, one VM behind a proxy: both the 443 of today and the 10124 of the 1610 article (%s)', (lang, line) => {
    const text = renderRunbook(plan({ ...classicRunbook, proxyServer: 'proxy.fabrikam.gov', proxyPort: 3128 }), lang);
    expect(text.split('\n')).toContain(line);
    // Two VMs: the pages agree, one port per VM from 10124.
    const two = renderRunbook(plan({ ...classicRunbook, vmCount: 2, proxyServer: 'proxy.fabrikam.gov', proxyPort: 3128 }), 'en');
    expect(two.split('\n')).toContain('Outbound from the connection point to the CMG: TCP-TLS 10140-10141, HTTPS 10124-10125. The connection point goes through the proxy `proxy.fabrikam.gov:3128`: let it reach the CMG on HTTPS 10124-10125. Clients reach the CMG on HTTPS 443. Nothing inbound is needed on-premises.');
  });
});

describe('the lab PKI block: where each private key is, and who can read it (issue 16)', () => {
  const lab = (name: string, privateKey: boolean) => ({ path: `00-lab-pki/${name}`, content: new Uint8Array([1]), privateKey, purpose: 'lab.pki' as const, runOn: 'admin-workstation' as const });
  const extraArtifacts = [lab('LAB-ONLY-root-ca.cer', false), lab('LAB-ONLY-server.pfx', true), lab('LAB-ONLY-client.pfx', true), lab('LAB-ONLY-management.pfx', true), lab('LAB-ONLY-README.txt', false)];
  const withLab = planSteps({ answers: vmssAnswers(), sources: {}, findings: [] }, NOW, { certificates: certificatesFor(vmssAnswers()), extraArtifacts });
  const keys = '`.\\00-lab-pki\\LAB-ONLY-server.pfx`, `.\\00-lab-pki\\LAB-ONLY-client.pfx`, `.\\00-lab-pki\\LAB-ONLY-management.pfx`';

  it.each([
    ['en', `- **Private keys:** ${keys}, in this folder. cmg-setup made each readable by the account that ran it alone (mode 0600; on Windows an access list that grants that account only). A copy takes the permissions of the folder it goes to: copy them only where other users cannot read them.`],
    ['fr', `- **Clés privées :** ${keys}, dans ce dossier. cmg-setup a rendu chacun lisible par le seul compte qui l'a exécuté (mode 0600 ; sous Windows, une liste d'accès qui n'autorise que ce compte). Une copie prend les autorisations du dossier où elle arrive : ne les copiez que là où les autres utilisateurs ne peuvent pas les lire.`],
  ] as const)('%s: one line in the lab block, naming the key files only', (lang, line) => {
    const runbook = renderRunbook(withLab, lang);
    expect(runbook.split('\n').filter((text) => text.startsWith(`- **${lang === 'en' ? 'Private keys:' : 'Clés privées :'}**`))).toEqual([line]);
    expect(runbook.indexOf(line)).toBeLessThan(runbook.indexOf(lang === 'en' ? '## Step 1' : '## Étape 1'));
  });

  it('a runbook without key files has no such line', () => {
    expect(renderRunbook(plan(vmssAnswers()), 'en')).not.toContain('Private keys:');
  });
});
