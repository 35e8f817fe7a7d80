import { error, warning, type Problem } from '../model/findings.ts';
import { spaceAt } from './fqdn.ts';
import { SITE_BUILDS } from './site-builds.ts';

/** KB 279868: names Windows reserves, which setup refuses as site codes. */
const RESERVED_SITE_CODES = ['AUX', 'CON', 'NUL', 'PRN', 'SMS'];

export function checkSiteCode(value: string): Problem[] {
  const space = spaceAt(value);
  if (space > 0) return [error('SITE_CODE_INVALID', { value, reason: 'space', position: space })];
  if (!/^[A-Za-z0-9]{3}$/.test(value)) return [error('SITE_CODE_INVALID', { value })];
  // The value as given (issue 17): "con" is reserved as CON is, and the message says "con".
  if (RESERVED_SITE_CODES.includes(value.toUpperCase())) return [error('SITE_CODE_RESERVED', { value })];
  return [];
}

/**
 * ConfigMgr versions that change what cmg-setup generates or warns about
 * (cmg-reference.md section 0), plus the servicing releases in between. 2603: "What's new in
 * version 2603" (Microsoft Learn, ms.date 2026-08-05; documented-facts.md F-GW-4, F-MP-8): the
 * version whose rules step 4 already applies (-IsUsingExistingGroup with -ServerAppClientId,
 * steps/gateway/versions.ts), so a site at 2603 is no longer "newer than the tool knows" (review S6).
 */
export const KNOWN_SITE_VERSIONS = [
  '1610', '1702', '1706', '1710', '1802', '1806', '1810', '1902', '1906', '1910', '2002', '2006',
  '2010', '2103', '2107', '2111', '2203', '2207', '2211', '2303', '2309', '2403', '2409', '2503', '2509',
  '2603',
] as const;

export const LATEST_SITE_VERSION = KNOWN_SITE_VERSIONS[KNOWN_SITE_VERSIONS.length - 1] as string;

/**
 * A site version as the console shows it: `5.00.9128.1000` (the "Version details" table writes the
 * build as `5.00.9128`, its note as `5.0.8634.1000`): major 5, minor 0, then the build and, after
 * hotfixes, a different revision. The build alone says the version; the revision does not matter.
 */
const SITE_BUILD_NUMBER = /^5\.0{1,2}\.(\d{4})(?:\.\d{1,4})?$/;

/** The build of a site version given as the console shows it (`5.00.9128.1000` → 9128), if it is one. */
export function buildOf(value: string): number | undefined {
  const match = SITE_BUILD_NUMBER.exec(value);
  return match ? Number(match[1]) : undefined;
}

/** The YYMM version of a build number the console shows (`5.00.9128.1000` → `2403`), when site-builds.ts knows it. */
export function siteVersionOfBuild(value: string): string | undefined {
  const build = buildOf(value);
  return build === undefined ? undefined : SITE_BUILDS.find(([known]) => known === build)?.[1];
}

/** The known builds, as a refusal lists them: `8458 = 1610, ..., 9135 = 2503`. */
export function knownBuilds(): string {
  return SITE_BUILDS.map(([build, version]) => `${build} = ${version}`).join(', ');
}

export function checkSiteVersion(value: string): Problem[] {
  const fromBuild = siteVersionOfBuild(value);
  if (fromBuild !== undefined) return checkSiteVersion(fromBuild);
  const build = buildOf(value);
  if (build !== undefined) return [error('SITE_VERSION_BUILD_UNKNOWN', { value, build, known: knownBuilds() })];
  if (!/^\d{4}$/.test(value)) return [error('SITE_VERSION_INVALID', { value, latest: LATEST_SITE_VERSION })];
  if ((KNOWN_SITE_VERSIONS as readonly string[]).includes(value)) return [];
  if (value > LATEST_SITE_VERSION) return [warning('SITE_VERSION_NEWER', { value, latest: LATEST_SITE_VERSION })];
  return [error('SITE_VERSION_UNKNOWN', { value, known: KNOWN_SITE_VERSIONS.join(', ') })];
}

/** Version strings are YYMM, so string order is release order. */
export function atLeast(siteVersion: string, minimum: string): boolean {
  return siteVersion >= minimum;
}

/**
 * The version where the CMG stopped being a pre-release feature. Before it, the hierarchy gives
 * consent and turns the feature on first: the "Pre-release features" page lists "Cloud management
 * gateway", added as pre-release in 1610, as a full feature in 1802 (MicrosoftDocs/SCCMdocs
 * sccm/core/servers/manage/pre-release-features.md at 44be5c77, table row "Cloud management gateway";
 * docs/reference/documented-facts.md F-RB-8, F-RB-11).
 */
export const CMG_GENERALLY_AVAILABLE = '1802';

export function cmgIsPreRelease(siteVersion: string): boolean {
  return !atLeast(siteVersion, CMG_GENERALLY_AVAILABLE);
}

/** The first site version with the scale-set CMG (pre-release in 2010 and 2103: documented-facts F-GW-3, F-RB-2). */
export const FIRST_VMSS_VERSION = '2010';
/** The scale-set CMG is a full feature from 2107 (documented-facts F-GW-3, F-RB-2). */
export const VMSS_GENERALLY_AVAILABLE = '2107';

/** 2010 and 2103: the scale-set CMG is a pre-release feature (consent first; standalone primary only, F-HIER-5). */
export function vmssIsPreRelease(siteVersion: string): boolean {
  return atLeast(siteVersion, FIRST_VMSS_VERSION) && !atLeast(siteVersion, VMSS_GENERALLY_AVAILABLE);
}

/** The CMG cmdlets (and -EnableCloudGateway) arrived in 1702; a 1610 site does all of it in the console. */
export const FIRST_CMG_CMDLET_VERSION = '1702';

export function hasCmgCmdlets(siteVersion: string): boolean {
  return siteVersion >= FIRST_CMG_CMDLET_VERSION;
}
