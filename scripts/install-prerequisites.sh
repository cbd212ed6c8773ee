#!/usr/bin/env bash
# Installs what ./run.sh and ./test.sh need on a fresh Debian machine: PostgreSQL, RabbitMQ and Redis server binaries,
# Node.js and npm (the build installs GOV.UK Frontend and axe-core from npm), and chromium (the browser tests drive
# Debian's, never a downloaded one). Nothing is started here: the AppHost and the test support start their own
# instances on private ports.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK 10 is required (https://dotnet.microsoft.com/download); 'dotnet' is not on PATH." >&2
  exit 1
fi

missing=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)

# tests/Deploy.Tests renders the Kubernetes overlays with kubectl's kustomize (v5, kubectl 1.27 or newer); Debian's own
# kubernetes-client is far older, so it is not installed from here.
if ! command -v kubectl >/dev/null 2>&1; then
  echo "kubectl 1.27 or newer is needed by tests/Deploy.Tests (https://kubernetes.io/docs/tasks/tools/); it is not on PATH." >&2
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (Debian packages)..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
