// npm run bench: every benchmark, each measured side by side with its reference in the same run, in one table.
import { cpus } from 'node:os';
import { documentRows } from './documents.mjs';
import { importRows } from './import.mjs';
import { printTable, SECONDS } from './lib.mjs';
import { nominationRows } from './nominations.mjs';
import { pageRows } from './pages.mjs';
import { printRows } from './prints.mjs';
import { registerRows } from './register.mjs';

const rows = [
  ...(await nominationRows()),
  ...(await documentRows()),
  ...(await registerRows()),
  ...(await pageRows()),
  ...(await importRows()),
  ...(await printRows()),
];
printTable(
  `Benchmarks (${SECONDS} s per rate, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'})`,
  rows,
);
