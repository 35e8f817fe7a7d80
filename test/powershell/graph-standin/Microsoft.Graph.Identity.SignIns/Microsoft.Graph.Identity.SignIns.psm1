# Stand-in: see ../graph.ps1.
. (Join-Path -Path (Split-Path -Path $PSScriptRoot -Parent) -ChildPath 'graph.ps1')
Export-ModuleMember -Function 'Get-MgOauth2PermissionGrant', 'New-MgOauth2PermissionGrant', 'Update-MgOauth2PermissionGrant'
