import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reads a PDF as a person would check it: its text (poppler's pdftotext), page count and page size in points. */
export function inspectPdf(
  content: Buffer,
  artifact?: string,
): { text: string; pages: number; width: number; height: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'document.pdf');
  if (artifact) {
    // Kept for people to look at (test-artifacts/ is ignored by git).
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync(join('test-artifacts', `${artifact}.pdf`), content);
  }
  writeFileSync(file, content);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  return { text, pages, width: Math.round(Number(width)), height: Math.round(Number(height)) };
}

/** Collects a binary response body (superagent leaves unknown binary types unparsed). */
export function binary(response: NodeJS.ReadableStream, done: (error: Error | null, body: unknown) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}
