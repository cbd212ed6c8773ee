#!/usr/bin/env bash
# Starts the whole platform: installs what is missing, builds, and runs the AppHost (./run.sh --help for options).
# Ctrl+C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-prerequisites.sh
echo "Building..."
dotnet build src/AppHost/AppHost.csproj --nologo -clp:ErrorsOnly -v:q
exec dotnet src/AppHost/bin/Debug/net10.0/AppHost.dll "$@"
