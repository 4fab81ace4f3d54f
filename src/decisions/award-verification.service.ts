import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findAwardType } from '../award-types/catalogue.js';
import { AppError } from '../common/app-error.js';
import { conferringOfficial, provinceNames } from '../documents/format.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { nomineeDetails } from '../nominations/nominee-details.js';
import { Unit } from '../units/unit.entity.js';
import { Decision, DecisionAward } from './decision.entity.js';

/** What anyone may learn from a certificate's code: no more than the certificate itself shows. */
export interface AwardVerification {
  status: 'valid' | 'revoked';
  awardName: string;
  nomineeName: string;
  decisionNumber: string;
  signedOn: string;
  issuer: string;
  /** The day the award was revoked, or null. */
  revokedOn: string | null;
}

/** Codes are 16 URL-safe characters (96 random bits); older ones 24 hex digits. Anything else is unknown at once. */
const CODE = /^[A-Za-z0-9_-]{16,32}$/;

/**
 * Checks a certificate by the verification code its QR code carries (issue #17): valid, or revoked. An unknown code
 * answers 404 with the same words whatever the reason, so that nothing can be learned by guessing.
 */
@Injectable()
export class AwardVerificationService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async verify(code: string): Promise<AwardVerification> {
    const unknown = () => AppError.notFound('mã xác minh', 'Verification code');
    if (!CODE.test(code)) throw unknown();
    const manager = this.dataSource.manager;
    const award = await manager.findOneBy(DecisionAward, { verificationCode: code });
    if (!award) throw unknown();
    const [decision, nomination] = await Promise.all([
      manager.findOne(Decision, { where: { id: award.decisionId }, relations: { issuingUnit: true } }),
      manager.findOneByOrFail(Nomination, { id: award.nominationId }),
    ]);
    const issuing = decision!.issuingUnit!;
    const root = await manager.findOneByOrFail(Unit, { id: Number(issuing.path.split('/')[1]) });
    const nominee = (await nomineeDetails(manager, [nomination])).get(nomination.id)!;
    return {
      status: award.revokedAt === null ? 'valid' : 'revoked',
      awardName: findAwardType(nomination.awardTypeCode)?.name ?? nomination.awardTypeCode,
      nomineeName: nominee.name,
      decisionNumber: decision!.number,
      signedOn: decision!.signedOn,
      issuer: conferringOfficial(issuing, provinceNames(root.name).body, decision!.higherAuthority),
      revokedOn: award.revokedAt?.slice(0, 10) ?? null,
    };
  }
}
