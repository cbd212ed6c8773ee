#!/usr/bin/env bash
# Compiles the programs ./run.sh starts ahead of time (ReadyToRun, with the SDK's crossgen2), so that they do not first
# JIT-compile every library they load: on a small machine that is most of what starting the platform costs
# (docs/development.md, Start-up time). Each distinct assembly is compiled once and kept in a cache, so later runs
# compile only what changed. A build copies the IL assemblies back over the compiled ones; this puts them back again.
#
# Usage: scripts/ready-to-run.sh [program directory...]  (default: every program under src/, as built for Debug: the
# AppHost and what it starts, but not the dashboard or DCP, which come compiled)
# READY_TO_RUN_CACHE names the cache's directory (default ~/.cache/applatform/ready-to-run); what has gone unused for
# 30 days is deleted from it.
set -euo pipefail
shopt -s nullglob
root="$(cd "$(dirname "$0")/.." && pwd)"

programs=("$@")
if [ $# -eq 0 ]; then
  for config in "$root"/src/*/bin/Debug/net10.0/*.runtimeconfig.json; do programs+=("$(dirname "$config")"); done
fi

restore=$(dotnet msbuild "$root/scripts/crossgen2/Crossgen2.csproj" -restore -nologo -v:q \
  -t:ResolveFrameworkReferences\;ResolveReadyToRunCompilers -getItem:Crossgen2Tool 2>&1) || true
crossgen2=$(sed -n 's/^ *"FullPath": "\(.*\)",*$/\1/p' <<< "$restore")
if [ ! -x "$crossgen2" ]; then
  echo "The SDK's ReadyToRun compiler (crossgen2) could not be restored:" >&2
  echo "$restore" >&2
  exit 1
fi
version=$(basename "$(dirname "$(dirname "$crossgen2")")") # its package's version, as the runtime's: 10.0.12
# Compiled against the newest installed runtime of that version's line, the one the programs roll forward to.
newest() { printf '%s\n' "$@" | sort -V | tail -1; }
shared="$(dirname "$(readlink -f "$(command -v dotnet)")")/shared"
netcore=$(newest "$shared/Microsoft.NETCore.App/${version%.*}".*)
aspnetcore=$(newest "$shared/Microsoft.AspNetCore.App/${version%.*}".*)

# The cache, a directory per crossgen2 version (name a new one if the options below change): <sha256 of an IL
# assembly>.dll is its compiled copy, and <sha256>.compiled marks a compiled copy, so that one found in a program is
# left alone.
caches="${READY_TO_RUN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/applatform/ready-to-run}"
cache="$caches/$version"
mkdir -p "$cache"

# Against the program directory the assembly was found in. One that several programs hold is compiled against the
# first, and is right in the others too: only its own code is compiled, and the runtime checks every assumption it
# makes about another assembly (a type's layout, say), JIT-compiling any method whose assumptions no longer hold.
compile() { # <sha256> <IL assembly>
  local hash="$1" assembly="$2" output="$cache/$1.dll.$$" log="$cache/$1.log.$$" references=()
  for reference in "$(dirname "$assembly")"/*.dll; do
    [ "$reference" = "$assembly" ] || references+=(-r "$reference")
  done
  if "$crossgen2" "$assembly" -o "$output" -O "${references[@]}" -r "$netcore/*.dll" -r "$aspnetcore/*.dll" \
      > "$log" 2>&1; then
    touch "$cache/$(sha256sum "$output" | cut -d' ' -f1).compiled"
    mv "$output" "$cache/$hash.dll"
    rm -f "$log"
  else
    rm -f "$output"
    echo "crossgen2 could not compile $(basename "$assembly"), which stays IL this time: $log" >&2
  fi
}
export -f compile
export crossgen2 netcore aspnetcore cache

# What to compile: each IL assembly not compiled before, once however many programs hold it.
assemblies=() # "<sha256> <path>" of every assembly in the programs
declare -A pending=()
for program in "${programs[@]}"; do
  files=("$program"/*.dll)
  [ ${#files[@]} -gt 0 ] || { echo "$program holds no assemblies to compile." >&2; exit 2; }
  while read -r hash assembly; do
    assemblies+=("$hash $assembly")
    if [ ! -e "$cache/$hash.dll" ] && [ ! -e "$cache/$hash.compiled" ]; then
      pending[$hash]="$assembly"
    fi
  done < <(sha256sum "${files[@]}")
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
  fi
done
[ ${#used[@]} -eq 0 ] || touch "${used[@]}"

# Compiled copies unused for 30 days go with their marks, in every crossgen2 version's directory, and so do files an
# interrupted compile left behind; then any directory left empty.
while IFS= read -r -d '' old; do
  rm -f "$(dirname "$old")/$(sha256sum "$old" | cut -d' ' -f1).compiled" "$old"
done < <(find "$caches" -mindepth 2 -maxdepth 2 -name '*.dll' -mtime +30 -print0)
find "$caches" -mindepth 2 -maxdepth 2 \( -name '*.dll.*' -o -name '*.log.*' \) -mtime +1 -delete
find "$caches" -mindepth 1 -maxdepth 1 -type d -empty -delete
