import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { findAwardType } from '../award-types/catalogue.js';
import { AppError, type RuleViolation } from '../common/app-error.js';
import { nowIso, todayInVietnam } from '../common/time.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Transactions } from '../database/transactions.js';
import { inSubtree } from '../database/scope.js';
import { skipTake, type Page, type PageQuery } from '../common/pagination.js';
import type { AdministrativeDocument } from '../documents/administrative-document.js';
import {
  decisionSubject,
  lawAndDecrees,
  proposalRequests,
  sectionsByNominee,
  signatureBlock,
} from '../documents/award-wording.js';
import { conferringOfficial, provinceNames, vietnameseDate } from '../documents/format.js';
import { ruleSetOf, awardTypeOf } from '../nominations/eligibility-facts.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { loadNomination } from '../nominations/nomination.queries.js';
import { nomineeDetails } from '../nominations/nominee-details.js';
import { Unit } from '../units/unit.entity.js';
import { workflowLabel } from '../workflow/labels.js';
import type { CreateProposalDto, ProposalView } from './proposals.dto.js';
import { Proposal, ProposalNomination } from './proposal.entity.js';
import { loadProposal } from './proposal.queries.js';

/**
 * Tờ trình: the board submits the council's approved nominations to the official who decides, and the decision cites the
 * Tờ trình. Recording one changes no nomination's state; it is a document of record with its own number.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async create(caller: CurrentUser, dto: CreateProposalDto): Promise<ProposalView> {
    const id = await this.transactions.run(async (manager) => {
      const issuing = await manager.findOneBy(Unit, { id: dto.issuingUnitId });
      const violations: RuleViolation[] = [];
      if (!issuing || !inScope(caller, issuing.path)) {
        violations.push({
          rule: 'proposal.issuing_unit',
          message: 'Cơ quan trình không tồn tại hoặc ngoài phạm vi',
          messageEn: 'The issuing unit is unknown or out of scope',
        });
      }
      if (dto.date > todayInVietnam()) {
        violations.push({
          rule: 'proposal.date',
          message: 'Ngày ký tờ trình không được sau ngày hôm nay',
          messageEn: 'A Tờ trình cannot be dated after today',
        });
      }
      for (const nominationId of dto.nominationIds) {
        const nomination = await loadNomination(manager, nominationId);
        if (!nomination || !inScope(caller, nomination.decidingUnit!.path)) {
          violations.push({
            rule: 'proposal.nomination',
            message: `Hồ sơ số ${nominationId} không tồn tại hoặc ngoài thẩm quyền`,
            messageEn: `Nomination ${nominationId} is unknown or out of scope`,
          });
        } else if (nomination.state !== 'approved') {
          violations.push({
            rule: 'proposal.nomination_state',
            message: `Hồ sơ số ${nominationId} chưa được Hội đồng chấp thuận (${workflowLabel('state', nomination.state)})`,
            messageEn: `Nomination ${nominationId} is not approved by the council (${workflowLabel('state', nomination.state, 'en')})`,
          });
        }
      }
      if (violations.length > 0)
        throw AppError.rules(violations, 'Không thể lập tờ trình', 'The Tờ trình cannot be recorded');
      const proposedYear = Number(dto.date.slice(0, 4));
      if (await manager.existsBy(Proposal, { issuingUnitId: issuing!.id, proposedYear, number: dto.number })) {
        throw AppError.conflict(
          `${issuing!.name} đã có tờ trình số ${dto.number} năm ${proposedYear}`,
          `${issuing!.name} already has Tờ trình ${dto.number} in ${proposedYear}`,
        );
      }
      const proposal = await manager.save(
        manager.create(Proposal, {
          number: dto.number,
          date: dto.date,
          proposedYear,
          issuingUnitId: issuing!.id,
          signerName: dto.signerName.trim(),
          signerTitle: dto.signerTitle.trim(),
          createdById: caller.id,
          createdAt: nowIso(),
        }),
      );
      await manager.insert(
        ProposalNomination,
        dto.nominationIds.map((nominationId, index) => ({ proposalId: proposal.id, nominationId, ordinal: index + 1 })),
      );
      await this.audit.record(manager, {
        entityType: 'proposal',
        entityId: proposal.id,
        action: 'create',
        actorId: caller.id,
        details: { number: dto.number, nominationIds: dto.nominationIds },
      });
      return proposal.id;
    });
    return this.get(caller, id);
  }

  private async require(caller: CurrentUser, id: number) {
    const proposal = await loadProposal(this.dataSource.manager, id);
    if (!proposal?.issuingUnit || !inScope(caller, proposal.issuingUnit.path))
      throw AppError.notFound('tờ trình', 'Proposal');
    return proposal;
  }

  /** The Tờ trình of units in the caller's scope, newest first. */
  async list(caller: CurrentUser, query: PageQuery): Promise<Page<ProposalView>> {
    const { skip, take } = skipTake(query);
    const [proposals, total] = await this.dataSource
      .getRepository(Proposal)
      .createQueryBuilder('proposal')
      .innerJoin('proposal.issuingUnit', 'unit')
      .where(...inSubtree('unit.path', caller.unitPath))
      .orderBy('proposal.id', 'DESC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    const items = proposals.length
      ? await this.dataSource.getRepository(ProposalNomination).find({
          where: { proposalId: In(proposals.map((proposal) => proposal.id)) },
          order: { ordinal: 'ASC' },
        })
      : [];
    return {
      items: proposals.map((proposal) => ({
        ...this.view(proposal),
        nominationIds: items.filter((item) => item.proposalId === proposal.id).map((item) => item.nominationId),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  private view(proposal: Proposal): Omit<ProposalView, 'nominationIds'> {
    return {
      id: proposal.id,
      number: proposal.number,
      date: proposal.date,
      issuingUnitId: proposal.issuingUnitId,
      signerName: proposal.signerName,
      signerTitle: proposal.signerTitle,
    };
  }

  async get(caller: CurrentUser, id: number): Promise<ProposalView> {
    const proposal = await this.require(caller, id);
    return { ...this.view(proposal), nominationIds: proposal.nominationIds };
  }

  /** The Tờ trình as an administrative document (Decree 30/2020), with its list as the annex. */
  async document(caller: CurrentUser, id: number): Promise<AdministrativeDocument> {
    const proposal = await this.require(caller, id);
    const issuing = proposal.issuingUnit!;
    const units = this.dataSource.getRepository(Unit);
    const root = await units.findOneByOrFail({ id: Number(issuing.path.split('/')[1]) });
    const provinceBody = provinceNames(root.name).body;
    const nominations = await this.dataSource.getRepository(Nomination).findBy({ id: In(proposal.nominationIds) });
    const ordered = proposal.nominationIds.map((nominationId) => nominations.find((n) => n.id === nominationId)!);
    const nominees = await nomineeDetails(this.dataSource.manager, ordered);
    const deciding = await units.findOneByOrFail({ id: ordered[0].decidingUnitId });
    const decider =
      deciding.kind === 'province' ? `Chủ tịch ${provinceBody}` : conferringOfficial(deciding, provinceBody);
    const ruleSet = ruleSetOf(ordered[0]);
    const worded = ordered.map((nomination) => ({
      awardName: awardTypeOf(nomination).name,
      kind: awardTypeOf(nomination).kind,
      nomineeKind: nomination.nomineeKind,
    }));
    const issuerName = issuing.kind === 'province' ? provinceBody : issuing.name;
    const rows = ordered.map((nomination) => {
      const nominee = nominees.get(nomination.id)!;
      return {
        kind: nominee.kind,
        cells: [
          nominee.name,
          [nominee.position, nominee.unit].filter(Boolean).join(', '),
          findAwardType(nomination.awardTypeCode)?.name ?? nomination.awardTypeCode,
        ],
      };
    });
    return {
      title: `Tờ trình số ${proposal.number}`,
      header: {
        issuingBodyParent: issuing.kind === 'province' ? '' : provinceBody,
        issuingBody: issuerName,
        documentNumber: proposal.number,
        place: provinceNames(root.name).place,
        dateIso: proposal.date,
      },
      kind: 'TỜ TRÌNH',
      subject: decisionSubject(worded, true),
      authority: '',
      addressee: `Kính gửi: ${decider}.`,
      legalBases: lawAndDecrees(ruleSet.decrees, this.config.provincialRegulation),
      opening: '',
      paragraphs: [
        {
          label: '',
          text: `Trên cơ sở hồ sơ đề nghị của các cơ quan, đơn vị và kết quả xét duyệt của Hội đồng Thi đua - Khen thưởng, ${issuerName} kính trình ${decider} xem xét, quyết định:`,
        },
        ...proposalRequests(worded).map((text) => ({ label: '', text })),
        { label: '', text: '(Có danh sách và hồ sơ kèm theo)' },
        { label: '', text: `${issuerName} kính trình ${decider} xem xét, quyết định./.` },
      ],
      recipients: ['- Như trên;', '- Lưu: VT, TĐKT.'],
      signature: { ...signatureBlock(issuing.kind, proposal.signerTitle), name: proposal.signerName },
      annex: {
        heading: 'DANH SÁCH',
        subheading: decisionSubject(worded, true).replace(/^Về việc đề nghị tặng/, 'Đề nghị tặng'),
        reference: `(Kèm theo Tờ trình số ${proposal.number} ${vietnameseDate(proposal.date)} của ${issuerName})`,
        columns: ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức đề nghị'],
        numeric: [true, false, false, false],
        widths: [7, 31, 36, 26],
        sections: sectionsByNominee(rows).map((section) => ({
          title: section.title,
          rows: section.rows.map((row) => [String(row.ordinal), ...row.cells]),
        })),
      },
    };
  }
}
