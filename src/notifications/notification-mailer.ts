import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, In, LessThan } from 'typeorm';
import { nowIso } from '../common/time.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Transactions } from '../database/transactions.js';
import { JobQueue } from '../jobs/job-queue.js';
import { User } from '../users/user.entity.js';
import { Notification } from './notification.entity.js';
import { NOTIFICATION_EMAILS } from './notifications.service.js';

/** At most this many e-mails per run of the job; the next run (queued or scheduled) sends the rest. */
const BATCH = 200;

/**
 * A claim older than this was left by a sender that stopped (a crash, a kill) between claiming and recording the result:
 * the e-mail goes back to pending. Such an e-mail may then reach its reader twice, never not at all.
 */
const STALE_CLAIM_MS = 10 * 60_000;

/**
 * E-mails pending notifications over SMTP (`nodemailer`), when SMTP_URL is set. It runs as a job: queued after each
 * commit that notifies someone, and every minute for whatever a failure or a restart left pending. Each e-mail is
 * claimed (pending → sending) by a conditional update before it is sent, so two instances never send the same one.
 */
@Injectable()
export class NotificationMailer {
  private readonly logger = new Logger('NotificationMailer');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(JobQueue) jobs: JobQueue,
  ) {
    this.transport = config.mail ? nodemailer.createTransport(config.mail.smtpUrl) : null;
    if (!this.transport) return;
    jobs.work(NOTIFICATION_EMAILS, () => this.sendPending());
    jobs.schedule(NOTIFICATION_EMAILS, '* * * * *');
  }

  /** Sends the pending e-mails; one that fails goes back to pending and the job fails, to be tried again. */
  async sendPending(): Promise<void> {
    const staleBefore = new Date(Date.now() - STALE_CLAIM_MS).toISOString();
    await this.transactions.run((manager) =>
      manager.update(
        Notification,
        { emailState: 'sending', emailClaimedAt: LessThan(staleBefore) },
        { emailState: 'pending', emailClaimedAt: null },
      ),
    );
    const pending = await this.dataSource.getRepository(Notification).find({
      where: { emailState: 'pending' },
      order: { id: 'ASC' },
      take: BATCH,
    });
    const users = new Map(
      (pending.length
        ? await this.dataSource.getRepository(User).findBy({ id: In([...new Set(pending.map((n) => n.userId))]) })
        : []
      ).map((user) => [user.id, user]),
    );
    let failure: unknown = null;
    for (const notification of pending) {
      const claimed = await this.transactions.run((manager) =>
        manager.update(
          Notification,
          { id: notification.id, emailState: 'pending' },
          { emailState: 'sending', emailClaimedAt: nowIso() },
        ),
      );
      if (claimed.affected !== 1) continue;
      const user = users.get(notification.userId);
      // The user may have removed the address or turned e-mail off since: then it is not sent.
      const to = user?.active && user.emailNotifications ? user.email : null;
      try {
        if (to) {
          await this.transport!.sendMail({
            from: this.config.mail!.from,
            to,
            subject: `[Thi đua - Khen thưởng] ${notification.message.slice(0, 120)}`,
            text: `${notification.message}\n\n${this.config.publicUrl}${notification.link}\n\n(${notification.messageEn})`,
          });
        }
        await this.setState(notification.id, to ? 'sent' : 'none');
      } catch (error) {
        this.logger.warn(`E-mail of notification ${notification.id} failed: ${String(error)}`);
        await this.setState(notification.id, 'pending');
        failure = error;
      }
    }
    if (failure) throw failure;
  }

  private setState(id: number, emailState: Notification['emailState']): Promise<unknown> {
    return this.transactions.run((manager) =>
      manager.update(Notification, { id }, { emailState, emailClaimedAt: null }),
    );
  }
}
