// Which pages the ConfigMgr stand-in is built from, and for which site versions each version of
// a page holds. Everything here is checked against the docs repository by the extractor: each
// evidence quote must be found verbatim at its commit, and each older commit must be the last one
// that documented the older syntax (the next change to the page changes the syntax).

export const DOCS_REPO = 'MicrosoftDocs/sccm-docs-powershell-ref';

/** Where a cmdlet's page has lived: today's folder, the 2017 move, and the 2016 layout. */
export const pagePaths = (cmdlet) => [`sccm-ps/ConfigurationManager/${cmdlet}.md`, `sccm-ps/${cmdlet}.md`, `sccm-cmdlets/ConfigurationManager/vlatest/${cmdlet}.md`];

/**
 * The cmdlets the generated scripts and the runbook call (issue 10's list). The extractor adds
 * any other `Verb-CM...` name it finds in src/ and the golden files, so a cmdlet a later change
 * emits is either extracted or listed under missingPages.
 */
export const CMDLETS = [
  'New-CMCloudManagementGateway',
  'Get-CMCloudManagementGateway',
  'Remove-CMCloudManagementGateway',
  'Get-CMSite',
  'Set-CMSite',
  'Get-CMSiteSystemServer',
  'Set-CMSiteSystemServer',
  'Get-CMCloudManagementGatewayConnectionPoint',
  'Add-CMCloudManagementGatewayConnectionPoint',
  'Remove-CMCloudManagementGatewayConnectionPoint',
  'Get-CMManagementPoint',
  'Set-CMManagementPoint',
  'Get-CMSoftwareUpdatePoint',
  'Set-CMSoftwareUpdatePoint',
  'Get-CMDistributionPoint',
  'Set-CMDistributionPoint',
];

/** Pages read only for the type names their examples use (CertificateStore). */
export const EXAMPLE_PAGES = ['New-CMCloudManagementGateway', 'Set-CMCloudManagementGateway'];

const RN_1702 = 'docs-conceptual/1702_Release_Notes.md';

/** The 1702 release notes list the first CMG cmdlets. */
const cmgCmdletsFrom1702 = (cmdlet) => ({
  path: RN_1702,
  section: '### Cloud management gateway cmdlets',
  quotes: ['New cmdlets have been added for configuring cloud management gateway site roles.', `-   ${cmdlet}`],
});

/** The commit that replaced each older syntax, named once. */
const PLATYPS_2010 = '8b5bd331c5f6fb4165806afc528b74c907dd8898'; // "2010 platyps initial run"
const PLATYPS_2107 = 'c74b3f4574af7a8a480adb998b311f6eeeb3e856'; // "run platyps for 2107"
const GENERATED_2017 = '6c9c0c1209f00aa4cc267fd6555650bb11a6c5e6'; // "Attempting to bring up-to-date with latest generated pages." (the 1702 cmdlets)

/**
 * Site-version ranges (from inclusive, until exclusive; versions as YYMM strings) for the
 * cmdlets whose syntax changed in a way the scripts depend on. `commit: null` is the extraction
 * commit. A range with `absent: true` has no such cmdlet. Cmdlets not listed here have one
 * range, every version, from the extraction commit.
 */
