import { Inject, Injectable } from '@nestjs/common';
import type { ReadStream } from 'node:fs';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError } from '../common/app-error.js';
import { nowIso } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { FileStore, safeFileName } from '../files/file-store.js';
import type { MultipartUpload } from '../files/multipart.js';
import { Attachment, ATTACHMENT_KINDS, type AttachmentKind } from './attachment.entity.js';
import { NominationsService, toAttachmentView } from './nominations.service.js';

@Injectable()
export class AttachmentsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(FileStore) private readonly files: FileStore,
    @Inject(NominationsService) private readonly nominations: NominationsService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async add(caller: CurrentUser, nominationId: number, upload: MultipartUpload) {
    const kind = upload.fields.kind;
    const details = [];
    if (!kind || !(ATTACHMENT_KINDS as readonly string[]).includes(kind)) {
      details.push({ field: 'kind', message: `một trong / one of: ${ATTACHMENT_KINDS.join(', ')}` });
    }
    if (!upload.file || upload.file.content.length === 0) {
      details.push({ field: 'file', message: 'bắt buộc chọn một tệp có nội dung / a non-empty file is required' });
    }
    if (details.length > 0) throw AppError.invalid(details);
    const { fileName, content } = upload.file!;
    const stored = await this.files.inspect(content);
    // Check the nomination before touching the disk; the row is written in the transaction below.
    this.nominations.requireEditable(caller, await this.nominations.require(caller, nominationId));
    await this.files.store(stored, content);
    return this.transactions.run(async (manager) => {
      const nomination = await this.nominations.require(caller, nominationId, manager);
      this.nominations.requireEditable(caller, nomination);
      const attachment = manager.create(Attachment, {
        nominationId,
        kind: kind as AttachmentKind,
        fileName: safeFileName(fileName),
        mediaType: stored.mediaType,
        size: stored.size,
        sha256: stored.sha256,
        uploadedById: caller.id,
        uploadedAt: nowIso(),
      });
      await manager.save(attachment);
      await this.audit.record(manager, {
        entityType: 'nomination',
        entityId: nominationId,
        action: 'attachment.add',
        actorId: caller.id,
        details: { attachmentId: attachment.id, kind, sha256: stored.sha256, size: stored.size },
      });
      return toAttachmentView(attachment);
    });
  }

  async open(caller: CurrentUser, id: number): Promise<{ attachment: Attachment; stream: ReadStream }> {
    const attachment = await this.dataSource.getRepository(Attachment).findOneBy({ id });
    if (!attachment) throw AppError.notFound('tệp đính kèm', 'Attachment');
    await this.nominations.require(caller, attachment.nominationId).catch(() => {
      throw AppError.notFound('tệp đính kèm', 'Attachment');
    });
    return { attachment, stream: this.files.open(attachment.sha256) };
  }
}
