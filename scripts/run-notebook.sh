#!/usr/bin/env bash
# Executes a Deno TypeScript notebook (default: examples/notebooks/outage-study.ipynb) for real, headless, with
# Deno's Jupyter kernel: the Deno binary comes from the npm devDependency `deno` (node_modules, no download),
# Jupyter from Debian. The kernel is registered in a temporary JUPYTER_PATH, so nothing is installed for the user
# and a kernel the user installed is not used. The executed notebook (with outputs) is written to OUTPUT.
#
#   scripts/run-notebook.sh [--install-deps] [NOTEBOOK] [OUTPUT]
#
#   --install-deps   first install Jupyter from Debian (needs root and the Debian mirror), for CI:
#                      apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y jupyter-nbconvert python3-ipykernel
#   NOTEBOOK         default examples/notebooks/outage-study.ipynb
#   OUTPUT           default out/notebooks/<name>.ipynb
#
# Environment: GAPTRACE_NOTEBOOK_TIMEOUT (seconds for the whole run, default 120; each cell also has at most that
# long), DENO (path of a deno binary to use instead of node_modules'), DENO_DIR (Deno's cache; default a temporary
# folder, so the run shows that nothing needs fetching).
#
# Exit status: 0 executed without error; 1 a cell failed or the run timed out; 2 bad arguments; 3 a tool is
# missing (the message says which and how to install it).
set -euo pipefail

APT_LINE='apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y jupyter-nbconvert python3-ipykernel'
root="$(cd "$(dirname "$0")/.." && pwd)"

install_deps=0
args=()
for a in "$@"; do
  case "$a" in
    --install-deps) install_deps=1 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run-notebook: unknown option $a" >&2; exit 2 ;;
    *) args+=("$a") ;;
  esac
done
[ "${#args[@]}" -le 2 ] || { echo "run-notebook: expecting at most NOTEBOOK and OUTPUT" >&2; exit 2; }

notebook="${args[0]:-$root/examples/notebooks/outage-study.ipynb}"
[ -f "$notebook" ] || { echo "run-notebook: no notebook at $notebook" >&2; exit 2; }
notebook="$(cd "$(dirname "$notebook")" && pwd)/$(basename "$notebook")"
name="$(basename "$notebook" .ipynb)"
output="${args[1]:-$root/out/notebooks/$name.ipynb}"
mkdir -p "$(dirname "$output")"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"

if [ "$install_deps" = 1 ] && ! command -v jupyter-nbconvert >/dev/null 2>&1; then
  echo "run-notebook: installing Jupyter from Debian: $APT_LINE"
  bash -c "$APT_LINE"
fi

if ! command -v jupyter >/dev/null 2>&1 || ! jupyter nbconvert --version >/dev/null 2>&1; then
  echo "run-notebook: Jupyter (jupyter nbconvert) is not installed. Install it from Debian with:" >&2
  echo "  $APT_LINE" >&2
  echo "or run this script with --install-deps." >&2
  exit 3
fi

# The deno npm package links its binary into node_modules/deno/ at install; without install scripts it is still
# in the platform package @deno/<os>-<arch>[-glibc].
deno="${DENO:-}"
if [ -z "$deno" ]; then
  for candidate in "$root/node_modules/deno/deno" "$root"/node_modules/@deno/*/deno; do
    if [ -x "$candidate" ]; then deno="$candidate"; break; fi
  done
fi
if [ -z "$deno" ] || ! "$deno" --version >/dev/null 2>&1; then
  echo "run-notebook: no working Deno binary in node_modules (the devDependency \"deno\"). Run: npm ci" >&2
  echo "  (or point DENO at a deno binary)" >&2
  exit 3
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/jupyter/kernels/deno"
# What `deno jupyter --install` writes, pointing at this binary, in a folder only this run sees.
cat > "$tmp/jupyter/kernels/deno/kernel.json" <<JSON
{
  "argv": ["$deno", "jupyter", "--kernel", "--conn", "{connection_file}"],
  "display_name": "Deno",
  "language": "typescript"
}
JSON

limit="${GAPTRACE_NOTEBOOK_TIMEOUT:-120}"
export JUPYTER_PATH="$tmp/jupyter"
export JUPYTER_RUNTIME_DIR="$tmp/runtime"
export DENO_DIR="${DENO_DIR:-$tmp/deno}"
export DENO_NO_UPDATE_CHECK=1
export DENO_NO_PROMPT=1
export NO_COLOR=1

echo "run-notebook: $("$deno" --version | head -n 1), $(jupyter nbconvert --version | head -n 1 | sed 's/^/nbconvert /')"
started=$(date +%s)
# nbconvert runs the kernel in the notebook's folder, so the notebook's relative imports and paths work.
status=0
timeout --kill-after=10 "$limit" jupyter nbconvert --to notebook --execute \
  --ExecutePreprocessor.kernel_name=deno \
  --ExecutePreprocessor.timeout="$limit" \
  --output-dir "$(dirname "$output")" --output "$(basename "$output")" \
  "$notebook" || status=$?
elapsed=$(( $(date +%s) - started ))
if [ "$status" = 124 ] || [ "$status" = 137 ]; then
  echo "run-notebook: timed out after ${limit}s (set GAPTRACE_NOTEBOOK_TIMEOUT to allow longer)" >&2
  exit 1
fi
if [ "$status" != 0 ]; then
  echo "run-notebook: executing $notebook failed (exit $status) after ${elapsed}s" >&2
  exit 1
fi
echo "run-notebook: executed $notebook in ${elapsed}s -> $output"
