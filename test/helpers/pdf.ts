import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads a PDF as a person would check it: its text (poppler's pdftotext), page count and page size in points, and the
 * fonts it embeds (pdffonts), without their subset prefixes.
 */
export function inspectPdf(
  content: Buffer,
  artifact?: string,
): { text: string; pages: number; width: number; height: number; fonts: string[]; pageSizes: [number, number][] } {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'document.pdf');
  writeFileSync(file, content);
  if (artifact) {
    // Kept for people to look at (test-artifacts/ is ignored by git), as the PDF and as one PNG per page.
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync(join('test-artifacts', `${artifact}.pdf`), content);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join('test-artifacts', artifact)]);
  }
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  // Each page's size, for documents that mix portrait and landscape pages.
  const pageSizes = [
    ...execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' }).matchAll(
      /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g,
    ),
  ].map((match): [number, number] => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0])
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
  return {
    text,
    pages,
    width: Math.round(Number(width)),
    height: Math.round(Number(height)),
    fonts: [...new Set(fonts)].sort(),
    pageSizes,
  };
}

/** Collects a binary response body (superagent leaves unknown binary types unparsed). */
export function binary(response: NodeJS.ReadableStream, done: (error: Error | null, body: unknown) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * Every font of a document is one serif family with Times New Roman metrics (Liberation Serif 2, which has every
 * Vietnamese letter): a fallback font (DejaVu for "ộ", say) means a letter the family lacks.
 */
export function fallbackFonts(pdf: { fonts: string[] }): string[] {
  return pdf.fonts.filter((font) => !/^LiberationSerif(-(Bold|Italic|BoldItalic))?$/.test(font));
}

// jsqr is a CommonJS module whose export is the function itself, typed as its `default`.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

/** The text of the QR code on one page of a PDF, read from its image at 150 dpi as a phone would, or null. */
export function qrCodeOnPage(content: Buffer, page: number): string | null {
  const directory = mkdtempSync(join(tmpdir(), 'qr-'));
  const file = join(directory, 'document.pdf');
  writeFileSync(file, content);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '150',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    join(directory, 'page'),
  ]);
  const image = PNG.sync.read(readFileSync(join(directory, `page-${page}.png`)));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
