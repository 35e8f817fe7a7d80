import { it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import { makeCertificate, NOW, rsaKey } from '../../support/certificates.ts';
it('x', () => {
  const c = makeCertificate({ now: NOW, isCa: true, utf8Name: true, commonName: "it’s ‘x’ 's {0} $(Write-Output INJECTED) ${env:PATH} @' '@ | & `n #> <#", key: rsaKey(2048, 0), issuer: 'self' });
  writeFileSync('/tmp/probe/h.cer', c.der);
  expect(1).toBe(1);
});
