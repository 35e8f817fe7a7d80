import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderRunbook } from '../../src/emit/runbook.ts';
import { mermaidText } from '../../src/emit/runbook/diagram.ts';
import { code } from '../../src/emit/runbook/markdown.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { LANGS, type Lang } from '../../src/model/lang.ts';
import { visible } from '../../src/messages/visible.ts';
import type { Answers } from '../../src/model/answers.ts';
import type { Finding } from '../../src/model/findings.ts';
import { planSteps } from '../../src/wizard/runner.ts';
import { allArtifacts, type PlanResult } from '../../src/model/plan.ts';
import { codeSpans, fences, markupProblems, parseInline, parseMarkdown } from '../support/markdown.ts';
import { classicUsGov, vmssPublic } from './scenarios.ts';

// Issue 9: RUNBOOK.md and the Markdown documents render every value inertly: no raw HTML, no
// link, no emphasis, no code span or fence broken by a value's backticks. A code span is inert
// (CommonMark 0.31, 6.1: its content is literal; no HTML, link or emphasis is read inside it).

const NOW = new Date('2026-03-01T00:00:00Z');

function plan(answers: Answers, findings: Finding[] = []): PlanResult {
  return planSteps({ answers, sources: {}, findings }, NOW);
}

function line(text: string, start: string): string | undefined {
  return text.split('\n').find((candidate) => candidate.startsWith(start));
}

