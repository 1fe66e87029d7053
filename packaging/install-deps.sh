#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The one place that lists the Debian 12 packages Outside-In Studio needs to build, test and run.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libgl1-mesa-dev
  libyaml-cpp-dev libsqlite3-dev
  qt6-declarative-dev qml6-module-qtquick qml6-module-qtqml-workerscript qt6-declarative-dev-tools
  qt6-qpa-plugins xvfb xauth clang-format python3-simpy desktop-file-utils appstream poppler-utils
  # shards of a simulation run side by side in one test, as users scale out (docs/scaling.md)
  parallel
  # the fuzz harnesses (tests/fuzz/run.sh): clang, its libFuzzer and sanitizer runtimes, the symbolizer
  clang libclang-rt-dev llvm
)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js runs bpmn-moddle (the parser of bpmn.io) over our BPMN exports in one test. A node and
# npm already on the PATH (e.g. Node 20 with its own npm) are used as they are: Debian's npm package
# conflicts with such an npm, so Debian's nodejs and npm are installed only when there is none.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
else
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The npm packages come from the committed lock file, exactly.
(cd "$(dirname "$0")/../tests/bpmn" && npm ci --no-audit --no-fund --loglevel=error)
