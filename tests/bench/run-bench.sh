#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Side-by-side simulation benchmark on ../shared/bench (see its README): the bare event loop
# sol.cpp, Debian's SimPy, and our engine, on the same tandem model, in one run.
# Usage: tests/bench/run-bench.sh [HORIZON] [SIMPY_HORIZON]
#   HORIZON        minutes simulated by sol and by our engine (default 2000000)
#   SIMPY_HORIZON  minutes for SimPy, which is far slower (default 50000); visits per second
#                  do not depend on the horizon, so the ratios stay fair.
# Environment: BUILD (default build/bench in the source tree, a Release build), JOBS_REPLICATIONS (default 8).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$SOURCE/../shared/bench}
BUILD=${BUILD:-$SOURCE/build/bench}
HORIZON=${1:-2000000}
SIMPY_HORIZON=${2:-50000}
REPS=${JOBS_REPLICATIONS:-8}

mkdir -p "$BUILD"
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$SOURCE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$BUILD/configure.log" 2>&1 ||
        { cat "$BUILD/configure.log"; exit 1; }
fi
nice -n 10 cmake --build "$BUILD" -j1 --target oi-bench-sim >"$BUILD/build.log" 2>&1 || { cat "$BUILD/build.log"; exit 1; }
g++ -O2 -std=c++20 "$SHARED/sol.cpp" -o "$BUILD/sol"

peak() {  # peak resident memory in kB of the command, from /usr/bin/time -v
    /usr/bin/time -v "$@" 2>"$BUILD/time.txt" >"$BUILD/out.txt"
    awk -F': ' '/Maximum resident set size/ {print $2}' "$BUILD/time.txt"
}
field() {  # value of key=value in a line
    echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {sub(/s$/, "", $2); print $2}'
}

SOL_RSS=$(peak "$BUILD/sol" "$HORIZON"); SOL=$(cat "$BUILD/out.txt")
SIMPY_RSS=$(peak /usr/bin/python3 "$SHARED/simpy_tandem.py" "$SIMPY_HORIZON"); SIMPY=$(cat "$BUILD/out.txt")
OURS_RSS=$(peak "$BUILD/tests/bench/oi-bench-sim" "$HORIZON" "$REPS"); OURS=$(head -1 "$BUILD/out.txt"); JOBS=$(tail -1 "$BUILD/out.txt")

echo "machine: $(nproc) cores, $(uname -srm)"
echo "$SOL peak_rss_kb=$SOL_RSS"
echo "$SIMPY peak_rss_kb=$SIMPY_RSS"
echo "$OURS"
echo "$JOBS (peak_rss_kb=$OURS_RSS for the whole benchmark process)"
OURS_VPS=$(field "$OURS" visits_per_s)
SOL_VPS=$(field "$SOL" visits_per_s)
SIMPY_VPS=$(field "$SIMPY" visits_per_s)
SPEEDUP=$(field "$JOBS" speedup)
awk -v o="$OURS_VPS" -v s="$SOL_VPS" -v p="$SIMPY_VPS" -v j="$SPEEDUP" 'BEGIN {
    printf "ratio ours/sol   = %.2f  (target >= 0.5)\n", o / s
    printf "ratio ours/simpy = %.1f  (target >= 20)\n", o / p
    printf "2 jobs / 1 job   = %.2f  (target >= 1.8)\n", j
}'
