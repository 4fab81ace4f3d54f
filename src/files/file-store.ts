import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, ErrorCode } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** The file types dossiers and evidence accept, judged from the content's magic bytes. */
const ACCEPTED_MEDIA_TYPES: ReadonlyMap<string, string> = new Map([
  ['application/pdf', 'PDF'],
  ['image/jpeg', 'JPEG'],
  ['image/png', 'PNG'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'],
]);

export interface StoredFile {
  sha256: string;
  mediaType: string;
  size: number;
}

/** Only the last path segment of a client's file name, without control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((char) => char.charCodeAt(0) >= 32 && char !== '\u007f')
    .join('')
    .trim()
    .slice(0, 255);
  return cleaned || 'tep-dinh-kem';
}

/** Uploaded files, checked by content and kept once per sha256 under ATTACHMENTS_DIR. */
@Injectable()
export class FileStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Refuses (415) anything but PDF, JPEG, PNG, DOCX or XLSX, whatever its name says. */
  async inspect(content: Buffer): Promise<StoredFile> {
    const detected = await fileTypeFromBuffer(content);
    if (!detected || !ACCEPTED_MEDIA_TYPES.has(detected.mime)) {
      const accepted = [...ACCEPTED_MEDIA_TYPES.values()].join(', ');
      throw new AppError(
        ErrorCode.UnsupportedMediaType,
        `Tệp không đúng định dạng cho phép (${accepted}), xét theo nội dung tệp`,
        `The file's content is not one of ${accepted}`,
      );
    }
    return {
      sha256: createHash('sha256').update(content).digest('hex'),
      mediaType: detected.mime,
      size: content.length,
    };
  }

  /** Content-addressed: written to a temporary name and renamed, so a reader never sees half a file. */
  async store(file: StoredFile, content: Buffer): Promise<void> {
    const path = this.pathOf(file.sha256);
    if (
      await stat(path).then(
        () => true,
        () => false,
      )
    )
      return;
    await mkdir(join(this.config.attachmentsDir, file.sha256.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, content, { flush: true });
    await rename(temporary, path);
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  private pathOf(sha256: string): string {
    return join(this.config.attachmentsDir, sha256.slice(0, 2), sha256);
  }
}
