import type { Answers, PartialAnswers, PrimarySite } from '../model/answers.ts';
import { error, type Problem } from '../model/findings.ts';
import { checkFqdn, checkFqdnList } from './fqdn.ts';
import { checkSiteCode, vmssIsPreRelease } from './site.ts';

/**
 * A hierarchy: the top-level site (`siteCode`, `smsProvider`) is a central administration site,
 * and the primary sites below it hold the site settings, the connection points and the MP/SUP
 * settings. documented-facts.md:
 * - F-HIER-1: the CMG is created "on the top-level site. That site is either a standalone primary
 *   site, or the central administration site (CAS)" (setup-cloud-management-gateway.md L38); the
 *   connection points are on the child primaries (plan-hierarchy-design.md L23, L44-L46).
 * - F-HIER-2: the PKI client settings: "configure each primary site" (setup-cloud-management-gateway.md
 *   L122); the MP/SUP CMG traffic: "Do this procedure on the primary site" (L156).
 */
export function isHierarchy(answers: Pick<PartialAnswers, 'primarySites'>): boolean {
  return (answers.primarySites ?? []).length > 0;
}

/** The record fields of the input `primarySites` (the order the messages list them in). */
export const PRIMARY_SITE_FIELDS = {
  siteCode: 'string',
  smsProvider: 'string',
  connectionPointServer: 'string',
  managementPoints: 'list',
  softwareUpdatePoints: 'list',
} as const;

const REQUIRED_FIELDS = ['siteCode', 'smsProvider', 'connectionPointServer', 'managementPoints'] as const;

/** Where the steps 5-7 scripts of one site go and what they are run against. */
export interface SiteTarget {
  /** `P01/` inside the step folder for a primary of a hierarchy; '' for a standalone primary. */
  folder: string;
  /** The primary's site code; absent for a standalone primary (the runbook then says nothing more). */
  site?: string;
  /** The answers with this site's code, SMS Provider, connection point and roles. */
  answers: Answers;
}

/**
 * The sites steps 5, 6 and 7 write a script for: the standalone primary itself (every output as
 * before), or each primary site of the hierarchy, never the CAS: a CAS has no management point,
 * and Enhanced HTTP set at the CAS "only enables enhanced HTTP for the SMS Provider role at the
 * CAS" (enhanced-http.md L119, F-HIER-3).
 */
export function siteTargets(answers: Answers): SiteTarget[] {
  if (!isHierarchy(answers)) return [{ folder: '', answers }];
  // A record may miss a field when the input's rules already failed (exit 3): nothing here throws on it.
  return (answers.primarySites ?? []).map((primary) => {
    const siteCode = (primary.siteCode ?? '').toUpperCase();
    return {
      folder: `${siteCode}/`,
      site: siteCode,
      answers: {
        ...answers,
        siteCode,
        smsProvider: primary.smsProvider,
        connectionPointServer: primary.connectionPointServer,
        managementPoints: primary.managementPoints ?? [],
        softwareUpdatePoints: primary.softwareUpdatePoints ?? [],
      },
    };
  });
}

/**
 * The site the clients of step 8 are installed into: clients can't be assigned to a CAS
 * (assign-clients-to-a-site.md L19, documented-facts.md F-HIER-7), and an internet-only client
 * talks only to the management points of its assigned site (same page, "Roaming to other sites"):
 * SMSSITECODE and SMSMP come from one primary, the first.
 */
export function clientSite(answers: Answers): SiteTarget {
  return siteTargets(answers)[0] ?? { folder: '', answers };
}

/** All the role servers of the hierarchy, for the diagram and the runbook's values. */
export function allRoleServers(answers: Answers): { connectionPoints: string[]; managementPoints: string[]; softwareUpdatePoints: string[] } {
  const targets = siteTargets(answers).map((target) => target.answers);
  return {
    connectionPoints: targets.map((site) => site.connectionPointServer).filter((server) => server !== undefined && server !== ''),
    managementPoints: targets.flatMap((site) => site.managementPoints ?? []),
    softwareUpdatePoints: targets.flatMap((site) => site.softwareUpdatePoints ?? []),
  };
}