describe('code(): any text as one inline code span', () => {
  it('pads a span that starts or ends with a backtick or a space, and not one of spaces only', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(code(' a ')).toBe('`  a  `');
    expect(code('   ')).toBe('`   `');
    expect(code(' a')).toBe('` a`');
  });

  it('shows line breaks, controls and bidi characters escaped, so a value cannot end its line', () => {
    expect(code('a\nb')).toBe('`a\\nb`');
    expect(code('a\r\n# b')).toBe('`a\\r\\n# b`');
    expect(code('x\x1b[2Jy\u202ez')).toBe('`x\\x1b[2Jy\\u202ez`');
  });

  it('is empty for an empty text (a pair of backticks alone would open a span further on)', () => {
    expect(code('')).toBe('');
  });

  it('parses back, for any text, as exactly one code span holding the visible text', () => {
    const backticky = fc.array(fc.constantFrom('`', '``', '```', ' ', 'a', '\n', '<b>', '*', '_', '\\', '\x1b', '\u202e'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), backticky), (text) => {
        const span = code(text);
        if (visible(text) === '') {
          expect(span).toBe('');
        } else {
          const tokens = parseInline(`x ${span} y`);
          expect(tokens.map((token) => token.type)).toEqual(['text', 'code_inline', 'text']);
          expect(tokens[1]?.content).toBe(visible(text));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('values reach the runbook inert', () => {
  const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) *y* www.evil.example';

  it('the certificate template group in the step 1 procedure', () => {
    const text = renderRunbook(plan({ ...vmssPublic, certTemplateGroup: hostile }), 'en');
    expect(line(text, '3. Security tab:')).toBe(
      '3. Security tab: remove Enroll from Enterprise Admins; add `<script>alert(1)</script> [x](javascript:alert(1)) *y* www.evil.example` with **Read** and **Enroll**. Restart the site servers after adding them to the group.',
    );
    expect(markupProblems(parseMarkdown(text), 'evil.example', ['mermaid'])).toEqual([]);
  });

  it('a path in a finding text', () => {
    const path = 'C:\\certs\\*[x](javascript:alert(1))*<img src=x onerror=alert(document.cookie)//////>.pfx';
    const finding: Finding = { severity: 'error', code: 'FILE_NOT_FOUND', step: 'server-certificate', input: 'serverCertPath', params: { path } };
    const text = renderRunbook(plan(vmssPublic, [finding]), 'en');
    expect(line(text, '- **ERROR** `FILE_NOT_FOUND`')).toBe(
      '- **ERROR** `FILE_NOT_FOUND` (`serverCertPath`): File not found: `C:\\certs\\*[x](javascript:alert(1))*<img src=x onerror=alert(document.cookie)//////>.pfx`. Check the path (relative paths start from the current folder).',
    );
  });

  it('a selector parameter still selects, a plain word stays plain, a number stays a number', () => {
    const findings: Finding[] = [
      { severity: 'error', code: 'RESOURCE_GROUP_INVALID', step: 'azure', input: 'resourceGroup', params: { value: 'rg*x*', reason: 'period' } },
      { severity: 'error', code: 'VM_COUNT_RANGE', step: 'gateway', input: 'vmCount', params: { value: 17, min: 1, max: 16 } },
    ];
    const text = renderRunbook(plan(vmssPublic, findings), 'en');
    expect(line(text, '- **ERROR** `RESOURCE_GROUP_INVALID`')).toBe('- **ERROR** `RESOURCE_GROUP_INVALID` (`resourceGroup`): Resource group "`rg*x*`" is not valid: it must not end with a period.');
    expect(line(text, '- **ERROR** `VM_COUNT_RANGE`')).toBe('- **ERROR** `VM_COUNT_RANGE` (`vmCount`): VM count 17 is outside 1-16.');
  });

  it('a bidi or control character in a diagram label is shown escaped, not applied', () => {
    expect(mermaidText('cmg\u202egpj.contoso.com')).toBe('cmg#92;u202egpj.contoso.com');
    expect(mermaidText('a\x1bb')).toBe('a#92;x1bb');
  });
});

describe('values reach the Markdown documents inert', () => {
  it('a backtick in a path of the 1610 console walkthrough', () => {
    const answers: Answers = { ...classicUsGov, siteVersion: '1610', serverCertPath: 'D:\\pki\\fabrikam`cmg.pfx' };
    const walkthrough = allArtifacts(plan(answers)).find((artifact) => artifact.purpose === 'gateway.console');
    const text = String(walkthrough?.content);
    expect(text.split('\r\n').find((candidate) => candidate.startsWith('5. '))).toContain('server certificate ``D:\\pki\\fabrikam`cmg.pfx``;');
  });
});

// ---------------------------------------------------------------------------------------------
// The property: hostile text in every free-text, path and name input.

/** Never in a catalogue text, kept by mermaidText (a letter): where it shows, a value shows. */
const MARKER = 'Ω';

const FRAGMENTS = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '![i](https://evil.example/i.png)', '<https://evil.example>',
  '`', '``', '```', '````', '~~~', '*a*', '**b**', '_c_', '__d__', '~~e~~', '[', ']', '(', ')', '!', '|', '<', '>', '&', '&amp;', '&#60;', '&lt;',
  'www.evil.example', 'https://evil.example/x', 'http://a.b', 'a@b.example', '\\', '\\`', '#', '# h', '- ', '1. ', '> ', '    ', ' ', '   ',
  '<!--', '-->', '<![CDATA[', '<?x', '</p>', '<a href="javascript:alert(1)">', '%%', '"', "'", '{{', '}}', '\t', '\u202e', '\u2066', '\u200b', '\ufeff', '\u009b', '\u2028',
];

/** What psQuote accepts (no C0 control but tab, no lone surrogate): such values make real scripts. */
const quotableText = fc.string({ maxLength: 8 }).filter((text) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(text));

/** A value: fragments between markers, marker first and last, so no part of it can hide. */
function valueFrom(parts: readonly string[]): string {
  return `${MARKER}${parts.join(MARKER)}${MARKER}`;
}

const value = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: quotableText }), { minLength: 1, maxLength: 5 }).map(valueFrom);
/** For finding texts only (they reach no script): line breaks and terminal controls too. */
const findingValue = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS, '\n', '\r\n', '\n```\n', '\x1b[2J', '\x07', '\x00'), fc.string({ unit: 'binary', maxLength: 6 })), { minLength: 1, maxLength: 5 })
  .map(valueFrom);

