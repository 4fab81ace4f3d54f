import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { DataSource } from 'typeorm';
import { Transactions } from '../src/database/transactions.js';
import { DEFAULT_SCALE, seedScale } from '../src/seeds/scale/scale-seed.js';
import { binary, inspectPdf } from './helpers/pdf.js';
import { bearer, e2eDatabase, login, startApp, type TestApp } from './helpers/test-app.js';

interface PrintView {
  id: number;
  state: string;
  total: number | null;
  printed: number;
  fileUrl: string | null;
}

/**
 * Printing a large decision's certificates as a background job (issue #18): the page shows its progress, the PDF is
 * kept, and an app that stops in the middle leaves a print that the next start resumes, each certificate printed once.
 * The decision comes from the national dataset's generator, at a small size.
 */
describe('certificate prints', () => {
  const directory = mkdtempSync(join(tmpdir(), 'prints-'));
  // One database and one file store across the restart.
  const env = {
    ADMIN_USERNAME: '',
    ADMIN_PASSWORD: '',
    JWT_SECRET: 'a-secret-both-runs-share-0123456789abcdef',
    ATTACHMENTS_DIR: join(directory, 'attachments'),
    ...(e2eDatabase() === 'sqlite' ? { SQLITE_PATH: join(directory, 'prints.sqlite') } : {}),
  };
  let t: TestApp;
  let token: string;
  let decision: { id: number; printable: number; registers: string[] };

  const printOf = async (id: number): Promise<PrintView> =>
    (await t.http().get(`/api/certificate-prints/${id}`).set(bearer(token)).expect(200)).body;

  async function until(id: number, done: (print: PrintView) => boolean): Promise<PrintView> {
    for (let waited = 0; waited < 120_000; waited += 250) {
      const print = await printOf(id);
      if (done(print)) return print;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`print ${id} did not get there`);
  }

  beforeAll(async () => {
    t = await startApp(env);
    const dataSource = t.app.get(DataSource);
    await seedScale(
      dataSource,
      t.app.get(Transactions),
      { ...DEFAULT_SCALE, provinces: 1, departmentsPerProvince: 4, communesPerProvince: 4, nominations: 1200 },
      () => undefined,
    );
    // The decision with the most certificates: awards not revoked, of types that come with a certificate.
    const [largest] = await dataSource.query(
      `SELECT da."decisionId" AS id, COUNT(*) AS printable FROM "decision_awards" da
       JOIN "nominations" n ON n.id = da."nominationId"
       WHERE da."revokedAt" IS NULL AND n."awardTypeCode" <> 'lao_dong_tien_tien'
       GROUP BY da."decisionId" ORDER BY COUNT(*) DESC LIMIT 1`,
    );
    const registers = await dataSource.query(
      `SELECT da."registerNumber" || '/' || da."registerYear" AS register FROM "decision_awards" da
       JOIN "nominations" n ON n.id = da."nominationId"
       WHERE da."decisionId" = ${Number(largest.id)} AND da."revokedAt" IS NULL AND n."awardTypeCode" <> 'lao_dong_tien_tien'`,
    );
    decision = {
      id: Number(largest.id),
      printable: Number(largest.printable),
      registers: registers.map((row: { register: string }) => row.register),
    };
    token = await login(t, 'board01', DEFAULT_SCALE.password);
  }, 180_000);
  afterAll(() => t.close());

  it('prints a large decision in the background, survives a restart in the middle, and keeps one page per certificate', async () => {
    expect(decision.printable).toBeGreaterThan(75);
    const requested = await t
      .http()
      .post(`/api/decisions/${decision.id}/certificate-prints`)
      .set(bearer(token))
      .send({})
      .expect(202);
    expect(requested.body).toMatchObject({ state: 'queued', printed: 0, fileUrl: null });
    // Asked again while it waits or prints: the same print, not a second one.
    const again = await t
      .http()
      .post(`/api/decisions/${decision.id}/certificate-prints`)
      .set(bearer(token))
      .send({})
      .expect(202);
    expect(again.body.id).toBe(requested.body.id);
    await t.http().get(`/api/certificate-prints/${requested.body.id}/file`).set(bearer(token)).expect(409);

    // The app stops once part is printed; the print waits for the next start.
    const started = Date.now();
    const partly = await until(requested.body.id, (print) => print.printed > 0);
    expect(partly.state).toBe('printing');
    expect(partly.total).toBe(decision.printable);
    await t.close();
    t = await startApp(env, { reset: false });
    const resumedFrom = (await printOf(requested.body.id)).printed;
    expect(resumedFrom).toBeGreaterThan(0);
    expect(resumedFrom).toBeLessThan(decision.printable);

    const done = await until(requested.body.id, (print) => print.state === 'done');
    const seconds = (Date.now() - started) / 1000;
    expect(done).toMatchObject({ printed: decision.printable, total: decision.printable });
    const file = await t
      .http()
      .get(done.fileUrl!)
      .set(bearer(token))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const pdf = await PDFDocument.load(file.body as Buffer);
    expect(pdf.getPageCount()).toBe(decision.printable);
    // Every certificate once: each register number is on the pages exactly once.
    const text = inspectPdf(file.body as Buffer).text;
    const printedRegisters = [...text.matchAll(/Số vào sổ: (\d+\/\d{4})/g)].map((match) => match[1]);
    expect(printedRegisters.sort()).toEqual([...decision.registers].sort());
    console.log(`Printed ${decision.printable} certificates in ${seconds.toFixed(1)} s, with a restart`);
  }, 240_000);

  it('lets only the board ask, and shows a print only to those who may see the decision', async () => {
    const other = await login(t, 'national', DEFAULT_SCALE.password);
    const [print] = (
      await t.http().get(`/api/decisions/${decision.id}/certificate-prints`).set(bearer(other)).expect(200)
    ).body as PrintView[];
    expect(print.state).toBe('done');
    await t.http().get('/api/certificate-prints/999999').set(bearer(token)).expect(404);
    await t.http().post('/api/decisions/999999/certificate-prints').set(bearer(token)).send({}).expect(404);
    await t
      .http()
      .post(`/api/decisions/${decision.id}/certificate-prints`)
      .set(bearer(token))
      .send({ layout: 'sideways' })
      .expect(400);
  });
});
