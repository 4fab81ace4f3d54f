import { Global, Module } from '@nestjs/common';
import { PdfService } from './pdf.service.js';
import { DocumentRenderer } from './renderer.js';

/** One renderer (templates compiled once) and one PDF printer (one warm browser) for the whole app. */
@Global()
@Module({ providers: [DocumentRenderer, PdfService], exports: [DocumentRenderer, PdfService] })
export class DocumentsModule {}
