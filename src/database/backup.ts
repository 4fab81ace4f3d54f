import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { AppConfig } from '../config/app-config.js';

const run = promisify(execFile);

/**
 * Backups (npm run backup / npm run restore): the database and the dossier files, in one directory with a manifest of
 * sha256 checksums. SQLite is copied with its online backup API (consistent while the app keeps writing); PostgreSQL
 * with pg_dump's custom format. Restore checks every checksum before it touches anything.
 */
export interface Manifest {
  createdAt: string;
  database: 'sqlite' | 'postgres';
  files: { path: string; sha256: string; size: number }[];
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function listFiles(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

const DATABASE_FILE = { sqlite: 'database.sqlite', postgres: 'database.dump' } as const;

/** Writes a backup into a new directory under `directory` and returns its path. */
export async function backup(config: AppConfig, directory: string, now = new Date()): Promise<string> {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const target = join(directory, `backup-${stamp}`);
  const partial = `${target}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const kind = config.database.kind;
  const databaseFile = join(partial, DATABASE_FILE[kind]);
  if (config.database.kind === 'sqlite') {
    if (!existsSync(config.database.path)) throw new Error(`No SQLite database at ${config.database.path}`);
    const db = new Database(config.database.path, { fileMustExist: true });
    try {
      await db.backup(databaseFile);
    } finally {
      db.close();
    }
  } else {
    // pg-boss's schema holds only jobs, which the records they act on recreate (pending e-mails, due reminders); its
    // partitioned tables also cannot be dropped and recreated by pg_restore --clean. It is left out, and left alone.
    await run('pg_dump', [
      '--format=custom',
      '--exclude-schema=pgboss',
      `--file=${databaseFile}`,
      `--dbname=${config.database.url}`,
    ]);
  }
  // Dossier files are content-addressed and never change once written: copying them after the database is safe.
  for (const file of await listFiles(config.attachmentsDir)) {
    const copy = join(partial, 'attachments', relative(config.attachmentsDir, file));
    await mkdir(dirname(copy), { recursive: true });
    await copyFile(file, copy);
  }
  const manifest: Manifest = { createdAt: now.toISOString(), database: kind, files: [] };
  for (const file of await listFiles(partial)) {
    manifest.files.push({
      path: relative(partial, file).split('\\').join('/'),
      sha256: await sha256(file),
      size: (await stat(file)).size,
    });
  }
  await writeFile(join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The directory gets its final name only when complete, so a crash never leaves a backup that looks whole.
  await rename(partial, target);
  return target;
}

/** Checks a backup's manifest against its files; returns the problems (empty when intact). */
export async function verify(source: string): Promise<{ manifest?: Manifest; problems: string[] }> {
  const manifestPath = join(source, 'manifest.json');
  if (!existsSync(manifestPath)) return { problems: [`${manifestPath} is missing`] };
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
  const problems: string[] = [];
  for (const file of manifest.files) {
    const path = join(source, file.path);
    if (!existsSync(path)) problems.push(`${file.path} is missing`);
    else if ((await sha256(path)) !== file.sha256) problems.push(`${file.path} does not match its checksum`);
  }
  if (!manifest.files.some((file) => file.path === DATABASE_FILE[manifest.database]))
    problems.push(`${DATABASE_FILE[manifest.database]} is not in the manifest`);
  return { manifest, problems };
}

/**
 * Restores a verified backup over the configured database and attachments directory. The app must be stopped. The
 * database kind must match the configuration. The SQLite file is replaced whole (its WAL and journal removed).
 */
export async function restore(config: AppConfig, source: string): Promise<Manifest> {
  const { manifest, problems } = await verify(source);
  if (!manifest || problems.length > 0) throw new Error(`The backup is damaged: ${problems.join('; ')}`);
  if (manifest.database !== config.database.kind) {
    throw new Error(`The backup is of ${manifest.database} but the configured database is ${config.database.kind}`);
  }
  const databaseFile = join(source, DATABASE_FILE[manifest.database]);
  if (config.database.kind === 'sqlite') {
    const path = config.database.path;
    await mkdir(dirname(path), { recursive: true });
    const incoming = join(dirname(path), `.${basename(path)}.restoring`);
    await copyFile(databaseFile, incoming);
    // Fresh planner statistics, so that the first user after the restore does not wait for a plan made blind.
    const restored = new Database(incoming);
    try {
      restored.exec('ANALYZE');
    } finally {
      restored.close();
    }
    for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${path}${suffix}`, { force: true });
    await rename(incoming, path);
  } else {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${config.database.url}`, databaseFile]);
    await run('psql', ['--quiet', `--dbname=${config.database.url}`, '--command=VACUUM ANALYZE']);
  }
  for (const file of manifest.files.filter((entry) => entry.path.startsWith('attachments/'))) {
    const target = join(config.attachmentsDir, file.path.slice('attachments/'.length));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(source, file.path), target);
  }
  return manifest;
}
