// npm run backup [-- DIRECTORY]: a consistent copy of the database and the dossier files, with sha256 checksums.
// npm run restore -- BACKUP_DIRECTORY: checks the checksums, then puts the backup in place (stop the app first).
import { loadConfig } from '../config/app-config.js';
import { backup, restore } from '../database/backup.js';
import { join } from 'node:path';

const [command, argument] = process.argv.slice(2);
try {
  const config = loadConfig();
  if (command === 'backup') {
    const directory = argument ?? process.env.BACKUP_DIR ?? join(config.dataDir, 'backups');
    console.log(`Backup written to ${await backup(config, directory)}`);
  } else if (command === 'restore' && argument) {
    const manifest = await restore(config, argument);
    console.log(
      `Restored the ${manifest.database} backup of ${manifest.createdAt} (${manifest.files.length} files checked)`,
    );
  } else {
    console.error('Usage: npm run backup [-- DIRECTORY] | npm run restore -- BACKUP_DIRECTORY');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
