import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/app-error.js';

export interface MultipartUpload {
  file?: { fileName: string; content: Buffer };
  fields: Record<string, string>;
}

/** Reads a multipart request: its text fields and the one file of field "file" (further files are ignored). */
export async function readMultipart(request: FastifyRequest): Promise<MultipartUpload> {
  if (!request.isMultipart())
    throw AppError.invalid([{ field: 'file', message: 'gửi dạng multipart/form-data / send multipart/form-data' }]);
  const upload: MultipartUpload = { fields: {} };
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      // Buffered within the size limit, which answers 413 past it.
      const content = await part.toBuffer();
      if (!upload.file && part.fieldname === 'file') upload.file = { fileName: part.filename, content };
    } else {
      upload.fields[part.fieldname] = String(part.value);
    }
  }
  return upload;
}

/** The one uploaded file of a multipart request (an import), required and not empty. */
export async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  const { file } = await readMultipart(request);
  if (!file || file.content.length === 0)
    throw AppError.invalid([{ field: 'file', message: 'bắt buộc nhập', messageEn: 'required' }]);
  return file.content;
}

/** OpenAPI body of an import endpoint: one file. */
export const FILE_BODY = {
  schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
};
