#!/usr/bin/env bash
# Sets up what the project needs on a fresh Debian machine with Node 20, then runs a root script:
#   bash scripts/run.sh start   the demo on the built-in sample feed
#   bash scripts/run.sh test    every test, as CI runs them
# Installs pnpm 12 (globally, or through npx when the global prefix is not writable), Debian's
# chromium when no browser is found, and the workspace's packages from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12
pnpm_cmd=(pnpm)
if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version 2>/dev/null)" != ${PNPM_VERSION}.* ]]; then
  echo "run.sh: installing pnpm ${PNPM_VERSION}" >&2
  if ! npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}" >&2; then
    echo "run.sh: the global npm prefix is not writable; using npx pnpm@${PNPM_VERSION}" >&2
    pnpm_cmd=(npx --yes "pnpm@${PNPM_VERSION}")
  fi
  hash -r
fi

export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x "$CHROMIUM_PATH" ]]; then
  echo "run.sh: installing Debian's chromium for the browser tests" >&2
  sudo_cmd=()
  [[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get install -y --no-install-recommends chromium >&2 ||
    { "${sudo_cmd[@]}" apt-get update >&2 && "${sudo_cmd[@]}" apt-get install -y --no-install-recommends chromium >&2; }
fi

export STORYBOOK_DISABLE_TELEMETRY=1
"${pnpm_cmd[@]}" install --frozen-lockfile >&2
exec "${pnpm_cmd[@]}" run "$@"