/** Every string (and list) input of the plan, hostile. */
function hostileAnswers(base: Answers, values: readonly string[]): Answers {
  const pick = (index: number) => values[index % values.length] ?? MARKER;
  return {
    ...base,
    serviceName: `${pick(0)}.contoso.com`,
    deploymentPrefix: pick(1),
    certTemplateGroup: pick(2),
    serverCertPath: pick(3),
    clientRootCerts: [pick(4), pick(5)],
    subscriptionId: pick(6),
    ...(base.model === 'classic' ? { managementCertPath: pick(7), subCaCerts: [pick(8)], distributionPoints: [pick(9)] } : { tenantId: pick(7), serverAppClientId: pick(8), clientAppClientId: pick(9), resourceGroup: pick(10) }),
    region: pick(11),
    description: pick(12),
    siteCode: pick(13),
    smsProvider: pick(14),
    connectionPointServer: pick(15),
    proxyServer: pick(16),
    managementPoints: [pick(17)],
    softwareUpdatePoints: [pick(18)],
  };
}

/** The findings the inputs' own rules give for these values, plus a missing file for each path, with values that also hold controls. */
function hostileFindings(answers: Answers, raw: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const spec of ALL_INPUTS) {
    const given = (answers as unknown as Record<string, unknown>)[spec.key];
    if (given === undefined || spec.kind === 'secret' || !spec.validate) continue;
    for (const problem of spec.validate(given as never, answers)) findings.push({ ...problem, step: spec.step as Finding['step'], input: spec.key });
  }
  raw.forEach((path, index) => findings.push({ severity: 'error', code: index % 2 === 0 ? 'FILE_NOT_FOUND' : 'CERT_CN_NOT_IN_SAN', step: 'server-certificate', input: 'serverCertPath', params: { path, commonName: path, names: path } }));
  return findings;
}

const SCENARIOS = [
  ['vmss', vmssPublic],
  ['classic', { ...classicUsGov, siteVersion: '1610' }],
] as const;

describe.each(SCENARIOS)('%s: hostile text in every input stays inside code spans', (_name, base) => {
  const benign = plan(base);
  const documentFences = new Map(allArtifacts(benign).filter((artifact) => artifact.path.endsWith('.md')).map((artifact) => [artifact.path, fences(parseMarkdown(String(artifact.content))).length]));

  it('in RUNBOOK.md and in every Markdown document, in both languages', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 19 }), fc.array(findingValue, { minLength: 1, maxLength: 3 }), fc.constantFrom(...LANGS), (values, raw, lang) => {
        const answers = hostileAnswers(base, values);
        const result = planSteps({ answers, sources: {}, findings: hostileFindings(answers, raw) }, NOW, { lang });
        const runbook = parseMarkdown(renderRunbook(result, lang));
        expect(markupProblems(runbook, MARKER, ['mermaid'])).toEqual([]);
        expect(fences(runbook).map((fence) => fence.info)).toEqual(['mermaid']);
        expect(codeSpans(runbook)).toContain(visible(answers.certTemplateGroup));
        for (const finding of raw) expect(codeSpans(runbook)).toContain(visible(finding));
        const documents = allArtifacts(result).filter((candidate) => candidate.path.endsWith('.md'));
        expect(documents.map((artifact) => artifact.path)).toEqual([...documentFences.keys()]);
        for (const artifact of documents) {
          const document = parseMarkdown(String(artifact.content));
          // A fenced block is literal to its end; a value inside one is inert as long as the fence holds (counted below).
          expect(markupProblems(document, MARKER, ['', 'powershell']), artifact.path).toEqual([]);
          expect(fences(document), artifact.path).toHaveLength(documentFences.get(artifact.path) ?? -1);
        }
      }),
      { numRuns: 60 },
    );
  });
});