export const EPOCHS = {
  'New-CMCloudManagementGateway': [
    { until: '1702', absent: true, evidence: [cmgCmdletsFrom1702('New-CMCloudManagementGateway')] },
    {
      from: '1702',
      until: '2010',
      // The last page with the one-set syntax (management certificate, ServiceCName, RootCertificatePath,
      // GovernmentSubscription) that the classic scripts use.
      commit: '0f13e1760288a1df5056d3dc23ce469fa60de1d4',
      replacedBy: PLATYPS_2010,
      evidence: [
        { path: 'sccm-ps/ConfigurationManager/New-CMCloudManagementGateway.md', quotes: ['Starting in version 2010, the following parameters were removed from this cmdlet:'] },
        { path: 'docs-conceptual/2010-release-notes.md', section: '### New-CMCloudManagementGateway', quotes: ['The following parameters are removed from this cmdlet:', '- ServiceCName', '- GovernmentSubscription'] },
      ],
      // EnvironmentSetting appears on this page only from 403c29a (2020-02-20, "platyps updates"), with no
      // release note naming the version that added it: the stand-in accepts it on every version of this range.
    },
    {
      from: '2010',
      until: '2107',
      // 2010 to 2103: two parameter sets, -ServiceCertPassword still optional.
      commit: '4c2bedef5af5e048b506ea597a869fc80833b15d',
      replacedBy: PLATYPS_2107,
      evidence: [
        { path: 'docs-conceptual/2010-release-notes.md', section: '### New-CMCloudManagementGateway', quotes: ['The following parameters are new:', '- ServiceCertPath'] },
        { path: 'docs-conceptual/2107-release-notes.md', section: '### New-CMCloudManagementGateway', quotes: ['The **ServiceCertPassword** parameter is now required.'] },
      ],
    },
    {
      from: '2107',
      commit: null,
      evidence: [{ path: 'docs-conceptual/2107-release-notes.md', section: '### New-CMCloudManagementGateway', quotes: ['The **ServiceCertPassword** parameter is now required.'] }],
    },
  ],
  'Get-CMCloudManagementGateway': [{ until: '1702', absent: true, evidence: [cmgCmdletsFrom1702('Get-CMCloudManagementGateway')] }, { from: '1702', commit: null }],
  'Remove-CMCloudManagementGateway': [{ until: '1702', absent: true, evidence: [cmgCmdletsFrom1702('Remove-CMCloudManagementGateway')] }, { from: '1702', commit: null }],
  'Get-CMCloudManagementGatewayConnectionPoint': [{ until: '1702', absent: true, evidence: [cmgCmdletsFrom1702('Get-CMCloudManagementGatewayConnectionPoint')] }, { from: '1702', commit: null }],
  'Add-CMCloudManagementGatewayConnectionPoint': [{ until: '1702', absent: true, evidence: [cmgCmdletsFrom1702('Add-CMCloudManagementGatewayConnectionPoint')] }, { from: '1702', commit: null }],
  'Remove-CMCloudManagementGatewayConnectionPoint': [{ until: '1702', absent: true, evidence: [cmgCmdletsFrom1702('Remove-CMCloudManagementGatewayConnectionPoint')] }, { from: '1702', commit: null }],
  'Set-CMManagementPoint': [
    {
      until: '1702',
      // Before -EnableCloudGateway.
      commit: '0205e569abecf1b4e1b2b342947b87a3691b29a5',
      replacedBy: GENERATED_2017,
      evidence: [{ path: RN_1702, quotes: ['Cmdlets for configuring management points and software update points have added the *EnableCloudGateway* parameter'] }],
    },
    { from: '1702', commit: null, evidence: [{ path: RN_1702, quotes: ['Cmdlets for configuring management points and software update points have added the *EnableCloudGateway* parameter'] }] },
  ],
  'Set-CMSoftwareUpdatePoint': [
    {
      until: '1702',
      commit: '0205e569abecf1b4e1b2b342947b87a3691b29a5',
      replacedBy: GENERATED_2017,
      evidence: [{ path: RN_1702, quotes: ['Cmdlets for configuring management points and software update points have added the *EnableCloudGateway* parameter'] }],
    },
    { from: '1702', commit: null, evidence: [{ path: RN_1702, quotes: ['Cmdlets for configuring management points and software update points have added the *EnableCloudGateway* parameter'] }] },
  ],
  'Set-CMDistributionPoint': [
    {
      until: '1702',
      // Before -AllowProxyTraffic.
      commit: '0205e569abecf1b4e1b2b342947b87a3691b29a5',
      replacedBy: GENERATED_2017,
      evidence: [{ path: RN_1702, section: '### Set-CMDistributionPoint', quotes: ['Added *AllowProxyTraffic* parameter.'] }],
    },
    { from: '1702', commit: null, evidence: [{ path: RN_1702, section: '### Set-CMDistributionPoint', quotes: ['Added *AllowProxyTraffic* parameter.'] }] },
  ],
};
