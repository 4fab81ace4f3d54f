import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { completeDossier, createPerson, nominate, send } from './helpers/dossier.js';
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

/**
 * Notifications by e-mail (issue #18): with SMTP_URL set, a notification also goes to the user's address unless the
 * user turned it off; sent by a background job after the commit, tried again when the mail server refuses it, and never
 * twice. A local SMTP server started here receives them.
 */
describe('notifications by e-mail', () => {
  let t: TestApp;
  let org: Org;
  let smtp: SMTPServer;
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
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext--;
            return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          }
          received.push({
            to: session.envelope.rcptTo.map((address) => address.address),
            text: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await startApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'tdkt@sonla.gov.vn' });
    org = await buildOrg(t);
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
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
    const person = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Hà Văn Thư');
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'bang_khen_tinh',
      proposingUnitId: org.departmentA,
      personId: person,
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    // The board is told in its inbox, not by e-mail.
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
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
});

// Several instances only make sense on PostgreSQL; SQLite is one embedded file per app.
const describeOnPostgres = e2eDatabase() === 'postgres' ? describe : describe.skip;

describeOnPostgres('notifications by e-mail from two app instances on one PostgreSQL', () => {
  it('sends each e-mail once, whichever instance made the change or runs the job', async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push(bodyOf(Buffer.concat(chunks).toString('utf8')));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const shared = {
      JWT_SECRET: 'a-secret-both-instances-share-0123456789',
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    };
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
        const person = await createPerson(app, org.tokens.submitterA, org.departmentA, `Người Thứ ${index}`);
        const nomination = await nominate(app, org.tokens.submitterA, {
          awardTypeCode: 'bang_khen_tinh',
          proposingUnitId: org.departmentA,
          personId: person,
        });
        await completeDossier(app, org.tokens.submitterA, nomination.id);
        await send(app, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
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
      await new Promise<void>((resolve) => smtp.close(resolve));
    }
  });
});
