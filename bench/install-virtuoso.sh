#!/usr/bin/env bash
# Installs the Virtuoso open-source server binaries from Debian's packages, for the peer benchmark.
# Only the binaries (virtuoso-t, isql-vt): no system service is set up or started, no password is
# asked; bench/virtuoso.sh runs a private instance bound to 127.0.0.1 in a folder under /tmp.
set -euo pipefail
if command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then
    echo "virtuoso already installed: $(command -v virtuoso-t)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin
command -v virtuoso-t && command -v isql-vt
virtuoso-t +? 2>&1 | head -1 || true
