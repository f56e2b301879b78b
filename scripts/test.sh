#!/usr/bin/env bash
# `npm test`: the whole suite: type-check, vitest (unit, property, R-checked, browser and notebook tests), the API
# docs build (warnings are errors) and every runnable example. It installs nothing.
#
# Three tests drive real programs from Debian: headless Chromium (the HTML report), Jupyter with Deno's kernel
# (the example notebook) and a throwaway PostgreSQL server (the SQL first pass, test/sql). `.ci/run` installs them
# on CI. Where they are missing, this script says so loudly and those tests skip, except under CI=true, where a
# missing tool fails the run. To install them locally:
#   sudo apt-get install -y chromium fonts-noto-cjk jupyter-nbconvert python3-ipykernel postgresql
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-noto-cjk)
{ command -v jupyter >/dev/null 2>&1 && jupyter nbconvert --version >/dev/null 2>&1; } || missing+=(jupyter-nbconvert python3-ipykernel)
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=(postgresql)

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "npm test: ${missing[*]} missing; on CI, .ci/run installs them before the suite." >&2
    exit 1
  fi
  echo "npm test: WARNING: ${missing[*]} not installed;" >&2
  echo "          the browser, notebook or PostgreSQL tests they drive are SKIPPED. Install them with:" >&2
  echo "          sudo apt-get install -y ${missing[*]}" >&2
  [ -x /usr/bin/chromium ] || export GAPTRACE_SKIP_BROWSER=1
  { command -v jupyter >/dev/null 2>&1 && jupyter nbconvert --version >/dev/null 2>&1; } || export GAPTRACE_SKIP_NOTEBOOK=1
fi

npm run typecheck
npx vitest run
npm run docs
npm run examples
