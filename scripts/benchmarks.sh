#!/usr/bin/env bash
# Runs CompetencyKit's benchmark suite and writes BENCHMARKS.md (see Benchmarks/scripts/run.py).
#
# Usage: scripts/benchmarks.sh [--quick] [--only SECTIONS] [--out FILE]
#   --quick          small sizes and few runs, for development (minutes, not an hour); writes
#                    Benchmarks/.build-work/BENCHMARKS-quick.md, never BENCHMARKS.md
#   --only SECTIONS  comma-separated: compile, plugin, parse, stress, cli
#   --out FILE       write the report here instead
# Environment: SWIFT and SWIFTC, the swift driver and compiler to use (default: on PATH).
#
# Needs python3 and /usr/bin/time (GNU time); uses hyperfine and valgrind when installed
# (Debian: apt-get install -y hyperfine valgrind time). A full run takes about an hour on a
# 2-core machine: it compiles generated code for frameworks of up to 20,000 components.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
command -v python3 >/dev/null || { echo "benchmarks.sh: python3 is required" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "benchmarks.sh: GNU time (/usr/bin/time) is required" >&2; exit 2; }
exec python3 "$ROOT/Benchmarks/scripts/run.py" "$@"
