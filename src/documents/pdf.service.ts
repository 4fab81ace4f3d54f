import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AppError, ErrorCode } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** Flags for a headless Chromium on a closed network, run as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
const MAX_PAGES = 2;

/** The system Chromium on PATH (Debian installs `chromium`). */
export function findChromium(): string | undefined {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      const candidate = join(directory, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * Prints HTML documents to PDF with the system's Chromium (Debian's `chromium`, never a downloaded browser). One browser
 * stays warm and is relaunched if it dies; each job has a page to itself, kept open for the next job; at most two pages
 * print at once. Page size and margins come from each document's CSS @page.
 */
@Injectable()
export class PdfService implements OnApplicationShutdown {
  private readonly logger = new Logger('Pdf');
  private browser: Promise<Browser> | undefined;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Pages kept open between jobs: opening one costs about 0.5 s, more than printing a certificate. */
  private readonly idlePages: Page[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private launch(): Promise<Browser> {
    const executablePath = this.config.chromiumPath ?? findChromium();
    if (!executablePath) {
      throw new AppError(
        ErrorCode.Unavailable,
        'Máy chủ chưa cài trình duyệt Chromium để in PDF',
        'No Chromium is installed for PDF printing',
      );
    }
    // Loaded on the first print: playwright-core adds about 50 MB to a process that imports it.
    const launching = import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }),
    );
    launching.then(
      (browser) =>
        browser.on('disconnected', () => {
          this.browser = undefined;
          this.idlePages.length = 0;
        }),
      () => (this.browser = undefined),
    );
    return launching;
  }

  private async slot<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= MAX_PAGES) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  async print(html: string): Promise<Buffer> {
    return this.slot(async () => {
      this.browser ??= this.launch();
      let browser: Browser;
      try {
        browser = await this.browser;
      } catch (error) {
        this.logger.error(`Chromium did not start: ${(error as Error).message}`);
        throw new AppError(
          ErrorCode.Unavailable,
          'Không khởi động được trình duyệt để in PDF',
          'The PDF printer could not start',
        );
      }
      // Each job has a page to itself (at most MAX_PAGES exist); a page that failed is closed, never reused.
      const page = this.idlePages.pop() ?? (await browser.newPage());
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        this.idlePages.push(page);
        return pdf;
      } catch (error) {
        await page.close().catch(() => undefined);
        throw error;
      }
    });
  }

  /** After the background jobs have stopped (they may be printing). */
  async onApplicationShutdown(): Promise<void> {
    const browser = await this.browser?.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }
}
