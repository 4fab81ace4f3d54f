import { Global, Module } from '@nestjs/common';
import { DocumentRenderer } from './renderer.js';

/** One renderer for the whole app: the templates are compiled once. */
@Global()
@Module({ providers: [DocumentRenderer], exports: [DocumentRenderer] })
export class DocumentsModule {}
