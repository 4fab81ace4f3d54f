// Peak memory of the app while it imports 100,000 people from one CSV file (the people import, all or nothing).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { department, memoryOf, startApp } from './lib.mjs';

const PEOPLE = Number(process.env.BENCH_IMPORT_PEOPLE ?? 100_000);

export async function importRows() {
  const directory = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const { child, base } = await startApp(directory);
  try {
    const { admin } = await department(base);
    const categories = ['worker', 'farmer', 'civil_servant', 'leader', 'direct_labourer', 'other'];
    const lines = ['fullName,gender,birthYear,position,unitCode,category'];
    for (let i = 0; i < PEOPLE; i++)
      lines.push(
        `Nguyễn Văn Số ${i},${i % 2 ? 'male' : 'female'},${1960 + (i % 40)},Chuyên viên,BENCH,${categories[i % 6]}`,
      );
    const csv = Buffer.from(`${lines.join('\n')}\n`);
    const before = memoryOf(child.pid);
    const form = new FormData();
    form.append('file', new Blob([csv]), 'people.csv');
    const started = performance.now();
    const response = await fetch(`${base}/api/people/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: form,
    });
    const result = await response.json();
    if (response.status !== 201) throw new Error(`import: ${response.status} ${JSON.stringify(result).slice(0, 300)}`);
    const seconds = (performance.now() - started) / 1000;
    const after = memoryOf(child.pid);
    return [
      [
        `peak RSS importing ${result.imported.toLocaleString('en')} people (${(csv.length / 1e6).toFixed(1)} MB CSV, ${seconds.toFixed(1)} s)`,
        `${after.peak.toFixed(0)} MB`,
        `${before.rss.toFixed(0)} MB at rest`,
        `${(after.peak / 300).toFixed(2)}× of the budget`,
        '≤ 300 MB',
      ],
    ];
  } finally {
    child.kill('SIGTERM');
  }
}
