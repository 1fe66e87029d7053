#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Scaling out as users do it (docs/scaling.md): GNU parallel runs 4 shards of a simulation as 4
# processes, outsidein-cli merge joins them, and the merged result must be the one run of all
# replications exactly (processes, roles and the replication count).
# Usage: shards_parallel.sh OUTSIDEIN-CLI MODEL.oi.yaml
set -euo pipefail
cli=${1:?usage: shards_parallel.sh OUTSIDEIN-CLI MODEL}
model=${2:?usage: shards_parallel.sh OUTSIDEIN-CLI MODEL}
command -v parallel >/dev/null || { echo "shards_parallel: GNU parallel is not installed (Debian package parallel)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
common=(simulate "$model" --horizon 2000 --seed 11 --replications 3 --jobs 1 --format json)
# One shard per job: shard K runs replications 3K..3K+2, as a job array's task K would.
parallel --will-cite --halt now,fail=1 -j 4 \
    "$cli" "${common[@]}" --first-replication '{= $_ = 3 * $_ =}' -o "$work/shard-{}.json" ::: 0 1 2 3
"$cli" simulate "$model" --horizon 2000 --seed 11 --replications 12 --jobs 2 --format json -o "$work/whole.json"
"$cli" merge "$work"/shard-{0,1,2,3}.json --format json > "$work/merged.json"
python3 - "$work/merged.json" "$work/whole.json" <<'PY'
import json, sys
merged, whole = (json.load(open(p)) for p in sys.argv[1:3])
assert merged["replications"] == 12, merged["replications"]
for key in ("processes", "roles"):
    if merged[key] != whole[key]:
        sys.exit(f"shards_parallel: the merged {key} differ from one run of all replications")
print("shards_parallel: 4 shards of 3 replications merged equal one run of 12")
PY
