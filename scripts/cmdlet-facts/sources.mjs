// Which pages the ConfigMgr stand-in is built from, and for which site versions each version of
// a page holds. Everything here is checked against the docs repository by the extractor: each
// evidence quote must be found verbatim at its commit, and each older commit must be the last one
// that documented the older syntax (the next change to the page changes the syntax).

export const DOCS_REPO = 'MicrosoftDocs/sccm-docs-powershell-ref';

/** Where a cmdlet's page has lived: today's folder, the 2017 move, and the 2016 layout. */
export const pagePaths = (cmdlet) => [`sccm-ps/ConfigurationManager/${cmdlet}.md`, `sccm-ps/${cmdlet}.md`, `sccm-cmdlets/ConfigurationManager/vlatest/${cmdlet}.md`];

/**
 * The cmdlets the generated scripts and the runbook call (issue 10's list, then issue 11's: the
 * scripted Azure onboarding, client settings, optional features, the service connection point,
 * boundary groups, docs/reference/documented-facts.md). The extractor adds any other `Verb-CM...`
 * name it finds in src/ and the golden files, so a cmdlet a later change emits is either
 * extracted or listed under missingPages.
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
  // Issue 11: the scripted onboarding of the Cloud Management Azure service (2010 release notes).
  'Import-CMAADServerApplication',
  'Import-CMAADClientApplication',
  'Get-CMAADApplication',
  'Get-CMAADTenant',
  'New-CMCloudManagementAzureService',
  'Set-CMCloudManagementAzureService',
  'Get-CMAzureService',
  'Remove-CMAzureService',
  // 2309: adds http://localhost to a server app made before 2309. No CM prefix; its page has an empty SYNTAX.
  'Set-UpdateServerApplication',
  // 2207 release notes only: no page in the docs repository, so the extraction lists them under missingPages.
  'New-CMAADServerApplication',
  'New-CMAADClientApplication',
  // Issue 11: connection point relinking, client settings, optional features, the service connection point, boundary groups.
  'Set-CMCloudManagementGatewayConnectionPoint',
  'Set-CMClientSettingCloudService',
  'Get-CMSiteFeature',
  'Enable-CMSiteFeature',
  'Get-CMServiceConnectionPoint',
  'Set-CMServiceConnectionPoint',
  'Set-CMBoundaryGroup',
];

/** Pages read only for the type names their examples use (CertificateStore). */
export const EXAMPLE_PAGES = ['New-CMCloudManagementGateway', 'Set-CMCloudManagementGateway'];

const RN_1702 = 'docs-conceptual/1702_Release_Notes.md';
const RN_2010 = 'docs-conceptual/2010-release-notes.md';
const RN_2207 = 'docs-conceptual/2207-release-notes.md';
const RN_2309 = 'docs-conceptual/2309-release-notes.md';
const CMG_PAGE = 'sccm-ps/ConfigurationManager/New-CMCloudManagementGateway.md';

/** The 2010 release notes list the new cmdlets for the scripted CMG onboarding. */
const cmgCmdletsFrom2010 = (cmdlet) => ({
  path: RN_2010,
  section: '### New cmdlets for CMG',
  quotes: [`- [${cmdlet}](/powershell/module/configurationmanager/${cmdlet})`],
});
/** A cmdlet that first appears in the 2010 release notes' list: absent before 2010, one range since. */
const from2010 = (cmdlet) => [{ until: '2010', absent: true, evidence: [cmgCmdletsFrom2010(cmdlet)] }, { from: '2010', commit: null, evidence: [cmgCmdletsFrom2010(cmdlet)] }];

