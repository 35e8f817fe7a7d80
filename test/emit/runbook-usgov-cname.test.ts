/**
 * Issue 12, US Government: the scale-set DNS suffix there is not confirmed in Microsoft's CMG
 * pages; the runbook's CNAME action says what cmg-setup assumes, and only for that cloud.
 */
import { describe, expect, it } from 'vitest';
import { renderRunbook } from '../../src/emit/runbook.ts';
import { planSteps } from '../../src/wizard/runner.ts';
import { vmssPublic } from './scenarios.ts';
import type { Lang } from '../../src/model/lang.ts';

const NOW = new Date('2026-03-01T00:00:00Z');
const render = (cloud: 'public' | 'usgov', lang: Lang) => renderRunbook(planSteps({ answers: { ...vmssPublic, cloud, region: cloud === 'usgov' ? 'usgovvirginia' : vmssPublic.region }, sources: {}, findings: [] }, NOW), lang);

describe('the CNAME action in US Government', () => {
  it('says the deployment name is an assumption (the suffix it assumes), in both languages', () => {
    const en = render('usgov', 'en');
    expect(en).toContain('`contosocmg.usgovvirginia.cloudapp.usgovcloudapi.net`');
    expect(en).toContain("In Azure US Government this name is an assumption: cmg-setup assumes the suffix of public IP DNS labels there");
    expect(render('usgov', 'fr')).toContain('Dans Azure US Government, ce nom est une hypothèse');
  });

  it('says nothing of the kind in the public cloud', () => {
    expect(render('public', 'en')).not.toContain('US Government this name is an assumption');
  });
});
