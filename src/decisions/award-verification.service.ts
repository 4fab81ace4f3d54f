import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findAwardType } from '../award-types/catalogue.js';
import { AppError } from '../common/app-error.js';
import { conferringOfficial, provinceNames } from '../documents/format.js';
import { placeholder, readRows } from '../database/sql.js';

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

interface VerificationRow {
  revokedAt: string | null;
  awardTypeCode: string;
  nomineeName: string | null;
  number: string;
  signedOn: string;
  higherAuthority: string | null;
  issuerKind: string;
  issuerName: string;
  rootName: string;
}

/** The path of the root of the issuing unit's tree ("/12/" of "/12/34/"), in each database's SQL. */
function rootPathSql(dataSource: DataSource): string {
  return dataSource.options.type === 'postgres'
    ? `'/' || split_part(iu.path, '/', 2) || '/'`
    : `substr(iu.path, 1, instr(substr(iu.path, 2), '/') + 1)`;
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
    // One indexed read: anyone may call this, often, and it must stay cheap.
    const [row] = await readRows<VerificationRow>(
      this.dataSource,
      `SELECT da."revokedAt", n."awardTypeCode",
          COALESCE(p."fullName", nu.name, 'Hộ ông (bà) ' || n."householdHeadName") AS "nomineeName",
          d.number, d."signedOn", d."higherAuthority", iu.kind AS "issuerKind", iu.name AS "issuerName",
          root.name AS "rootName"
        FROM decision_awards da
        JOIN decisions d ON d.id = da."decisionId"
        JOIN nominations n ON n.id = da."nominationId"
        JOIN units iu ON iu.id = d."issuingUnitId"
        JOIN units root ON root.path = ${rootPathSql(this.dataSource)}
        LEFT JOIN people p ON p.id = n."personId"
        LEFT JOIN units nu ON nu.id = n."nomineeUnitId"
        WHERE da."verificationCode" = ${placeholder(this.dataSource, 1)}`,
      [code],
    );
    if (!row) throw unknown();
    return {
      status: row.revokedAt === null ? 'valid' : 'revoked',
      awardName: findAwardType(row.awardTypeCode)?.name ?? row.awardTypeCode,
      nomineeName: row.nomineeName ?? '',
      decisionNumber: row.number,
      signedOn: row.signedOn,
      issuer: conferringOfficial(
        { kind: row.issuerKind, name: row.issuerName },
        provinceNames(row.rootName).body,
        row.higherAuthority,
      ),
      revokedOn: row.revokedAt?.slice(0, 10) ?? null,
    };
  }
}
