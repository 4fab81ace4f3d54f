#!/usr/bin/env node
// Completes package-lock.json with the platform packages that npm could not resolve.
//
// The npm registry reachable here serves only some platform builds of packages with native binaries (@swc/core,
// unrs-resolver under Jest 30): npm then leaves the other platforms out of the lock file, and `npm ci` refuses the
// lock as out of sync ("Missing: @swc/core-darwin-arm64@ from lock file", npm/cli#4828). Recording each missing
// optional dependency as an optional entry lets `npm ci` install what this platform needs and skip the rest.
// Run it after changing dependencies: `npm run lock:complete`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    lock.packages[`node_modules/${name}`] = { version: range.replace(/^[\^~=]/, ''), optional: true };
    added.push(name);
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length ? `Recorded ${added.length} optional platform packages: ${added.join(', ')}` : 'Lock file complete.',
);
