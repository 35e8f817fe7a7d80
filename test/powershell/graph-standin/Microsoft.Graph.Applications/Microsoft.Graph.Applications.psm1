# Stand-in: see ../graph.ps1.
. (Join-Path -Path (Split-Path -Path $PSScriptRoot -Parent) -ChildPath 'graph.ps1')
Export-ModuleMember -Function 'Get-MgApplication', 'New-MgApplication', 'Update-MgApplication', 'Add-MgApplicationPassword', 'Get-MgServicePrincipal', 'New-MgServicePrincipal', 'Get-MgServicePrincipalAppRoleAssignment', 'New-MgServicePrincipalAppRoleAssignment'
