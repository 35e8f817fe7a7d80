# The ConfigMgr stand-in, under the real module's name so that the scripts' own
# `Import-Module -Name ConfigurationManager` (and the SMS_ADMIN_UI_PATH form, which reads
# bin\i386\..\ConfigurationManager.psd1) load it. The harness decides when it is findable.
@{
    RootModule        = 'ConfigurationManager.psm1'
    ModuleVersion     = '5.0.0.0'
    GUID              = '6f1f6b43-4f31-4bd4-9a0b-8d0d5c1c0e10'
    Description       = 'Test stand-in for the Configuration Manager console module (cmg-setup tests).'
    PowerShellVersion = '5.1'
    FunctionsToExport = '*'
    CmdletsToExport   = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
