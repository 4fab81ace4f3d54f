import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { findAwardType, findRuleSet } from '../award-types/catalogue.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError, ErrorCode } from '../common/app-error.js';
import { certificateItemName, conferringOfficial, provinceNames, vietnameseDate } from '../documents/format.js';
import { articleOne, articleThree, decisionSubject, signatureBlock } from './decision-wording.js';
import { DocumentRenderer } from '../documents/renderer.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { Person } from '../people/person.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Decision, DecisionAward } from './decision.entity.js';

interface Recipient {
  name: string;
  position: string;
  unit: string;
  kind: Nomination['nomineeKind'];
}

/** Decisions and certificates as official documents (Decree 30/2020 layout; Decree 98 Art 104 certificate model). */
@Injectable()
export class DecisionDocumentsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DocumentRenderer) private readonly renderer: DocumentRenderer,
    @Inject(NominationsService) private readonly nominations: NominationsService,
  ) {}

  private async load(caller: CurrentUser, decisionId: number) {
    const decision = await this.dataSource
      .getRepository(Decision)
      .findOne({ where: { id: decisionId }, relations: { issuingUnit: true } });
    if (!decision?.issuingUnit || !inScope(caller, decision.issuingUnit.path))
      throw AppError.notFound('quyết định', 'Decision');
    const awards = await this.dataSource
      .getRepository(DecisionAward)
      .find({ where: { decisionId }, order: { goldenBookNumber: 'ASC' } });
    const nominations = awards.length
      ? await this.dataSource.getRepository(Nomination).findBy({ id: In(awards.map((a) => a.nominationId)) })
      : [];
    const recipients = await this.recipients(nominations);
    const issuing = decision.issuingUnit;
    const rootId = Number(issuing.path.split('/')[1]);
    const root =
      rootId === issuing.id ? issuing : await this.dataSource.getRepository(Unit).findOneByOrFail({ id: rootId });
    return { decision, awards, nominations, recipients, issuing, root };
  }

  private async recipients(nominations: Nomination[]): Promise<Map<number, Recipient>> {
    const personIds = nominations.map((n) => n.personId).filter((id): id is number => id !== null);
    const people = personIds.length
      ? await this.dataSource.getRepository(Person).find({ where: { id: In(personIds) }, relations: { unit: true } })
      : [];
    const unitIds = nominations
      .map((n) => n.nomineeUnitId ?? n.householdCommuneUnitId)
      .filter((id): id is number => id !== null);
    const units = unitIds.length ? await this.dataSource.getRepository(Unit).findBy({ id: In(unitIds) }) : [];
    const result = new Map<number, Recipient>();
    for (const nomination of nominations) {
      if (nomination.personId) {
        const person = people.find((p) => p.id === nomination.personId);
        result.set(nomination.id, {
          name: person?.fullName ?? '',
          position: person?.position ?? '',
          unit: person?.unit?.name ?? '',
          kind: 'individual',
        });
      } else if (nomination.nomineeUnitId) {
        result.set(nomination.id, {
          name: units.find((u) => u.id === nomination.nomineeUnitId)?.name ?? '',
          position: '',
          unit: '',
          kind: 'collective',
        });
      } else {
        const commune = units.find((u) => u.id === nomination.householdCommuneUnitId)?.name ?? '';
        result.set(nomination.id, {
          name: `Hộ ông (bà) ${nomination.householdHeadName ?? ''}`,
          position: nomination.householdAddress ?? '',
          unit: commune,
          kind: 'household',
        });
      }
    }
    return result;
  }

  async decisionHtml(caller: CurrentUser, decisionId: number): Promise<string> {
    const { decision, awards, nominations, recipients, issuing, root } = await this.load(caller, decisionId);
    const province = issuing.kind === 'province';
    const ruleSet = findRuleSet(decision.ruleSetCode);
    const legalBases = [
      province ? 'Căn cứ Luật Tổ chức chính quyền địa phương;' : `Căn cứ chức năng, nhiệm vụ của ${issuing.name};`,
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      ...(ruleSet?.decrees ?? []).map(
        (decree) =>
          `Căn cứ Nghị định số ${decree.number}${decree.signedOn ? ` ${vietnameseDate(decree.signedOn)}` : ''} của Chính phủ;`,
      ),
      province ? 'Xét đề nghị của Giám đốc Sở Nội vụ.' : 'Xét đề nghị của Hội đồng Thi đua - Khen thưởng.',
    ];
    const rows = awards.map((award) => {
      const nomination = nominations.find((n) => n.id === award.nominationId)!;
      const recipient = recipients.get(nomination.id)!;
      return {
        kind: recipient.kind,
        name: recipient.name,
        detail: [recipient.position, recipient.unit].filter(Boolean).join(', '),
        award: findAwardType(nomination.awardTypeCode)?.name ?? nomination.awardTypeCode,
        goldenBookNumber: award.goldenBookNumber,
        reward: award.rewardAmountVnd === null ? null : Number(award.rewardAmountVnd),
        revoked: award.revokedAt !== null,
      };
    });
    const sections = [
      { kind: 'individual', title: 'I. Cá nhân' },
      { kind: 'collective', title: 'II. Tập thể' },
      { kind: 'household', title: 'III. Hộ gia đình' },
    ]
      .map((section) => ({
        title: section.title,
        rows: rows.filter((row) => row.kind === section.kind).map((row, index) => ({ ...row, ordinal: index + 1 })),
      }))
      .filter((section) => section.rows.length > 0);
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
    return this.renderer.render('decision', {
      decision,
      header: {
        issuingBodyParent: province ? '' : provinceNames(root.name).body,
        issuingBody: province ? provinceNames(root.name).body : issuing.name,
        documentNumber: decision.number,
        place: provinceNames(root.name).place,
        dateIso: decision.signedOn,
      },
      signerAuthority: province
        ? `Chủ tịch ${provinceNames(root.name).body}`
        : conferringOfficial(issuing, provinceNames(root.name).body),
      subject: decisionSubject(worded),
      legalBases,
      articleOne: articleOne(worded),
      rewardDecree: ruleSet?.decrees[0]?.number ?? '',
      baseSalary: Number(decision.baseSalaryVnd),
      articleThree: articleThree(issuing.kind, province ? provinceNames(root.name).body : issuing.name),
      totalReward: rows.reduce((sum, row) => sum + (row.revoked ? 0 : (row.reward ?? 0)), 0),
      signature: signatureBlock(issuing.kind, decision.signerTitle),
      sections,
    });
  }

  /** Every certificate of a decision, one A4 landscape page each; revoked awards are not printed. */
  async certificatesHtml(caller: CurrentUser, decisionId: number, onlyNominationId?: number): Promise<string> {
    const { decision, awards, nominations, recipients, issuing, root } = await this.load(caller, decisionId);
    const certificates = awards
      .filter(
        (award) =>
          award.revokedAt === null && (onlyNominationId === undefined || award.nominationId === onlyNominationId),
      )
      .map((award) => {
        const nomination = nominations.find((n) => n.id === award.nominationId)!;
        const awardType = findAwardType(nomination.awardTypeCode);
        return {
          official: conferringOfficial(issuing, provinceNames(root.name).body, decision.higherAuthority),
          award: {
            name: certificateItemName(awardType?.name ?? nomination.awardTypeCode, awardType?.kind ?? 'form'),
            kind: awardType?.kind ?? 'form',
          },
          recipient: recipients.get(nomination.id)!,
          achievement: nomination.achievements,
          decision,
          goldenBookNumber: award.goldenBookNumber,
          register: `${award.registerNumber}/${award.registerYear}`,
          place: provinceNames(root.name).place,
        };
      });
    return this.renderer.render('certificate', { certificates });
  }

  /** One nomination's certificate, once it is decided (and while it is not revoked). */
  async certificateOfNomination(caller: CurrentUser, nominationId: number): Promise<string> {
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
    return this.certificatesHtml(viewer, award.decisionId, nominationId);
  }
}
