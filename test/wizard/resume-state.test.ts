/**
 * The resume state's own rules (issue 14), without a command: what it writes of the answers so
 * far (no secret value; a secret read from stdin becomes `prompt`, which cannot be read twice;
 * paths from the state's folder), and how it is laid over an --answers file (a state value or
 * `null` wins; each file's relative paths are read from its own folder).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Secret } from '../../src/model/secret.ts';
import { RESUME_STATE_MARKER, resumeStatePath } from '../../src/output/resume-file.ts';
import { layerAnswers, readResumeState, renderResumeState, stepsLabel } from '../../src/wizard/resume-state.ts';

const root = mkdtempSync(join(tmpdir(), 'cmg-resume-state-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the state file', () => {
  it('sits beside --out, whatever its spelling', () => {
    expect(resumeStatePath('/srv/cmg/out')).toBe('/srv/cmg/out.resume.yaml');
    expect(resumeStatePath('/srv/cmg/out/')).toBe('/srv/cmg/out.resume.yaml');
  });

  it('holds the stages done only, a secret as where it comes from (stdin: asked again), paths from its folder', () => {
    const folder = join(root, 'a');
    const content = renderResumeState(
      {
        answers: {
          model: 'vmss',
          cloud: 'public',
          siteVersion: '2403',
          serviceName: 'contosocmg.contoso.com',
          serverCertPath: join(folder, 'certs', 'server.pfx'),
          serverCertPassword: new Secret('typed-secret', 'stdin'),
          clientAuth: 'pki',
          clientRootCerts: ['/elsewhere/root.cer'],
        },
        sources: { model: 'prompt', cloud: 'default', siteVersion: 'prompt', serviceName: 'prompt', serverCertPath: 'flag', serverCertPassword: 'flag' },
      },
      ['general'],
      { cwd: root, statePath: join(folder, 'out.resume.yaml') },
    );
    expect(content.startsWith(`${RESUME_STATE_MARKER}: `)).toBe(true);
    expect(content.split('\n').slice(1, 2)).toEqual(['# Steps answered: general']);
    expect(content.split('\n').slice(4)).toEqual(['model: vmss', 'cloud: public', 'siteVersion: "2403"', '']);

    const more = renderResumeState(
      {
        answers: {
          model: 'vmss',
          serverCertPath: join(folder, 'certs', 'server.pfx'),
          serverCertPassword: new Secret('typed-secret', 'stdin'),
          clientAuth: 'pki',
          clientRootCerts: ['/elsewhere/root.cer'],
        },
        sources: {},
      },
      ['general', 'server-certificate', 'client-root'],
      { cwd: root, statePath: join(folder, 'out.resume.yaml') },
    );
    expect(more).toContain('\nserverCertPath: certs/server.pfx\nserverCertPassword: prompt\n');
    expect(more).toContain('\nclientRootCerts:\n  - /elsewhere/root.cer\n');
    expect(more).not.toContain('typed-secret');
    expect(more.split('\n')[1]).toBe('# Steps answered: general, server-certificate, client-root (steps 1-2)');
  });

  it('reads back the stages its comment names', () => {
    const path = join(root, 'read.resume.yaml');
    writeFileSync(path, `${RESUME_STATE_MARKER}: x\n# Steps answered: general, server-certificate, client-root, azure (steps 1-3)\nmodel: vmss\n`);
    const state = readResumeState(path);
    expect(state.done).toEqual(['general', 'server-certificate', 'client-root', 'azure']);
    expect([...state.file.values]).toEqual([['model', 'vmss']]);
    expect(stepsLabel(state.done)).toBe('1-3');
    expect(stepsLabel(['general'])).toBe('');
  });
});

describe('the state over an --answers file', () => {
  it('a value or a null of the state wins; each file’s relative paths are read from its own folder', () => {
    const stateDir = join(root, 'state');
    const answersDir = join(root, 'answers');
    const layered = layerAnswers(
      { path: join(stateDir, 'out.resume.yaml'), baseDir: stateDir, values: new Map<string, unknown>([['vmCount', 1], ['serverCertPath', 'certs/s.pfx'], ['serverCertPassword', 'file:pw.txt']]), none: new Set(['description']) },
      { path: join(answersDir, 'a.yaml'), baseDir: answersDir, values: new Map<string, unknown>([['vmCount', 3], ['description', 'from the file'], ['siteCode', 'A01'], ['clientRootCerts', ['r.cer']]]), none: new Set(['proxyServer']) },
    );
    const fromHere = (dir: string, path: string) => relative(process.cwd(), join(dir, path));
    expect(Object.fromEntries(layered.values)).toEqual({
      serverCertPath: fromHere(stateDir, 'certs/s.pfx'),
      serverCertPassword: `file:${fromHere(stateDir, 'pw.txt')}`,
      clientRootCerts: [fromHere(answersDir, 'r.cer')],
      vmCount: 1,
      siteCode: 'A01',
    });
    expect([...(layered.none ?? [])].sort()).toEqual(['description', 'proxyServer']);
    expect(layered.baseDir).toBeUndefined();
  });
});
