#!/usr/bin/env node
// Folders under src/ import downward only: this fails when two folders import each other (directly), naming the files
// that make each direction. A pair kept on purpose is listed in KEPT with its reason (and in docs/architecture.md).
// Tests (*.spec.ts) are left out: they may reach across to build what they check.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Pairs of folders that may import each other, with the reason. Keep in step with docs/architecture.md. */
const KEPT = new Map([]);

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) yield path;
  }
}

/** A file's folder: its first directory under src/ (files at the top of src/ are the app's wiring, not a folder). */
const folderOf = (path) => {
  const parts = relative(src, path).split('/');
  return parts.length > 1 ? parts[0] : null;
};

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;
const edges = new Map(); // "a -> b" => [file, ...]
for (const file of sourceFiles(src)) {
  const from = folderOf(file);
  if (!from) continue;
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(importPattern)) {
    const to = folderOf(resolve(dirname(file), specifier));
    if (!to || to === from) continue;
    const key = `${from} -> ${to}`;
    if (!edges.has(key)) edges.set(key, []);
    edges.get(key).push(`${relative(root, file)} imports ${specifier}`);
  }
}

const problems = [];
for (const key of edges.keys()) {
  const [a, b] = key.split(' -> ');
  if (a > b || !edges.has(`${b} -> ${a}`)) continue;
  if (KEPT.has(`${a} <-> ${b}`)) continue;
  problems.push(
    `${a} <-> ${b}\n` +
      [...edges.get(`${a} -> ${b}`), ...edges.get(`${b} -> ${a}`)].map((line) => `    ${line}`).join('\n'),
  );
}

// Longer loops too (a -> b -> c -> a): folders that reach each other through others.
const next = new Map();
for (const key of edges.keys()) {
  const [a, b] = key.split(' -> ');
  if (!KEPT.has(`${a} <-> ${b}`) && !KEPT.has(`${b} <-> ${a}`)) next.set(a, [...(next.get(a) ?? []), b]);
}
const reach = (from) => {
  const seen = new Set();
  const stack = [from];
  while (stack.length) {
    for (const to of next.get(stack.pop()) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
    }
  }
  return seen;
};
const loops = new Set();
for (const a of next.keys()) {
  const loop = [...reach(a)].filter((b) => b !== a && reach(b).has(a));
  if (loop.length > 1) loops.add([a, ...loop].sort().join(' -> '));
}
for (const loop of loops) problems.push(`a loop through ${loop}`);

if (problems.length > 0) {
  console.error(`Folders under src/ that import each other (${problems.length} pairs):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Folder imports run one way: ${edges.size} folder-to-folder imports, no pair both ways.`);
