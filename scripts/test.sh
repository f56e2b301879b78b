#!/usr/bin/env bash
# `npm test`: the whole suite: type-check, vitest (unit, property, R-checked, browser and notebook tests), the API
# docs build (warnings are errors) and every runnable example.
#
# Two tests drive real programs from Debian: headless Chromium (the HTML report) and Jupyter with Deno's kernel
# (the example notebook). When they are missing, this script installs them if it can (root with apt-get, as on
# CI); otherwise it says so loudly and skips those two tests, except under CI=true, where a missing tool fails.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-noto-cjk)
{ command -v jupyter-nbconvert >/dev/null 2>&1 && python3 -c "import ipykernel" >/dev/null 2>&1; } || missing+=(jupyter-nbconvert python3-ipykernel)

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "npm test: installing ${missing[*]} from Debian for the browser and notebook tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif [ "${CI:-}" = "true" ]; then
    echo "npm test: ${missing[*]} missing and cannot be installed here (not root, or no apt-get)." >&2
    exit 1
  else
    echo "npm test: WARNING: ${missing[*]} not installed and cannot be installed without root;" >&2
    echo "          the browser and notebook tests are SKIPPED. Install them with:" >&2
    echo "          sudo apt-get install -y ${missing[*]}" >&2
    [ -x /usr/bin/chromium ] || export GAPTRACE_SKIP_BROWSER=1
    { command -v jupyter-nbconvert >/dev/null 2>&1 && python3 -c "import ipykernel" >/dev/null 2>&1; } || export GAPTRACE_SKIP_NOTEBOOK=1
  fi
fi

npm run typecheck
npx vitest run
npm run docs
npm run examples
