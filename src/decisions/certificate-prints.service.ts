import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { DataSource, In, LessThan } from 'typeorm';
import type { CurrentUser } from '../access/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { nowIso } from '../common/time.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Transactions } from '../database/transactions.js';
import type { CertificateLayout } from '../documents/document-response.js';
import { PdfService } from '../documents/pdf.service.js';
import { FileStore } from '../files/file-store.js';
import { JobQueue } from '../jobs/job-queue.js';
import { UsersService } from '../users/users.service.js';
import { CertificatePrint } from './certificate-print.entity.js';
import { DecisionDocumentsService } from './decision-documents.service.js';
import type { CertificatePrintView } from './decisions.dto.js';

const PRINT_JOB = 'certificate-print';
const SWEEP_JOB = 'certificate-print-sweep';
/** Certificates printed at a time: the progress the page shows, and what a restart prints again at most. */
const CHUNK = 25;
/** A printer that has not reported progress for this long has stopped (a crash, a kill): another takes over. */
const STALE_CLAIM_MS = 2 * 60_000;

function toView(print: CertificatePrint): CertificatePrintView {
  const { id, decisionId, layout, state, total, printed, requestedAt, finishedAt, fileSize, error } = print;
  return {
    id,
    decisionId,
    layout,
    state,
    total,
    printed,
    requestedAt,
    finishedAt,
    fileSize,
    error,
    fileUrl: state === 'done' ? `/api/certificate-prints/${id}/file` : null,
  };
}

/**
 * A decision's certificates printed in the background (hundreds of pages): a job prints them a chunk at a time, records
 * its progress after each chunk, and keeps the whole PDF for download. A print is held by one printer at a time (a
 * claim with a token); a printer that stops, gracefully or not, leaves the printed chunks behind, and the print is
 * resumed after them by the next start or by the sweep every minute. Each certificate ends up in the PDF once.
 */
