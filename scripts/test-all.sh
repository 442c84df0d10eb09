#!/usr/bin/env bash
# Everything CI runs, in CI's order: typecheck, lint, format, unit, build, e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }
step "typecheck";    npm run -s typecheck
step "lint";         npm run -s lint
step "format";       npm run -s format:check
step "unit tests";   npx vitest run
step "e2e tests";    npm run -s test:e2e
