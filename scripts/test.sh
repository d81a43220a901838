#!/usr/bin/env bash
# Every test of the project: formatting and lint, types, then the test suites against real servers.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-postgres.sh
bash scripts/ensure-mariadb.sh

echo "test: lint and format (biome)"
pnpm -s biome ci .

echo "test: typecheck (tsc, strict)"
pnpm -s typecheck

echo "test: the store's own schema docs (docs/database) match its migrations"
pnpm -s docs:store --check

echo "test: unit and integration tests (vitest)"
pnpm -s vitest run --maxWorkers=2

bash scripts/ensure-chromium.sh

echo "test: build the web app (vite)"
pnpm -s build:web >/dev/null

echo "test: browser journeys (Playwright in /usr/bin/chromium)"
pnpm -s e2e