@Injectable()
export class CertificatePrintsService {
  private readonly logger = new Logger('CertificatePrints');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(DecisionDocumentsService) private readonly documents: DecisionDocumentsService,
    @Inject(PdfService) private readonly pdf: PdfService,
    @Inject(FileStore) private readonly files: FileStore,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(JobQueue) private readonly jobs: JobQueue,
  ) {
    jobs.work(PRINT_JOB, (data) => this.print(Number(data.printId)));
    jobs.work(SWEEP_JOB, () => this.sweep());
    jobs.schedule(SWEEP_JOB, '* * * * *');
    jobs.atStart(SWEEP_JOB);
  }

  /** Queues a print; while one of the same decision and layout is waiting or printing, that one is the answer. */
  async request(caller: CurrentUser, decisionId: number, layout: CertificateLayout): Promise<CertificatePrintView> {
    await this.documents.requireDecision(caller, decisionId);
    // Refused here, in the clerk's words, when nothing would be printed.
    await this.documents.printableCertificates(caller, decisionId, layout);
    const print = await this.transactions.run(async (manager) => {
      const running = await manager.findOneBy(CertificatePrint, {
        decisionId,
        layout,
        state: In(['queued', 'printing']),
      });
      if (running) return running;
      const created = await manager.save(
        manager.create(CertificatePrint, {
          decisionId,
          layout,
          state: 'queued',
          total: null,
          printed: 0,
          requestedById: caller.id,
          requestedAt: nowIso(),
          finishedAt: null,
          claimToken: null,
          claimedAt: null,
          fileSha256: null,
          fileSize: null,
          error: null,
        }),
      );
      await this.audit.record(manager, {
        entityType: 'decision',
        entityId: decisionId,
        action: 'certificate_print',
        actorId: caller.id,
        details: { printId: created.id, layout },
      });
      this.transactions.afterCommit(manager, () => this.jobs.send(PRINT_JOB, { printId: created.id }));
      return created;
    });
    return toView(print);
  }

  /** What the decision's page shows: the prints, and whether the caller may ask for one (the board). */
  async printsPage(caller: CurrentUser, decisionId: number) {
    return { prints: await this.list(caller, decisionId), mayRequest: caller.roles.includes('board') };
  }

  async list(caller: CurrentUser, decisionId: number): Promise<CertificatePrintView[]> {
    await this.documents.requireDecision(caller, decisionId);
    const rows = await this.dataSource
      .getRepository(CertificatePrint)
      .find({ where: { decisionId }, order: { id: 'DESC' }, take: 20 });
    return rows.map(toView);
  }

  async get(caller: CurrentUser, id: number): Promise<CertificatePrintView> {
    return toView(await this.require(caller, id));
  }

  /** The kept PDF of a finished print. */
  async open(caller: CurrentUser, id: number) {
    const print = await this.require(caller, id);
    if (print.state !== 'done' || !print.fileSha256) {
      throw AppError.conflict(
        'Bản in chưa xong: tải về khi trạng thái là "Đã in xong"',
        'The print is not finished yet',
        { state: print.state, allowedEvents: [] },
      );
    }
    return { print, stream: this.files.open(print.fileSha256) };
  }

  private async require(caller: CurrentUser, id: number): Promise<CertificatePrint> {
    const print = await this.dataSource.getRepository(CertificatePrint).findOneBy({ id });
    if (!print) throw AppError.notFound('bản in', 'Print');
    await this.documents.requireDecision(caller, print.decisionId);
    return print;
  }

  /** Queues again the prints no printer holds: waiting ones, and those whose printer stopped reporting. */
  async sweep(): Promise<void> {
    const stale = new Date(Date.now() - STALE_CLAIM_MS).toISOString();
    const rows = await this.dataSource.getRepository(CertificatePrint).find({
      select: { id: true },
      where: [{ state: 'queued' }, { state: 'printing', claimedAt: LessThan(stale) }],
    });
    for (const row of rows) await this.jobs.send(PRINT_JOB, { printId: row.id });
  }

  /** The job: claims the print, prints the chunks not yet printed, then joins them into the kept PDF. */
  async print(printId: number): Promise<void> {
    const token = randomUUID();
    const stale = new Date(Date.now() - STALE_CLAIM_MS).toISOString();
    const claimed = await this.transactions.run((manager) =>
      manager
        .createQueryBuilder()
        .update(CertificatePrint)
        .set({ state: 'printing', claimToken: token, claimedAt: nowIso() })
        .where('id = :printId', { printId })
        .andWhere("(state = 'queued' OR (state = 'printing' AND \"claimedAt\" < :stale))", { stale })
        .execute(),
    );
    // Another printer holds it, or it is finished.
    if (claimed.affected !== 1) return;
    const print = await this.dataSource.getRepository(CertificatePrint).findOneByOrFail({ id: printId });
    try {
      await this.printChunks(print, token);
    } catch (error) {
      if (error instanceof AppError) {
        // Nothing left to print, or the requester may no longer see the decision: the print ends here, with why.
        await this.update(print.id, token, { state: 'failed', error: error.message, finishedAt: nowIso() });
        return;
      }
      // Anything else (the printer did not start, the disk): released, to be tried again by the job's retry.
      await this.update(print.id, token, { state: 'queued', claimToken: null, claimedAt: null });
      throw error;
    }
  }

  private async printChunks(print: CertificatePrint, token: string): Promise<void> {
    const requester = await this.users.findActiveCaller(print.requestedById);
    if (!requester) throw AppError.forbidden('Người yêu cầu in không còn hoạt động', 'The requester is inactive');
    const layout = print.layout as CertificateLayout;
    const certificates = await this.documents.printableCertificates(requester, print.decisionId, layout);
    const directory = join(this.config.attachmentsDir, 'prints', String(print.id));
    await mkdir(directory, { recursive: true });
    // Resumed after the last chunk recorded; a chunk printed but not recorded is printed again, over its own file.
    for (let start = print.printed; start < certificates.length; start += CHUNK) {
      if (this.jobs.stopping) {
        await this.update(print.id, token, { state: 'queued', claimToken: null, claimedAt: null });
        return;
      }
      const chunk = certificates.slice(start, start + CHUNK);
      const pdf = await this.pdf.print(this.documents.renderCertificates(chunk, layout));
      const file = join(directory, `${String(start).padStart(6, '0')}.pdf`);
      await writeFile(`${file}.tmp`, pdf);
      await rename(`${file}.tmp`, file);
      const held = await this.update(print.id, token, {
        printed: start + chunk.length,
        total: certificates.length,
        claimedAt: nowIso(),
      });
      if (!held) return;
    }
    const joined = await PDFDocument.create();
    joined.setTitle(`Bằng khen, giấy khen theo quyết định ${print.decisionId}`);
    for (let start = 0; start < certificates.length; start += CHUNK) {
      const part = await PDFDocument.load(await readFile(join(directory, `${String(start).padStart(6, '0')}.pdf`)));
      for (const page of await joined.copyPages(part, part.getPageIndices())) joined.addPage(page);
    }
    const content = Buffer.from(await joined.save());
    const stored = await this.files.inspect(content);
    await this.files.store(stored, content);
    const done = await this.update(print.id, token, {
      state: 'done',
      total: certificates.length,
      printed: certificates.length,
      fileSha256: stored.sha256,
      fileSize: stored.size,
      finishedAt: nowIso(),
      claimToken: null,
    });
    if (done) await rm(directory, { recursive: true, force: true });
    this.logger.log(`Print ${print.id}: ${certificates.length} certificates`);
  }

  /** Writes the print's progress while this printer still holds it; false once another has taken it over. */
  private async update(id: number, token: string, changes: Partial<CertificatePrint>): Promise<boolean> {
    const result = await this.transactions.run((manager) =>
      manager.update(CertificatePrint, { id, claimToken: token }, changes),
    );
    return result.affected === 1;
  }
}
