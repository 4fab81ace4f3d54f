import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

/** What a notification is about (api.md, "Notifications and deadlines"). */
export const NOTIFICATION_KINDS = [
  'returned',
  'submitted',
  'resubmitted',
  'session_scheduled',
  'session_opened',
  'decision_issued',
  'public_comment',
  'deadline_soon',
  'deadline_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A message in one user's inbox (hộp thư), written in the same transaction as the change it tells of. */
@Entity('notifications')
@Index('IDX_notifications_user', ['userId', 'id'])
@Index('IDX_notifications_key', ['userId', 'key'], { unique: true })
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 24 })
  at: string;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'text' })
  messageEn: string;

  /** The page the message is about, within this site (`/nominations/12`). */
  @Column({ type: 'varchar', length: 300 })
  link: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  readAt: string | null;

  /** Set for a message a user must get once only (a reminder): a second one with the same key is not written. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  key: string | null;

  /**
   * Its e-mail: `none` (not e-mailed), `pending` (to send), `sending` (claimed by one sender), `sent`. A sender claims a
   * pending one with a conditional update, so that each is sent once however many instances run.
   */
  @Index('IDX_notifications_email')
  @Column({ type: 'varchar', length: 10, default: 'none' })
  emailState: EmailState;

  /** When a sender claimed it (`sending`): a claim older than a few minutes was left by a sender that stopped. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  emailClaimedAt: string | null;
}

export type EmailState = 'none' | 'pending' | 'sending' | 'sent';
