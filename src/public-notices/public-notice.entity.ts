import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Nomination } from '../nominations/nomination.entity.js';
import { Unit } from '../units/unit.entity.js';

/**
 * A public notice (công khai, Decree 98 Art 46; Law Art 84(5)): the board posts candidates for comment for a window of
 * working days before the council meets.
 */
@Entity('public_notices')
export class PublicNotice {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The board's unit that posted it: its scope decides who manages it. */
  @Index('IDX_public_notices_unit')
  @Column({ type: 'integer' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  /** First and last day of the window (YYYY-MM-DD, both included). */
  @Index('IDX_public_notices_window')
  @Column({ type: 'varchar', length: 10 })
  startsOn: string;

  @Column({ type: 'varchar', length: 10 })
  endsOn: string;

  @Column({ type: 'integer' })
  createdById: number;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

/** A nomination posted in a notice. */
@Entity('public_notice_items')
@Index('IDX_public_notice_items_pair', ['noticeId', 'nominationId'], { unique: true })
export class PublicNoticeItem {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  noticeId: number;

  @ManyToOne(() => PublicNotice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'noticeId' })
  notice?: Relation<PublicNotice>;

  @Index('IDX_public_notice_items_nomination')
  @Column({ type: 'integer' })
  nominationId: number;

  @ManyToOne(() => Nomination, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: Relation<Nomination>;
}

/** A comment from the public on a posted nomination, and the board's answer (an internal note). */
@Entity('public_notice_comments')
@Index('IDX_public_notice_comments_nomination', ['nominationId', 'id'])
export class PublicNoticeComment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  noticeId: number;

  @ManyToOne(() => PublicNotice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'noticeId' })
  notice?: Relation<PublicNotice>;

  @Column({ type: 'integer' })
  nominationId: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  authorName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contact: string | null;

  @Column({ type: 'varchar', length: 24 })
  receivedAt: string;

  /** The board's handling of the comment, as the minutes report it. */
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ type: 'integer', nullable: true })
  answeredById: number | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  answeredAt: string | null;
}
