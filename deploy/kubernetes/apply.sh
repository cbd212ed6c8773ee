#!/usr/bin/env bash
# Deploys an overlay without Argo CD, migrations first: deploy/kubernetes/apply.sh production
# (Argo CD does the same by itself: the migration Jobs are PreSync hooks.)
#  1. everything but the platform's own workloads: the servers, secrets, configuration, policies, and the migration
#     Jobs (a Job's template cannot change, so the last release's Jobs are deleted first);
#  2. wait for every migration to complete: the old version keeps serving meanwhile, as expand-and-contract
#     migrations allow (docs/deploy.md, "Upgrades");
#  3. the rest: the Deployments roll, one new replica ready before an old one stops.
# The Deployments never migrate (Database__MigrateOnStartup=false), so no replica races a Job or another replica.
set -euo pipefail
overlay=${1:?"which overlay: local, staging or production"}
here=$(cd "$(dirname "$0")" && pwd)
rendered=$(mktemp)
trap 'rm -f "$rendered"' EXIT
kubectl kustomize "$here/overlays/$overlay" > "$rendered"

kubectl delete job --namespace applatform --selector applatform/tier=migration --ignore-not-found --wait
kubectl apply --filename "$rendered" --selector 'applatform/tier notin (service,web,gateway)'
kubectl wait --namespace applatform --for=condition=complete job --selector applatform/tier=migration --timeout=15m
kubectl apply --filename "$rendered"
