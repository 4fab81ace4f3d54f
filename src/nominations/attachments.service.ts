import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../auth/current-user.js';
import { AppError, ErrorCode } from '../common/app-error.js';
import { nowIso } from '../common/time.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Transactions } from '../database/transactions.js';
import { Attachment, ATTACHMENT_KINDS, type AttachmentKind } from './attachment.entity.js';
import { NominationsService, toAttachmentView } from './nominations.service.js';

/** The file types a dossier accepts, judged from the content's magic bytes. */
const ACCEPTED_MEDIA_TYPES: ReadonlyMap<string, string> = new Map([
  ['application/pdf', 'PDF'],
  ['image/jpeg', 'JPEG'],
  ['image/png', 'PNG'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'],
]);

export interface UploadedFile {
  fileName: string;
  content: Buffer;
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

@Injectable()
export class AttachmentsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(NominationsService) private readonly nominations: NominationsService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async add(caller: CurrentUser, nominationId: number, kind: string | undefined, file: UploadedFile | undefined) {
    const details = [];
    if (!kind || !(ATTACHMENT_KINDS as readonly string[]).includes(kind)) {
      details.push({ field: 'kind', message: `một trong / one of: ${ATTACHMENT_KINDS.join(', ')}` });
    }
    if (!file || file.content.length === 0)
      details.push({ field: 'file', message: 'bắt buộc, không rỗng (a non-empty file is required)' });
    if (details.length > 0) throw AppError.invalid(details);
    const content = file!.content;
    const detected = await fileTypeFromBuffer(content);
    if (!detected || !ACCEPTED_MEDIA_TYPES.has(detected.mime)) {
      throw new AppError(
        ErrorCode.UnsupportedMediaType,
        `Tệp không đúng định dạng cho phép (${[...ACCEPTED_MEDIA_TYPES.values()].join(', ')}), xét theo nội dung tệp`,
        `The file's content is not one of ${[...ACCEPTED_MEDIA_TYPES.values()].join(', ')}`,
      );
    }
    const sha256 = createHash('sha256').update(content).digest('hex');
    // Check the nomination before touching the disk; the row is written in the transaction below.
    this.nominations.requireEditable(caller, await this.nominations.require(caller, nominationId));
    await this.store(sha256, content);
    return this.transactions.run(async (manager) => {
      const nomination = await this.nominations.require(caller, nominationId, manager);
      this.nominations.requireEditable(caller, nomination);
      const attachment = manager.create(Attachment, {
        nominationId,
        kind: kind as AttachmentKind,
        fileName: safeFileName(file!.fileName),
        mediaType: detected.mime,
        size: content.length,
        sha256,
        uploadedById: caller.id,
        uploadedAt: nowIso(),
      });
      await manager.save(attachment);
      await this.audit.record(manager, {
        entityType: 'nomination',
        entityId: nominationId,
        action: 'attachment.add',
        actorId: caller.id,
        details: { attachmentId: attachment.id, kind, sha256, size: content.length },
      });
      return toAttachmentView(attachment);
    });
  }

  /** Content-addressed: one file per sha256, written to a temporary name and renamed so a reader never sees half a file. */
  private async store(sha256: string, content: Buffer): Promise<void> {
    const path = this.pathOf(sha256);
    if (
      await stat(path).then(
        () => true,
        () => false,
      )
    )
      return;
    await mkdir(join(this.config.attachmentsDir, sha256.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, content, { flush: true });
    await rename(temporary, path);
  }

  private pathOf(sha256: string): string {
    return join(this.config.attachmentsDir, sha256.slice(0, 2), sha256);
  }

  async open(caller: CurrentUser, id: number): Promise<{ attachment: Attachment; stream: ReadStream }> {
    const attachment = await this.dataSource.getRepository(Attachment).findOneBy({ id });
    if (!attachment) throw AppError.notFound('tệp đính kèm', 'Attachment');
    await this.nominations.require(caller, attachment.nominationId).catch(() => {
      throw AppError.notFound('tệp đính kèm', 'Attachment');
    });
    return { attachment, stream: createReadStream(this.pathOf(attachment.sha256)) };
  }
}
