#!/usr/bin/env bash
# Fails when the committed dist/ differs from a fresh bundle of the current sources.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run bundle >/dev/null
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ is stale: run 'npm run bundle' and commit dist/." >&2
  git status --short -- dist >&2
  git diff --stat -- dist >&2 || true
  exit 1
fi
echo "dist/ matches the sources."
