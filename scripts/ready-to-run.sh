#!/usr/bin/env bash
# Compiles the programs ./run.sh starts ahead of time (ReadyToRun, with the SDK's crossgen2), so that they do not first
# JIT-compile every library they load: on a small machine that is most of what starting the platform costs
# (docs/development.md, Start-up time). Each distinct assembly is compiled once and kept in a cache, so later runs
# compile only what changed. A build copies the IL assemblies back over the compiled ones; this puts them back again.
#
# Usage: scripts/ready-to-run.sh [program directory...]   (default: every program under src/, as built for Debug)
# READY_TO_RUN_CACHE names the cache (default ~/.cache/applatform/ready-to-run); entries unused for 30 days go.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  for config in "$root"/src/*/bin/Debug/net10.0/*.runtimeconfig.json; do programs+=("$(dirname "$config")"); done
fi

crossgen2=$(dotnet msbuild "$root/scripts/crossgen2/Crossgen2.csproj" -restore -nologo -v:q \
  -t:ResolveFrameworkReferences\;ResolveReadyToRunCompilers -getItem:Crossgen2Tool | sed -n 's/^ *"FullPath": "\(.*\)",*$/\1/p')
[ -x "$crossgen2" ] || { echo "The SDK's ReadyToRun compiler (crossgen2) could not be restored." >&2; exit 1; }
version=$(basename "$(dirname "$(dirname "$crossgen2")")") # its package's version, as the runtime's: 10.0.12
# Compiled against the newest installed runtime of that version's line, the one the programs roll forward to.
shared="$(dirname "$(readlink -f "$(command -v dotnet)")")/shared"
netcore=$(ls -d "$shared/Microsoft.NETCore.App/${version%.*}".* | sort -V | tail -1)
aspnetcore=$(ls -d "$shared/Microsoft.AspNetCore.App/${version%.*}".* | sort -V | tail -1)

# The cache, by crossgen2's version: <sha256 of an IL assembly>.dll is its compiled copy, and <sha256>.compiled marks
# a compiled copy, so that one found in a program is left alone.
cache="${READY_TO_RUN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/applatform/ready-to-run}/$version"
mkdir -p "$cache"

compile() { # <sha256> <IL assembly>: against the program directory it is in, and the shared frameworks.
  local hash="$1" assembly="$2" output="$cache/$1.dll.$$" references=()
  for reference in "$(dirname "$assembly")"/*.dll; do
    [ "$reference" = "$assembly" ] || references+=(-r "$reference")
  done
  if "$crossgen2" "$assembly" -o "$output" -O "${references[@]}" -r "$netcore/*.dll" -r "$aspnetcore/*.dll" \
      > "$cache/$hash.log" 2>&1; then
    touch "$cache/$(sha256sum "$output" | cut -d' ' -f1).compiled"
    mv "$output" "$cache/$hash.dll"
    rm "$cache/$hash.log"
  else
    rm -f "$output"
    echo "crossgen2 could not compile $(basename "$assembly"), which stays IL this time: $cache/$hash.log" >&2
  fi
}
export -f compile
export crossgen2 netcore aspnetcore cache

# What to compile: each IL assembly not compiled before, once however many programs hold it.
assemblies=() # "<sha256> <path>" of every assembly in the programs
declare -A pending=()
for program in "${programs[@]}"; do
  while read -r hash assembly; do
    assemblies+=("$hash $assembly")
    if [ ! -e "$cache/$hash.dll" ] && [ ! -e "$cache/$hash.compiled" ]; then
      pending[$hash]="$assembly"
    fi
  done < <(sha256sum "$program"/*.dll)
done

if [ ${#pending[@]} -gt 0 ]; then
  count="${#pending[@]} assemblies"; [ ${#pending[@]} -gt 1 ] || count="1 assembly"
  echo "Compiling $count ahead of time (ReadyToRun; kept in $cache for later runs)..."
  started=$SECONDS
  for hash in "${!pending[@]}"; do printf '%s\0%s\0' "$hash" "${pending[$hash]}"; done \
    | xargs -0 -n 2 -P "$(nproc)" bash -c 'compile "$@"' compile
  echo "Compiled in $((SECONDS - started)) s."
fi

# Each IL assembly replaced by its compiled copy: renamed into place, so a program still running keeps its old file.
used=()
for entry in "${assemblies[@]}"; do
  hash="${entry%% *}" assembly="${entry#* }"
  if [ -e "$cache/$hash.dll" ]; then
    cp "$cache/$hash.dll" "$assembly.ready-to-run"
    mv -f "$assembly.ready-to-run" "$assembly"
    used+=("$cache/$hash.dll")
  elif [ -e "$cache/$hash.compiled" ]; then
    used+=("$cache/$hash.compiled")
  fi
done
[ ${#used[@]} -eq 0 ] || touch "${used[@]}"
find "$cache" -type f -mtime +30 -delete
