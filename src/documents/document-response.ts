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
/** Documents officers edit before signing (the decision, the Tờ trình) also come as Word files. */
export const EDITABLE_DOCUMENT_FORMATS = ['html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof EDITABLE_DOCUMENT_FORMATS)[number];

export class DocumentFormatQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_FORMATS, default: 'html' })
  @Optional()
  @IsIn(DOCUMENT_FORMATS)
  format?: (typeof DOCUMENT_FORMATS)[number];
}

export class EditableDocumentFormatQuery {
  @ApiPropertyOptional({ enum: EDITABLE_DOCUMENT_FORMATS, default: 'html' })
  @Optional()
  @IsIn(EDITABLE_DOCUMENT_FORMATS)
  format?: DocumentFormat;
}

export const CERTIFICATE_LAYOUTS = ['framed', 'preprinted'] as const;
export type CertificateLayout = (typeof CERTIFICATE_LAYOUTS)[number];

export class CertificateQuery extends DocumentFormatQuery {
  @ApiPropertyOptional({
    enum: CERTIFICATE_LAYOUTS,
    default: 'framed',
    description:
      '`preprinted` prints only the variable text, at the calibrated positions, for pre-printed blanks (phôi bằng khen)',
  })
  @Optional()
  @IsIn(CERTIFICATE_LAYOUTS)
  layout?: CertificateLayout;
}

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The addresses of the documents the pages link to (decision, certificates, minutes, the yearly report): a browser that
 * opens one and is refused gets an error page, not the API's JSON.
 */
export const DOCUMENT_PATH =
  /^\/api\/(decisions\/\d+\/(document|certificates)|certificates\/calibration|proposals\/\d+\/document|nominations\/\d+\/certificate|council-sessions\/\d+\/minutes|reports\/yearly|register)$/;

/**
 * Answers with the document as HTML (shown inline), printed to PDF or written as Word (downloaded), with a
 * Vietnamese-safe file name. `html` and `word` make the document on demand, so only the asked format is built.
 */
export async function sendDocument(
  reply: FastifyReply,
  pdf: PdfService,
  format: DocumentFormat | undefined,
  html: string | (() => Promise<string>),
  fileName: string,
  word?: () => Promise<Buffer>,
): Promise<string | Buffer> {
  if (format === 'docx' && word) {
    const file = await word();
    void reply.header('content-type', WORD_TYPE);
    void reply.header('content-disposition', `attachment; filename="${fileName}.docx"`);
    return file;
  }
  if (typeof html === 'function') html = await html();
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
export function DocumentEndpoint(path: string, summary: string, options: { word?: boolean } = {}): MethodDecorator {
  const types = ['text/html', 'application/pdf', ...(options.word ? [WORD_TYPE] : [])];
  return applyDecorators(
    Get(path),
    Authenticated(),
    ApiOperation({ summary }),
    ApiProduces(...types),
    ApiOkResponse({
      description: options.word
        ? 'The document: HTML to show (`format=html`, the default), PDF (`format=pdf`) or Word (`format=docx`) to download'
        : 'The document: HTML to show (`format=html`, the default) or PDF to download (`format=pdf`)',
      content: Object.fromEntries(
        types.map((type) => [
          type,
          { schema: type === 'text/html' ? { type: 'string' } : { type: 'string', format: 'binary' } },
        ]),
      ),
    }),
    ApiUnprocessableEntityResponse({
      description: 'The document cannot be printed yet (the province has no name, say): the violation says what to do',
    }),
  );
}
