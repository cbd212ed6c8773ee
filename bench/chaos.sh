#!/usr/bin/env bash
# The chaos run: a platform this starts itself (its own PostgreSQL, RabbitMQ, Redis and mail sink, Release builds, two
# replicas of each service) under a bounded load while replicas are killed and servers stopped; then a ledger of what
# was lost or repeated. Exits non-zero unless every such count is 0 and the backlog drains within 60 s of the last
# fault. Options: --quick (a smaller load and shorter faults, for a fast look). See docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh >/dev/null
dotnet build APPlatform.sln -c Release -nologo -v quiet >/dev/null
exec dotnet run --project bench/Chaos -c Release --no-build -- "$@"
