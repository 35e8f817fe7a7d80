#!/usr/bin/env bash
# Makes PowerShell 7.6.10 available to the PowerShell test suite and prints the pwsh to use.
# Idempotent and fast when it is already there: the .NET global tool's store folder names its
# version, so no pwsh is started for the check. Otherwise a pwsh on PATH is used if it is this
# version; else the global tool is installed (or moved to this version). 7.7.0 does not install
# as a global tool on the CI image: the version is pinned.
set -euo pipefail
VERSION=7.6.10
TOOLS="${HOME}/.dotnet/tools"
STORE="${TOOLS}/.store/powershell"

if [ -x "${TOOLS}/pwsh" ] && [ -d "${STORE}/${VERSION}" ]; then
  echo "${TOOLS}/pwsh"
  exit 0
fi
if command -v pwsh >/dev/null 2>&1; then
  found="$(command -v pwsh)"
  if [ "$("${found}" -NoLogo -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString()' 2>/dev/null | tr -d '\r')" = "${VERSION}" ]; then
    echo "${found}"
    exit 0
  fi
fi
if ! command -v dotnet >/dev/null 2>&1; then
  echo "ensure-pwsh: neither pwsh ${VERSION} nor the dotnet CLI to install it (dotnet tool install --global PowerShell --version ${VERSION})" >&2
  exit 1
fi
# Progress goes to stderr: stdout carries only the path.
if [ -d "${STORE}" ]; then
  dotnet tool update --global PowerShell --version "${VERSION}" --allow-downgrade >&2
else
  dotnet tool install --global PowerShell --version "${VERSION}" >&2
fi
if [ ! -x "${TOOLS}/pwsh" ] || [ ! -d "${STORE}/${VERSION}" ]; then
  echo "ensure-pwsh: PowerShell ${VERSION} is not in ${TOOLS} after the install" >&2
  exit 1
fi
echo "${TOOLS}/pwsh"
