import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { Transactions } from '../src/database/transactions.js';
import { NotificationMailer } from '../src/notifications/notification-mailer.js';
import { send, submittedDossier } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, e2eDatabase, startApp, type TestApp } from './helpers/test-app.js';

interface Mail {
  to: string[];
  text: string;
}

/** A message's body as the reader sees it: after the headers, quoted-printable decoded as UTF-8. */
function bodyOf(message: string): string {
  const body = message.slice(message.search(/\r?\n\r?\n/)).replace(/=\r?\n/g, '');
  return Buffer.from(
    body.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

/** A local SMTP server on a free port, handing each message to `onMessage`; a throw refuses it (451, try later). */
async function startSmtp(
  onMessage: (message: string, to: string[]) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        try {
          onMessage(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((address) => address.address),
          );
          callback();
        } catch (error) {
          callback(Object.assign(error as Error, { responseCode: 451 }));
        }
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}

/**
 * Notifications by e-mail (issue #18): with SMTP_URL set, a notification also goes to the user's address unless the
 * user turned it off; sent by a background job after the commit, tried again when the mail server refuses it, and never
 * twice. A local SMTP server started here receives them.
 */
describe('notifications by e-mail', () => {
  let t: TestApp;
  let org: Org;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const received: Mail[] = [];
  /** How many deliveries the server refuses next (a mail server that is down for a moment). */
  let refuseNext = 0;

  /** Waits until `count` e-mails have arrived (the job runs after the commit; on PostgreSQL pg-boss polls). */
  async function mailsArrived(count: number): Promise<Mail[]> {
    for (let waited = 0; received.length < count && waited < 20_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return received;
  }

  beforeAll(async () => {
    smtp = await startSmtp((text, to) => {
      if (refuseNext > 0) {
        refuseNext--;
        throw new Error('Try again later');
      }
      received.push({ to, text });
    });
    t = await startApp({ SMTP_URL: smtp.url, MAIL_FROM: 'tdkt@sonla.gov.vn' });
    org = await buildOrg(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const settings = (token: string, body: Record<string, unknown>) =>
    t.http().put('/api/users/me/notifications').set(bearer(token)).send(body);

  it('keeps each user’s own address and choice, refusing a bad address without changing anything', async () => {
    expect(
      (await t.http().get('/api/users/me/notifications').set(bearer(org.tokens.submitterA)).expect(200)).body,
    ).toEqual({ email: null, emailNotifications: true, serverSendsEmail: true });
    await settings(org.tokens.submitterA, { email: 'vanthu.snn@sonla.gov.vn', emailNotifications: true }).expect(200);
    const bad = await settings(org.tokens.submitterA, { email: 'not an address', emailNotifications: false }).expect(
      400,
    );
    expect(JSON.stringify(bad.body)).toContain('thư điện tử');
    expect(
      (await t.http().get('/api/users/me/notifications').set(bearer(org.tokens.submitterA)).expect(200)).body,
    ).toEqual({ email: 'vanthu.snn@sonla.gov.vn', emailNotifications: true, serverSendsEmail: true });
    // The province's board gives an address but wants the inbox only.
    await settings(org.tokens.boardRoot, { email: 'ban.tdkt@sonla.gov.vn', emailNotifications: false }).expect(200);
  });

  it('e-mails a return with its reason once, after the mail server refused it for a moment, and not a user who turned it off', async () => {
    // The board is told in its inbox, not by e-mail.
    const nomination = { id: await submittedDossier(t, org.tokens.submitterA, org.departmentA, 'Hà Văn Thư') };
    const inbox = await t.http().get('/api/notifications').set(bearer(org.tokens.boardRoot)).expect(200);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'submitted' });

    refuseNext = 1;
    await send(t, org.tokens.boardRoot, nomination.id, { type: 'RETURN', comment: 'Thiếu bản sao quyết định' }).expect(
      200,
    );
    const [mail] = await mailsArrived(1);
    expect(mail.to).toEqual(['vanthu.snn@sonla.gov.vn']);
    expect(mail.text).toContain('From: tdkt@sonla.gov.vn');
    const body = bodyOf(mail.text);
    expect(body).toContain('Hồ sơ bị trả lại');
    expect(body).toContain('Thiếu bản sao quyết định');
    expect(body).toContain(`${t.config.publicUrl}/nominations/${nomination.id}`);
    expect(refuseNext).toBe(0);
    // Long enough for a second delivery or a scheduled run to show up, were there one.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(received).toHaveLength(1);
    expect(received.flatMap((m) => m.to)).not.toContain('ban.tdkt@sonla.gov.vn');
  });

  it('sends again an e-mail that a stopped sender left claimed, and leaves a fresh claim to its sender', async () => {
    const before = received.length;
    const first = { id: await submittedDossier(t, org.tokens.submitterA, org.departmentA, 'Lò Văn Một') };
    const second = { id: await submittedDossier(t, org.tokens.submitterA, org.departmentA, 'Lò Văn Hai') };
    // Both returns are claimed as by a sender that then stopped: one ten minutes ago, one just now.
    const transactions = t.app.get(Transactions);
    const claim = async (id: number, claimedAt: string) => {
      await send(t, org.tokens.boardRoot, id, { type: 'RETURN', comment: `Trả lại hồ sơ ${id}` }).expect(200);
      const where = `link = '/nominations/${id}' AND kind = 'returned'`;
      // Once the sender has recorded the delivery, the row is set back as the stopped sender would have left it.
      for (let waited = 0; waited < 20_000; waited += 100) {
        const [row] = await t.app.get(DataSource).query(`SELECT "emailState" FROM notifications WHERE ${where}`);
        if (row?.emailState === 'sent') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await transactions.run((manager) =>
        manager.query(
          `UPDATE notifications SET "emailState" = 'sending', "emailClaimedAt" = '${claimedAt}' WHERE ${where}`,
        ),
      );
    };
    await claim(first.id, new Date(Date.now() - 11 * 60_000).toISOString());
    await claim(second.id, new Date().toISOString());

    // The next run (this one, or the job the second return queued) sends the stale one again, and only that one.
    await t.app.get(NotificationMailer).sendPending();
    await mailsArrived(before + 3);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const bodies = received.slice(before).map((mail) => bodyOf(mail.text));
    expect(bodies.filter((body) => body.includes(`Trả lại hồ sơ ${first.id}`))).toHaveLength(2);
    expect(bodies.filter((body) => body.includes(`Trả lại hồ sơ ${second.id}`))).toHaveLength(1);
  });
});

// Several instances only make sense on PostgreSQL; SQLite is one embedded file per app.
const describeOnPostgres = e2eDatabase() === 'postgres' ? describe : describe.skip;

describeOnPostgres('notifications by e-mail from two app instances on one PostgreSQL', () => {
  it('sends each e-mail once, whichever instance made the change or runs the job', async () => {
    const received: string[] = [];
    const smtp = await startSmtp((text) => void received.push(bodyOf(text)));
    const shared = { JWT_SECRET: 'a-secret-both-instances-share-0123456789', SMTP_URL: smtp.url };
    const first = await startApp(shared);
    const second = await startApp(shared, { reset: false });
    try {
      const org = await buildOrg(first);
      await first
        .http()
        .put('/api/users/me/notifications')
        .set(bearer(org.tokens.submitterA))
        .send({ email: 'vanthu.snn@sonla.gov.vn', emailNotifications: true })
        .expect(200);
      const reasons: string[] = [];
      for (let index = 0; index < 6; index++) {
        const app = index % 2 === 0 ? first : second;
        const nomination = {
          id: await submittedDossier(app, org.tokens.submitterA, org.departmentA, `Người Thứ ${index}`),
        };
        reasons.push(`Lý do trả lại số ${index}`);
        await send(app, org.tokens.boardRoot, nomination.id, { type: 'RETURN', comment: reasons[index] }).expect(200);
      }
      for (let waited = 0; received.length < 6 && waited < 20_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(reasons.map((reason) => received.filter((body) => body.includes(reason)).length)).toEqual([
        1, 1, 1, 1, 1, 1,
      ]);
      expect(received).toHaveLength(6);
    } finally {
      await second.close();
      await first.close();
      await smtp.close();
    }
  });
});