/** A field's own rule (site code, FQDN, FQDN list), its problems named by record and field. */
function fieldProblems(primary: PrimarySite, index: number, field: keyof typeof PRIMARY_SITE_FIELDS): Problem[] {
  const value = primary[field];
  const problems = field === 'siteCode' ? checkSiteCode(value as string) : Array.isArray(value) ? checkFqdnList(value) : checkFqdn(value as string);
  return problems.map((problem) => error('PRIMARY_SITE_INVALID', { ...(problem.params ?? {}), index, site: primary.siteCode ?? '', field, problem: problem.code }));
}

/**
 * The rules of `primarySites`, each finding naming the record (its position, from 1, and its site
 * code) and the field:
 * - a required field missing (PRIMARY_SITE_FIELD_MISSING); each field's own rule (PRIMARY_SITE_INVALID);
 * - a primary's site code equal to the top-level site's, or given twice (PRIMARY_SITE_CODE_REPEATED):
 *   site codes are unique in a hierarchy;
 * - an SMS Provider given for two sites (PRIMARY_SITE_PROVIDER_REPEATED), the top-level one included;
 * - a role server (connection point, management point, software update point) listed for two
 *   sites (PRIMARY_SITE_SERVER_REPEATED): a site system server belongs to one site;
 * - 2010 and 2103: the scale-set CMG is "only supported with a standalone primary site"
 *   (plan-cloud-management-gateway.md L116, F-HIER-5): HIERARCHY_VMSS_STANDALONE_ONLY.
 */
export function checkPrimarySites(value: readonly PrimarySite[], answers: PartialAnswers): Problem[] {
  if (value.length === 0) return [];
  const problems: Problem[] = [];
  const siteVersion = answers.siteVersion ?? '';
  if (vmssIsPreRelease(siteVersion)) problems.push(error('HIERARCHY_VMSS_STANDALONE_ONLY', { siteVersion }));
  const top = (answers.siteCode ?? '').toUpperCase();
  const codes = new Map<string, string>(top === '' ? [] : [[top, top]]);
  const providers = new Map<string, string>(answers.smsProvider ? [[answers.smsProvider.toLowerCase(), top]] : []);
  const servers = new Map<string, string>();
  value.forEach((primary, position) => {
    const index = position + 1;
    const site = primary.siteCode ?? '';
    for (const field of REQUIRED_FIELDS) {
      if (primary[field] === undefined) problems.push(error('PRIMARY_SITE_FIELD_MISSING', { index, site, field }));
    }
    for (const field of Object.keys(PRIMARY_SITE_FIELDS) as Array<keyof typeof PRIMARY_SITE_FIELDS>) {
      if (primary[field] !== undefined) problems.push(...fieldProblems(primary, index, field));
    }
    const code = site.toUpperCase();
    if (code !== '') {
      const other = codes.get(code);
      if (other !== undefined) problems.push(error('PRIMARY_SITE_CODE_REPEATED', { index, site: code, top: code === top ? 'yes' : '' }));
      else codes.set(code, code);
    }
    if (primary.smsProvider !== undefined) {
      const other = providers.get(primary.smsProvider.toLowerCase());
      if (other !== undefined) problems.push(error('PRIMARY_SITE_PROVIDER_REPEATED', { index, site, server: primary.smsProvider, other }));
      else providers.set(primary.smsProvider.toLowerCase(), site);
    }
    const roles: Array<[string, string]> = [
      ...(primary.connectionPointServer !== undefined ? [['connectionPointServer', primary.connectionPointServer] as [string, string]] : []),
      ...(primary.managementPoints ?? []).map((server): [string, string] => ['managementPoints', server]),
      ...(primary.softwareUpdatePoints ?? []).map((server): [string, string] => ['softwareUpdatePoints', server]),
    ];
    // One server may hold several roles of its own site; what it may not do is serve two sites.
    const own = new Set<string>();
    for (const [field, server] of roles) {
      const folded = server.toLowerCase();
      const other = servers.get(folded);
      if (other !== undefined && !own.has(folded)) problems.push(error('PRIMARY_SITE_SERVER_REPEATED', { index, site, field, server, other }));
      own.add(folded);
    }
    for (const folded of own) if (!servers.has(folded)) servers.set(folded, site);
  });
  return problems;
}
