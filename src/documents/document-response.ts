import { applyDecorators, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../access/access.js';
import { IsIn } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Optional } from '../common/dto-helpers.js';
import type { PdfService } from './pdf.service.js';

export const DOCUMENT_FORMATS = ['html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export class DocumentFormatQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_FORMATS, default: 'html' })
  @Optional()
  @IsIn(DOCUMENT_FORMATS)
  format?: DocumentFormat;
}

/**
 * The addresses of the documents the pages link to (decision, certificates, minutes, the yearly report): a browser that
 * opens one and is refused gets an error page, not the API's JSON.
 */
export const DOCUMENT_PATH =
  /^\/api\/(decisions\/\d+\/(document|certificates)|nominations\/\d+\/certificate|council-sessions\/\d+\/minutes|reports\/yearly)$/;

/** Answers with the document as HTML (shown inline) or printed to PDF (downloaded), with a Vietnamese-safe file name. */
export async function sendDocument(
  reply: FastifyReply,
  pdf: PdfService,
  format: DocumentFormat | undefined,
  html: string,
  fileName: string,
): Promise<string | Buffer> {
  if (format === 'pdf') {
    const printed = await pdf.print(html);
    void reply.header('content-type', 'application/pdf');
    void reply.header('content-disposition', `attachment; filename="${fileName}.pdf"`);
    return printed;
  }
  void reply.header('content-type', 'text/html; charset=utf-8');
  void reply.header('content-disposition', `inline; filename="${fileName}.html"`);
  return html;
}

/**
 * A route that answers with an official document as HTML or PDF (`?format=pdf`): any signed-in caller, whose scope the
 * service checks. The handler returns `sendDocument(…)`.
 */
export function DocumentEndpoint(path: string, summary: string): MethodDecorator {
  return applyDecorators(
    Get(path),
    Authenticated(),
    ApiOperation({ summary }),
    ApiProduces('text/html', 'application/pdf'),
    ApiOkResponse({
      description: 'The document: HTML to show (`format=html`, the default) or PDF to download (`format=pdf`)',
      content: {
        'text/html': { schema: { type: 'string' } },
        'application/pdf': { schema: { type: 'string', format: 'binary' } },
      },
    }),
    ApiUnprocessableEntityResponse({
      description: 'The document cannot be printed yet (the province has no name, say): the violation says what to do',
    }),
  );
}
