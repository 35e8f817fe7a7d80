import { describe, expect, it } from 'vitest';
import { equivalentCommand } from '../../src/wizard/equivalent-command.ts';
import type { Resolution } from '../../src/model/plan.ts';
import { Secret } from '../../src/model/secret.ts';
import { vmssPublic } from '../emit/scenarios.ts';

describe('the equivalent command after an interactive run', () => {
  it('repeats what was chosen (not the defaults), names secrets by variable, and quotes for the shell', () => {
    const resolution: Resolution = {
      answers: { ...vmssPublic, description: "Bob's CMG", serverCertPassword: new Secret('typed-secret', 'prompt') },
      sources: { serviceName: 'prompt', region: 'flag', vmCount: 'default', description: 'prompt', serverCertPassword: 'prompt', managementPoints: 'prompt', verifyClientCrl: 'prompt' },
      findings: [],
    };
    const line = equivalentCommand(resolution, 'plan', ['--out', './my output']);
    expect(line).toBe(
      "cmg-setup plan --service-name contosocmg.contoso.com --server-cert-password-env CMG_SERVER_CERT_PASSWORD --region westeurope --no-verify-client-crl --description 'Bob'\\''s CMG' --management-points mp01.contoso.com,mp02.contoso.com --out './my output' --yes",
    );
    expect(line).not.toContain('typed-secret');
  });
});
