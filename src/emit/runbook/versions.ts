/**
 * The version where the CMG stopped being a pre-release feature. Before it, the hierarchy gives
 * consent and turns the feature on first: the "Pre-release features" page lists "Cloud management
 * gateway", added as pre-release in 1610, as a full feature in 1802 (MicrosoftDocs/SCCMdocs
 * sccm/core/servers/manage/pre-release-features.md at 44be5c77, table row "Cloud management gateway";
 * docs/reference/documented-facts.md F-RB-8, F-RB-11).
 */
export const CMG_GENERALLY_AVAILABLE = '1802';

/** Version strings are YYMM, so string order is release order. */
export function cmgIsPreRelease(siteVersion: string): boolean {
  return siteVersion < CMG_GENERALLY_AVAILABLE;
}
