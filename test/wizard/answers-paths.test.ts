import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { pathFromAnswersFile, readAnswersFile } from '../../src/wizard/answers-file.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';
import type { Prompter } from '../../src/wizard/prompter-port.ts';
import { quietInterview } from '../support/fake-prompter.ts';
import { resolveInputs, type ResolveOptions } from '../../src/wizard/resolve.ts';
import { answersSchema } from '../../src/wizard/schema.ts';
import { REQUIRED_VMSS } from '../support/answers.ts';

// Issue 14: a path read from an answers file is read from the file's folder; a flag's or the
// environment's from the current folder. `key: null` is an optional question answered "none".

function options(overrides: Partial<ResolveOptions> = {}): ResolveOptions {
  return { specs: ALL_INPUTS, flags: new Map(), secretFlags: new Map(), env: {}, stdin: Readable.from([]), statPath: () => 'file', ...overrides };
}

function fileIn(content: string, sub = 'sub') {
  const root = mkdtempSync(join(tmpdir(), 'cmg-answers-paths-'));
  const folder = join(root, sub);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'answers.yaml');
  writeFileSync(path, content);
  return { root, folder, file: readAnswersFile(path, ALL_INPUTS) };
}

function recordingPrompter(asked: string[]): Prompter {
  return {
    async ask(spec: AnyInputSpec, { default: fallback }) {
      asked.push(spec.key);
      return fallback;
    },
    async askSecret(spec: AnyInputSpec) {
      asked.push(spec.key);
      return 'typed';
    },
    ...quietInterview,
  };
}

describe('pathFromAnswersFile', () => {
  it('reads a relative path from the given folder, keeps an absolute one (POSIX or Windows)', () => {
    expect(pathFromAnswersFile('certs/root.cer', '/srv/cmg', '/')).toBe('srv/cmg/certs/root.cer');
    expect(pathFromAnswersFile('certs/root.cer', '/srv/cmg/sub', '/srv/cmg')).toBe('sub/certs/root.cer');
    expect(pathFromAnswersFile('./root.cer', '/srv/cmg', '/home/admin')).toBe('../../srv/cmg/root.cer');
    expect(pathFromAnswersFile('../pki/root.cer', '/srv/cmg/sub', '/srv/cmg')).toBe('pki/root.cer');
    expect(pathFromAnswersFile('/etc/pki/root.cer', '/srv/cmg', '/home/admin')).toBe('/etc/pki/root.cer');
    expect(pathFromAnswersFile('C:\\certs\\root.cer', '/srv/cmg', '/home/admin')).toBe('C:\\certs\\root.cer');
  });

  it('keeps the file’s spelling when the file is in the current folder', () => {
    expect(pathFromAnswersFile('./certs/root.cer', '/srv/cmg', '/srv/cmg')).toBe('./certs/root.cer');
  });
});

describe('a path read from an answers file', () => {
  const flags = new Map(Object.entries(REQUIRED_VMSS));

  it('is read from the file’s folder: a string path and each item of a list of paths', async () => {
    const { folder, file } = fileIn('serverCertPath: certs/server.pfx\nclientRootCerts: [certs/root.cer, /abs/issuing.cer]\n', 'nested/sub');
    expect(file.baseDir).toBe(folder);
    const seen: string[] = [];
    const result = await resolveInputs(options({ flags, env: { CMG_SERVER_CERT_PASSWORD: 'x' }, answersFile: file, statPath: (path) => (seen.push(path), 'file') }));
    expect(resolve(result.answers.serverCertPath as string)).toBe(join(folder, 'certs', 'server.pfx'));
    const roots = result.answers.clientRootCerts as string[];
    expect([resolve(roots[0] as string), roots[1]]).toEqual([join(folder, 'certs', 'root.cer'), '/abs/issuing.cer']);
    expect(seen.map((path) => resolve(path))).toContain(join(folder, 'certs', 'root.cer'));
    expect(seen).not.toContain('certs/root.cer');
  });

  it('a comma-separated list in the file too', async () => {
    const { folder, file } = fileIn('clientRootCerts: certs/a.cer,certs/b.cer\n');
    const result = await resolveInputs(options({ flags, answersFile: file }));
    expect((result.answers.clientRootCerts as string[]).map((path) => resolve(path))).toEqual([join(folder, 'certs', 'a.cer'), join(folder, 'certs', 'b.cer')]);
  });

  it('a flag’s or the environment’s path stays relative to the current folder, over the file’s', async () => {
    const { file } = fileIn('clientRootCerts: [certs/root.cer]\nserverCertPath: certs/server.pfx\n');
    const result = await resolveInputs(options({ flags: new Map([...flags, ['clientRootCerts', ['certs/root.cer']]]), env: { CMG_SERVER_CERT_PATH: 'certs/env.pfx', CMG_SERVER_CERT_PASSWORD: 'x' }, answersFile: file }));
    expect(result.answers.clientRootCerts).toEqual(['certs/root.cer']);
    expect(result.answers.serverCertPath).toBe('certs/env.pfx');
  });

  it('a value that is not a path is left as written', async () => {
    const { file } = fileIn('region: northeurope\nsiteCode: p02\n');
    const result = await resolveInputs(options({ flags: new Map(Object.entries(REQUIRED_VMSS).filter(([key]) => key !== 'region' && key !== 'siteCode')), answersFile: file }));
    expect([result.answers.region, result.answers.siteCode]).toEqual(['northeurope', 'P02']);
  });
});

describe('null in an answers file: answered "none"', () => {
  const flags = new Map(Object.entries(REQUIRED_VMSS));

  it('an optional input set to null is not asked at a terminal; one left out is', async () => {
    const asked: string[] = [];
    const { file } = fileIn('proxyServer: null\nazureAuth: ~\n');
    expect(file.none).toEqual(new Set(['proxyServer', 'azureAuth']));
    await resolveInputs(options({ flags, answersFile: file, prompter: recordingPrompter(asked) }));
    expect(asked).not.toContain('proxyServer');
    expect(asked).not.toContain('azureAuth');
    const again: string[] = [];
    await resolveInputs(options({ flags, answersFile: fileIn('region: westeurope\n').file, prompter: recordingPrompter(again) }));
    expect(again).toContain('proxyServer');
  });

  it('a required input set to null is still asked (or missing): null never answers a required question', async () => {
    const asked: string[] = [];
    const { file } = fileIn('siteCode: null\n');
    await resolveInputs(options({ flags: new Map(Object.entries(REQUIRED_VMSS).filter(([key]) => key !== 'siteCode')), answersFile: file, prompter: { ...recordingPrompter(asked), ask: async (spec, { default: fallback }) => (asked.push(spec.key), spec.key === 'siteCode' ? 'P03' : fallback) } }));
    expect(asked).toContain('siteCode');
  });

  it('the schema accepts null for every key, and a file of nulls only still reads', () => {
    const schema = answersSchema('en') as { properties: Record<string, { type?: unknown; oneOf?: unknown[] }> };
    for (const [key, property] of Object.entries(schema.properties)) {
      if (key === '$schema') continue;
      const allowsNull = (Array.isArray(property.type) && property.type.includes('null')) || (property.oneOf ?? []).some((entry) => (entry as { type?: string }).type === 'null');
      expect(allowsNull, key).toBe(true);
    }
    expect(parse('proxyServer: null\n')).toEqual({ proxyServer: null });
  });
});