/** 2207: "Added parameters VMSSVMSize and Version", on no version of the cmdlet page. */
const VMSS_PARAMETERS_2207 = {
  parameters: ['VMSSVMSize', 'Version'],
  check: 'absent',
  says: 'Release notes only: no SYNTAX block, no PARAMETERS entry, no type, no accepted values. A script cannot pass them unless (Get-Command New-CMCloudManagementGateway).Parameters has them.',
  evidence: [{ path: RN_2207, section: '### New-CMCloudManagementGateway', quotes: ['Added parameters **VMSSVMSize** and **Version** to support creating a cloud management gateway (CMG) using a virtual machine scale set.'] }],
};
/** 2309: -TenantId, described (mandatory, no parameter set, no Required field) but in no SYNTAX block. */
const TENANT_ID_2309 = {
  parameters: ['TenantId'],
  check: 'described-only',
  says: 'PARAMETERS calls it mandatory, SYNTAX has it in neither set: which set takes it is undocumented. Splat it only when (Get-Command New-CMCloudManagementGateway).Parameters has it, and check its ParameterSets there.',
  evidence: [
    { path: RN_2309, section: '### New-CMCloudManagementGateway', quotes: ['A new parameter, TenantId, has been added to the New-CMCloudManagementGateway cmdlet.'] },
    { path: CMG_PAGE, section: '### -TenantId', quotes: ['Mandatory parameter where tenantId needs to be added while creating cmg.'] },
  ],
};

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
const CMG_PAGE_2107 = '48cf632fb4b9ad92060012681a500478254de750'; // "platyps refresh module page": the last New-CMCloudManagementGateway page without -TenantId
const TENANT_ID_ADDED = 'bf9f4576172ac4cd1a91182ba2a5506853925efa'; // "Update New-CMCloudManagementGateway.md": describes -TenantId, in no SYNTAX block

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
      until: '2207',
      // -ServiceCertPassword mandatory; the page of 2021-09 (the syntax is the same until today's HEAD, the
      // next commit only adds -TenantId outside every set).
      commit: CMG_PAGE_2107,
      replacedBy: TENANT_ID_ADDED,
      evidence: [{ path: 'docs-conceptual/2107-release-notes.md', section: '### New-CMCloudManagementGateway', quotes: ['The **ServiceCertPassword** parameter is now required.'] }],
    },
    {
      from: '2207',
      until: '2309',
      // Same page, same syntax: 2207 adds -VMSSVMSize and -Version, which no version of the page documents.
      commit: CMG_PAGE_2107,
      replacedBy: TENANT_ID_ADDED,
      evidence: [VMSS_PARAMETERS_2207.evidence[0]],
      releaseNotes: [VMSS_PARAMETERS_2207],
    },
    {
      from: '2309',
      until: '2603',
      // -TenantId: described on the page, mandatory by its text, in no SYNTAX block.
      commit: null,
      evidence: [TENANT_ID_2309.evidence[0]],
      releaseNotes: [VMSS_PARAMETERS_2207, TENANT_ID_2309],
    },
    {
      from: '2603',
      // The docs repository has no 2603 release notes and the page still has -IsUsingExistingGroup in the
      // Interactive set only: the range rests on Microsoft Learn's "What's new in version 2603", recorded
      // below as external evidence that this extractor cannot check.
      commit: null,
      evidence: [],
      releaseNotes: [
        VMSS_PARAMETERS_2207,
        TENANT_ID_2309,
        {
          parameters: ['IsUsingExistingGroup', 'ServerAppClientId'],
          check: 'separate-sets',
          says: 'From 2603 the cmdlet takes both together (What\'s new), but no SYNTAX block has them together: the set that takes both is undocumented. Pass -IsUsingExistingGroup with -ServerAppClientId only when (Get-Command New-CMCloudManagementGateway).Parameters.IsUsingExistingGroup.ParameterSets has the set of -ServerAppClientId.',
          external: {
            source: 'https://learn.microsoft.com/en-us/intune/configmgr/core/plan-design/changes/whats-new-in-version-2603',
            msDate: '2026-08-05',
            readAs: 'stored copy of the rendered page (code search index, document id 70742123945); its source repository MicrosoftDocs/memdocs-pr is not public',
            says: ['The `New-CMCloudManagementGateway` PowerShell cmdlet now allows combining the `-IsUsingExistingGroup $true` parameter with `-ServerAppClientId`, enabling automated CMG deployment into existing Azure resource groups without requiring interactive credentials.'],
          },
        },
      ],
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
  'Set-CMCloudManagementGatewayConnectionPoint': [
    { until: '1702', absent: true, evidence: [cmgCmdletsFrom1702('Set-CMCloudManagementGatewayConnectionPoint')] },
    { from: '1702', commit: null },
  ],
  'Import-CMAADServerApplication': from2010('Import-CMAADServerApplication'),
  'Import-CMAADClientApplication': from2010('Import-CMAADClientApplication'),
  'Get-CMAADApplication': from2010('Get-CMAADApplication'),
  'New-CMCloudManagementAzureService': from2010('New-CMCloudManagementAzureService'),
  'Set-CMCloudManagementAzureService': from2010('Set-CMCloudManagementAzureService'),
  'Get-CMAzureService': from2010('Get-CMAzureService'),
  'Remove-CMAzureService': from2010('Remove-CMAzureService'),
  'Get-CMAADTenant': [
    { until: '2203', absent: true, evidence: [{ path: 'docs-conceptual/2203-release-notes.md', quotes: ['- Get-CMAADTenant<!-- ](/powershell/module/configurationmanager/Get-CMAADTenant) -->: Get an Azure Active Directory (Azure AD) tenant from the site.'] }] },
    { from: '2203', commit: null },
  ],
  'Set-UpdateServerApplication': [
    { until: '2309', absent: true, evidence: [{ path: RN_2309, section: '### Set-UpdateServerApplication', quotes: ["Use this cmdlet to add the missing URL 'http://localhost' to your existing server app."] }] },
    {
      from: '2309',
      // The page's SYNTAX section is empty: -TenantId is described ("It's a mandatory parameter") but in no
      // parameter set, so the stand-in built from these facts has no parameter at all. See documented-facts.md.
      commit: null,
      evidence: [
        { path: RN_2309, section: '### Set-UpdateServerApplication', quotes: ['SET-UpdateServerApplication -TenantId 1E7C0B63-1DAB-4754-8433-AF8F9CFFCF38'] },
        { path: 'sccm-ps/ConfigurationManager/Set-UpdateServerApplication.md', section: '### -TenantId', quotes: ["It's a mandatory parameter that user has to provide."] },
      ],
    },
  ],
  'Set-CMClientSettingCloudService': [
    { until: '1610', absent: true, evidence: [{ path: 'docs-conceptual/1610_Release_Notes.md', section: '### Client settings', quotes: ['*  Set-CMClientSettingCloudService'] }] },
    { from: '1610', commit: null },
  ],
  'Get-CMSiteFeature': [
    { until: '1706', absent: true, evidence: [{ path: 'docs-conceptual/1706_Release_Notes.md', section: '### Updates and servicing', quotes: ['- Get-CMSiteFeature'] }] },
    { from: '1706', commit: null },
  ],
  'Enable-CMSiteFeature': [
    { until: '1706', absent: true, evidence: [{ path: 'docs-conceptual/1706_Release_Notes.md', section: '### Updates and servicing', quotes: ['- Enable-CMSiteFeature'] }] },
    { from: '1706', commit: null },
  ],
};
