import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runInPty } from '../support/pty.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// Issue 14, "Resume", with the built binary at a real terminal: a run stopped by SIGINT in the
// middle of the interview keeps the answers of the steps it completed beside --out and says how
// to go on; `--resume` then asks only the questions that remain, and the run writes its output.

const NOW = '2026-03-01T00:00:00Z';
const CANCELLED = 'Cancelled: nothing was written, and temporary files were removed.';

/** Steps 1 to 4 answered in the file (skipped optional questions as `null`); steps 5 to 8 left to the interview. */
const { siteCode: _s, smsProvider: _p, connectionPointServer: _c, managementPoints: _m, softwareUpdatePoints: _u, clientRollout: _o, ...UP_TO_GATEWAY } = VALID_ANSWERS;
const FIRST_ANSWERS = {
  ...UP_TO_GATEWAY,
  siteVersion: '2403',
  serverCertPath: null,
  certTemplateGroup: 'ConfigMgr Site Servers',
  certTemplate: null,
  clientRootCerts: [],
  createEntraApps: false,
  serverAppName: 'CMG-ServerApp',
  serverAppIdUri: 'api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService',
  clientAppName: 'CMG-ClientApp',
  serverAppSecretExpiry: null,
  entraUserDiscovery: false,
  azureServiceName: 'Cloud Management',
  useExistingResourceGroup: false,
  azureAuth: 'cli',
  vmSize: 'standard',
  verifyClientCrl: false,
  enforceTls12: true,
  contentEnabled: true,
  trafficWarningPct: 50,
  trafficCriticalPct: 90,
  trafficStopService: false,
};

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir('cmg-resume-');
});
afterEach(() => removeDir(cwd));

describe('resuming an interview stopped by SIGINT', () => {
  it('keeps the answers of the steps done, then --resume asks only the rest and writes the output', async () => {
    writeAnswers(cwd, FIRST_ANSWERS);
    const state = join(cwd, 'cmg-setup-output.resume.yaml');
    const first = await runInPty(['run', '--answers', 'answers.yaml', '--offline', '--now', NOW], {
      cwd,
      steps: [
        { waitFor: 'Site code', send: 'P01\r' },
        { waitFor: 'SMS Provider FQDN', send: 'cm01.contoso.com\r' },
        // The first advanced input of the run (use a PKI client certificate): the recommended settings, once.
        { waitFor: 'Use the recommended settings for the advanced options', send: '\r' },
        { waitFor: 'Clients check the CRL for site systems?', send: '\r' },
        { waitFor: 'CMG connection point server (FQDN)', signal: 'SIGINT' },
      ],
    });
    expect(first.timedOut, first.screen).toBe(false);
    expect(first.code).toBe(130);
    expect(first.screen).toContain(`Answers kept in ${state}. Resume with: cmg-setup run --resume\n`);
    expect(first.screen).toContain(`\n${CANCELLED}\n`);
    expect(readdirSync(cwd).sort()).toEqual(['answers.yaml', 'cmg-setup-output.resume.yaml']);
    const kept = readFileSync(state, 'utf8');
    expect(kept.split('\n')[1]).toBe('# Steps answered: general, server-certificate, client-root, azure, gateway, site (steps 1-5)');
    expect(kept).toContain('siteCode: P01\n');
    expect(kept).toContain('smsProvider: cm01.contoso.com\n');
    expect(kept).not.toContain('connectionPointServer');

    // A run that cannot prompt (CI) finds the state and stops (exit 2), naming it and both ways on; the state stays.
    const unattended = await runCli(['run', '--answers', 'answers.yaml', '--offline', '--now', NOW], { cwd });
    expect(unattended.code, unattended.stderr).toBe(2);
    expect(unattended.stderr).toMatch(new RegExp(`${state.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} holds the answers of an earlier interview that did not finish \\(saved \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z, steps 1-5 answered\\)\\. Add --resume to go on from them, or --fresh to discard them and start over\\.`));
    expect(readFileSync(state, 'utf8')).toBe(kept);

    const second = await runInPty(['run', '--resume', '--offline', '--now', NOW], {
      cwd,
      steps: [
        { waitFor: 'CMG connection point server (FQDN)', send: 'cmgcp01.contoso.com\r' },
        { waitFor: 'Internet proxy of the connection point', send: '\r' },
        { waitFor: 'Management points (FQDNs), comma-separated', send: 'mp01.contoso.com\r' },
        { waitFor: 'Software update points (FQDNs), comma-separated', send: 'sup01.contoso.com\r' },
        { waitFor: 'How does the site secure the CMG-enabled management points?', send: '\r' },
        { waitFor: 'Make the CMG-enabled management points Internet only?', send: '\r' },
        { waitFor: 'ClientAlwaysOnInternet on existing clients', send: '\r' },
        { waitFor: 'How should the client change be delivered?', send: '\r' },
        // The review: Write is the offered choice.
        { waitFor: '? What now?', send: '\r' },
      ],
    });
    expect(second.timedOut, second.screen).toBe(false);
    expect(second.code, second.screen).toBe(0);
    expect(second.screen).toContain(`Resuming from ${state}: steps 1-5 answered (`);
    // Nothing of steps 1 to 5 is asked again: the first question is the one interrupted.
    const review = second.screen.indexOf('\nReview: every value, by step, and where it comes from\n');
    expect(review).toBeGreaterThan(0);
    const interview = second.screen.slice(0, review);
    expect(interview.indexOf('? ')).toBe(interview.indexOf('? CMG connection point server (FQDN)'));
    for (const question of ['Deployment model', 'ConfigMgr site version', 'Site code', 'SMS Provider FQDN', 'Use PKI client certificates', 'Use the recommended settings']) expect(interview).not.toContain(`? ${question}`);
    expect(existsSync(state)).toBe(false);
    expect(second.screen).toContain(`Removed ${state}: the output's answers.yaml holds these answers now.`);
    const answers = readFileSync(join(cwd, 'cmg-setup-output', 'answers.yaml'), 'utf8');
    expect(answers).toContain('siteCode: P01\n');
    expect(answers).toContain('connectionPointServer: cmgcp01.contoso.com\n');
  });
});
