/**
 * The site's build number of each ConfigMgr current-branch version: what the console shows as the
 * site version (`5.00.9128.1000`) and the YYMM version an admin is asked for (`2403`).
 *
 * Source: MicrosoftDocs/memdocs `intune/configmgr/core/servers/manage/updates.md` at commit
 * 917a67af27f9020d37bca1af132d7abc2a565e73 (ms.date 12/04/2024), section "Version details",
 * tables "Supported versions" (2503, 2409) and "Historical versions" (2403 down to 1511): each
 * version is given with its build, e.g. "**2403** <br /> (5.00.9128)". From 1610, the first version
 * with a CMG (KNOWN_SITE_VERSIONS, site.ts): the table's 1511, 1602 and 1606 have none, and a build of
 * theirs is refused as any unknown build is. Versions released after that page (2509, 2603) have no
 * build there: their build is not known here either, and the refusal names this table.
 */
export const SITE_BUILDS: ReadonlyArray<readonly [build: number, version: string]> = [
  [8458, '1610'],
  [8498, '1702'],
  [8540, '1706'],
  [8577, '1710'],
  [8634, '1802'],
  [8692, '1806'],
  [8740, '1810'],
  [8790, '1902'],
  [8853, '1906'],
  [8913, '1910'],
  [8968, '2002'],
  [9012, '2006'],
  [9040, '2010'],
  [9049, '2103'],
  [9058, '2107'],
  [9068, '2111'],
  [9078, '2203'],
  [9088, '2207'],
  [9096, '2211'],
  [9106, '2303'],
  [9122, '2309'],
  [9128, '2403'],
  [9132, '2409'],
  [9135, '2503'],
];
