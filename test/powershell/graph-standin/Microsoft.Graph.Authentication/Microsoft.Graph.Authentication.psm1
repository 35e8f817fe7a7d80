# Stand-in: see ../graph.ps1.
. (Join-Path -Path (Split-Path -Path $PSScriptRoot -Parent) -ChildPath 'graph.ps1')
Export-ModuleMember -Function 'Connect-MgGraph', 'Get-MgContext'
