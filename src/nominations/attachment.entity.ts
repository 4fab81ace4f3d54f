import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ATTACHMENT_KINDS } from '../config/dossier-parts.js';
import { Nomination } from './nomination.entity.js';

export { ATTACHMENT_KINDS };

/**
 * Dossier parts (Law Art 84): tờ trình, báo cáo thành tích, biên bản bình xét, xác nhận sáng kiến, xác nhận hoàn thành
 * xuất sắc nhiệm vụ (which stands for the initiative's for a CSTĐCS earned by the rating), khác.
 */
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** One file of a nomination's dossier, stored by its sha256 under the data directory. */
@Entity('attachments')
export class Attachment {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  nominationId: number;

  @ManyToOne(() => Nomination, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: Relation<Nomination>;

  @Column({ type: 'varchar', length: 30 })
  kind: AttachmentKind;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** Judged from the content (magic bytes), never from the name. */
  @Column({ type: 'varchar', length: 120 })
  mediaType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'integer' })
  uploadedById: number;

  @Column({ type: 'varchar', length: 24 })
  uploadedAt: string;
}
