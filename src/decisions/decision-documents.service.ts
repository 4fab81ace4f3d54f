import QRCode from 'qrcode';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { findAwardType, findRuleSet } from '../award-types/catalogue.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError, ErrorCode } from '../common/app-error.js';
import type { AdministrativeDocument } from '../documents/administrative-document.js';
import type { CertificateLayout } from '../documents/document-response.js';
import {
  articleOne,
  articleThree,
  decisionSubject,
  legalBases,
  sectionsByNominee,
  signatureBlock,
} from '../documents/award-wording.js';
import {
  certificateCitation,
  certificateItemName,
  conferringOfficial,
  provinceNames,
  vietnameseDate,
  vietnameseNumber,
} from '../documents/format.js';
import { DocumentRenderer } from '../documents/renderer.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { nomineeDetails } from '../nominations/nominee-details.js';
import { loadProposal } from '../proposals/proposal.queries.js';
import { Unit } from '../units/unit.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Decision, DecisionAward } from './decision.entity.js';

/** The QR code of a certificate's public check, as an SVG data address for an <img>. */
async function verificationQr(publicUrl: string, code: string): Promise<string> {
  const svg = await QRCode.toString(`${publicUrl}/verify/${code}`, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
  });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** One certificate as the templates show it. */
export type PrintableCertificate = Record<string, unknown>;

