#!/usr/bin/env bash
# The whole test suite: lint and formatting, type check, build, unit tests, then the e2e suite on SQLite and,
# when TEST_DATABASE_URL names a PostgreSQL database, the same e2e suite on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

export TZ=Asia/Ho_Chi_Minh
export NODE_OPTIONS=--experimental-vm-modules
jest=(node_modules/.bin/jest --ci)

echo "== lint"
npm run --silent lint
node scripts/check-imports.mjs
echo "== typecheck and build"
npm run --silent typecheck
npm run --silent build
echo "== unit tests"
"${jest[@]}" --selectProjects unit
echo "== e2e tests on SQLite"
E2E_DB=sqlite "${jest[@]}" --selectProjects e2e --runInBand
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== e2e tests on PostgreSQL"
  E2E_DB=postgres "${jest[@]}" --selectProjects e2e --runInBand
else
  echo "== e2e tests on PostgreSQL skipped: set TEST_DATABASE_URL=postgres://… to run them"
fi