/** Decisions and certificates as official documents (Decree 30/2020 layout; Decree 98 Art 104 certificate model). */
@Injectable()
export class DecisionDocumentsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DocumentRenderer) private readonly renderer: DocumentRenderer,
    @Inject(NominationsService) private readonly nominations: NominationsService,
  ) {}

  /** The decision with its issuing unit, when the caller may see it (404 otherwise). */
  async requireDecision(caller: CurrentUser, decisionId: number): Promise<Decision & { issuingUnit: Unit }> {
    const decision = await this.dataSource
      .getRepository(Decision)
      .findOne({ where: { id: decisionId }, relations: { issuingUnit: true } });
    if (!decision?.issuingUnit || !inScope(caller, decision.issuingUnit.path))
      throw AppError.notFound('quyết định', 'Decision');
    return decision as Decision & { issuingUnit: Unit };
  }

  private async load(caller: CurrentUser, decisionId: number) {
    const decision = await this.requireDecision(caller, decisionId);
    const awards = await this.dataSource
      .getRepository(DecisionAward)
      .find({ where: { decisionId }, order: { goldenBookNumber: 'ASC' } });
    const nominations = awards.length
      ? await this.dataSource.getRepository(Nomination).findBy({ id: In(awards.map((a) => a.nominationId)) })
      : [];
    const recipients = await nomineeDetails(this.dataSource.manager, nominations);
    const issuing = decision.issuingUnit;
    const rootId = Number(issuing.path.split('/')[1]);
    const root =
      rootId === issuing.id ? issuing : await this.dataSource.getRepository(Unit).findOneByOrFail({ id: rootId });
    return { decision, awards, nominations, recipients, issuing, root };
  }

  /** The decision as an administrative document (Decree 30/2020), which prints as HTML, PDF and Word alike. */
  async decisionDocument(caller: CurrentUser, decisionId: number): Promise<AdministrativeDocument> {
    const { decision, awards, nominations, recipients, issuing, root } = await this.load(caller, decisionId);
    const province = issuing.kind === 'province';
    const provinceBody = provinceNames(root.name).body;
    const ruleSet = findRuleSet(decision.ruleSetCode);
    const proposal = decision.proposalId ? await loadProposal(this.dataSource.manager, decision.proposalId) : null;
    const rows = awards.map((award) => {
      const nomination = nominations.find((n) => n.id === award.nominationId)!;
      const recipient = recipients.get(nomination.id)!;
      return {
        kind: recipient.kind,
        name: recipient.name,
        detail: [recipient.position, recipient.unit].filter(Boolean).join(', '),
        award: findAwardType(nomination.awardTypeCode)?.name ?? nomination.awardTypeCode,
        goldenBookNumber: award.goldenBookNumber,
        reward: award.revokedAt !== null || award.rewardAmountVnd === null ? 0 : Number(award.rewardAmountVnd),
        revoked: award.revokedAt !== null,
      };
    });
    const worded = awards
      .filter((award) => award.revokedAt === null)
      .map((award) => {
        const nomination = nominations.find((n) => n.id === award.nominationId)!;
        const type = findAwardType(nomination.awardTypeCode, ruleSet);
        return {
          awardName: type?.name ?? nomination.awardTypeCode,
          kind: type?.kind ?? 'form',
          nomineeKind: nomination.nomineeKind,
        };
      });
    const issuerName = province ? provinceBody : issuing.name;
    const signerAuthority = province ? `Chủ tịch ${provinceBody}` : conferringOfficial(issuing, provinceBody);
    const reference = `(Kèm theo Quyết định số ${decision.number} ${vietnameseDate(decision.signedOn)} của ${signerAuthority})`;
    const total = rows.reduce((sum, row) => sum + row.reward, 0);
    return {
      title: `Quyết định số ${decision.number}`,
      header: {
        issuingBodyParent: province ? '' : provinceBody,
        issuingBody: issuerName,
        documentNumber: decision.number,
        place: provinceNames(root.name).place,
        dateIso: decision.signedOn,
      },
      kind: 'QUYẾT ĐỊNH',
      subject: decisionSubject(worded),
      authority: signerAuthority.toLocaleUpperCase('vi'),
      addressee: '',
      legalBases: legalBases({
        issuingKind: issuing.kind,
        issuingName: issuing.name,
        signedOn: decision.signedOn,
        decrees: ruleSet?.decrees ?? [],
        provincialRegulation: this.config.provincialRegulation,
        proposedBy: proposal?.issuingUnit
          ? conferringOfficial(proposal.issuingUnit, provinceBody)
          : province
            ? 'Giám đốc Sở Nội vụ'
            : 'Hội đồng Thi đua - Khen thưởng',
        proposal,
      }),
      opening: 'QUYẾT ĐỊNH:',
      paragraphs: [
        ...articleOne(worded).map((text, index) => ({ label: index === 0 ? 'Điều 1.' : '', text })),
        {
          label: 'Điều 2.',
          text: `Tiền thưởng theo quy định tại Nghị định số ${ruleSet?.decrees[0]?.number ?? ''} của Chính phủ, tính theo mức lương cơ sở ${vietnameseNumber(Number(decision.baseSalaryVnd))} đồng: tổng số ${vietnameseNumber(total)} đồng, chi từ Quỹ thi đua, khen thưởng.`,
        },
        { label: 'Điều 3.', text: articleThree(issuing.kind, issuerName) },
      ],
      recipients: ['- Như Điều 3;', '- Lưu: VT, NV.'],
      signature: { ...signatureBlock(issuing.kind, decision.signerTitle), name: decision.signerName },
      annex: {
        heading: 'DANH SÁCH',
        subheading: decisionSubject(worded).replace(/^Về việc tặng/, 'Được tặng'),
        reference,
        columns: ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức', 'Số sổ vàng', 'Tiền thưởng (đồng)'],
        numeric: [true, false, false, false, true, true],
        widths: [6, 24, 26, 18, 10, 16],
        sections: sectionsByNominee(rows).map((section) => ({
          title: section.title,
          rows: section.rows.map((row) => [
            String(row.ordinal),
            row.revoked ? `${row.name} (đã hủy bỏ)` : row.name,
            row.detail,
            row.award,
            String(row.goldenBookNumber),
            vietnameseNumber(row.reward),
          ]),
        })),
      },
    };
  }

  /** Every certificate of a decision, one A4 landscape page each; revoked awards are not printed. */
  async certificatesHtml(
    caller: CurrentUser,
    decisionId: number,
    layout: CertificateLayout = 'framed',
    onlyNominationId?: number,
  ): Promise<string> {
    return this.renderCertificates(
      await this.printableCertificates(caller, decisionId, layout, onlyNominationId),
      layout,
    );
  }

  /**
   * What each certificate of a decision shows, in the register's order (revoked awards and awards that come with the
   * decision only are left out); refused when nothing is left to print.
   */
  async printableCertificates(
    caller: CurrentUser,
    decisionId: number,
    layout: CertificateLayout = 'framed',
    onlyNominationId?: number,
  ): Promise<PrintableCertificate[]> {
    const { decision, awards, nominations, recipients, issuing, root } = await this.load(caller, decisionId);
    const selected = awards
      .filter(
        (award) =>
          award.revokedAt === null &&
          (onlyNominationId === undefined || award.nominationId === onlyNominationId) &&
          findAwardType(nominations.find((n) => n.id === award.nominationId)!.awardTypeCode)?.item !== 'decision_only',
      )
      .map((award) => {
        const nomination = nominations.find((n) => n.id === award.nominationId)!;
        const awardType = findAwardType(nomination.awardTypeCode);
        const recipient = recipients.get(nomination.id)!;
        const citation = certificateCitation(nomination);
        return {
          // Past about 350 characters of names and citation the certificate takes its smaller type.
          compact: recipient.name.length + recipient.position.length + recipient.unit.length + citation.length > 350,
          official: conferringOfficial(issuing, provinceNames(root.name).body, decision.higherAuthority),
          award: {
            name: certificateItemName(awardType?.name ?? nomination.awardTypeCode, awardType?.kind ?? 'form'),
            kind: awardType?.kind ?? 'form',
          },
          recipient,
          citation,
          // Decree 98 Art 104: the CSTĐCS certificate sets a red flag on each side of the emblem.
          flags: nomination.awardTypeCode === 'chien_si_thi_dua_co_so',
          // A Cờ thi đua is a flag: the page shows what is written on it.
          flag: awardType?.item === 'flag',
          issuer: provinceNames(root.name).body,
          year: nomination.year,
          signature: signatureBlock(issuing.kind, decision.signerTitle),
          decision,
          goldenBookNumber: award.goldenBookNumber,
          register: `${award.registerNumber}/${award.registerYear}`,
          verificationCode: award.verificationCode,
          place: provinceNames(root.name).place,
        };
      });
    // Each certificate carries a QR code to its public check (/verify/<code>), drawn as a vector so that it prints sharp.
    const certificates = await Promise.all(
      selected.map(async (certificate) => ({
        ...certificate,
        qr: certificate.verificationCode
          ? await verificationQr(this.config.publicUrl, certificate.verificationCode)
          : '',
      })),
    );
    // Pre-printed blanks are certificates: a flag is printed on its own model only.
    const printable = layout === 'preprinted' ? certificates.filter((certificate) => !certificate.flag) : certificates;
    if (printable.length === 0) {
      throw AppError.rules([
        {
          rule: 'certificate.none',
          message:
            'Không có bằng, giấy khen để in: các khen thưởng của quyết định đã bị hủy bỏ, hoặc chỉ có quyết định (danh hiệu Lao động tiên tiến).',
          messageEn:
            'Nothing to print: the awards of this decision are revoked, or come with the decision only (Lao động tiên tiến).',
        },
      ]);
    }
    return printable;
  }

  /** Certificates as one HTML document to print, one page each. */
  renderCertificates(certificates: PrintableCertificate[], layout: CertificateLayout = 'framed'): string {
    return layout === 'preprinted'
      ? this.renderer.render('certificate-preprinted', { certificates, offset: this.config.preprintedOffsetMm })
      : this.renderer.render('certificate', { certificates });
  }

  /** The calibration page: where each field of a pre-printed blank lands, after the configured offsets. */
  calibrationHtml(): string {
    return this.renderer.render('certificate-calibration', {
      offset: this.config.preprintedOffsetMm,
      // A line every 10 mm across the A4 landscape page.
      columns: Array.from({ length: 29 }, (_, index) => (index + 1) * 10),
      rows: Array.from({ length: 20 }, (_, index) => (index + 1) * 10),
    });
  }

  /** One nomination's certificate, once it is decided (and while it is not revoked). */
  async certificateOfNomination(
    caller: CurrentUser,
    nominationId: number,
    layout: CertificateLayout = 'framed',
  ): Promise<string> {
    const nomination = await this.nominations.require(caller, nominationId);
    const award = await this.dataSource.getRepository(DecisionAward).findOneBy({ nominationId });
    if (!award || !['decided', 'awarded'].includes(nomination.state)) {
      throw new AppError(
        ErrorCode.WorkflowConflict,
        'Đề nghị chưa có quyết định khen thưởng (hoặc đã bị hủy bỏ)',
        'The nomination has no standing decision',
        {
          state: nomination.state,
          allowedEvents: [],
        },
      );
    }
    const decision = await this.dataSource
      .getRepository(Decision)
      .findOne({ where: { id: award.decisionId }, relations: { issuingUnit: true } });
    // The proposing unit may print its awardee's certificate even when the decision was issued above it.
    const viewer = inScope(caller, decision!.issuingUnit!.path)
      ? caller
      : { ...caller, unitPath: decision!.issuingUnit!.path };
    return this.certificatesHtml(viewer, award.decisionId, layout, nominationId);
  }
}
