import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PageQuery } from '../common/pagination.js';
import { IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';
import { CERTIFICATE_LAYOUTS, type CertificateLayout } from '../documents/document-response.js';
import { CERTIFICATE_PRINT_STATES, type CertificatePrintState } from './certificate-print.entity.js';
import { DocumentNumber, IsoDate, NominationIds, NotBlank, Optional, SignerField } from '../common/dto-helpers.js';

export class CreateDecisionDto {
  @DocumentNumber('05/QĐ-UBND')
  number: string;

  @IsoDate()
  signedOn: string;

  @SignerField('Nguyễn Đình Việt')
  signerName: string;

  @SignerField('CHỦ TỊCH')
  signerTitle: string;

  @ApiProperty({ description: 'The unit that issues the decision, or that records a higher one' })
  @IsInt()
  @Min(1)
  issuingUnitId: number;

  @ApiPropertyOptional({
    example: 'Thủ tướng Chính phủ',
    description: 'Required to record the decision of a higher body on forwarded nominations, and only then',
  })
  @Optional()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  higherAuthority?: string;

  @ApiPropertyOptional({
    description:
      'The Tờ trình the decision answers (its legal bases cite it); every nomination of the decision must be on its list',
  })
  @Optional()
  @IsInt()
  @Min(1)
  proposalId?: number;

  @NominationIds('Approved (or forwarded) nominations, in the order of the annex')
  nominationIds: number[];
}

export class DecisionQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'The year the decision was signed' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  issuingUnitId?: number;

  @ApiPropertyOptional({ description: 'Part of the number or the signer’s name, ignoring case and diacritics' })
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

// Answers

export class DecisionSummaryView {
  @ApiProperty() id: number;
  @ApiProperty({ example: '05/QĐ-UBND' }) number: string;
  @ApiProperty({ format: 'date' }) signedOn: string;
  @ApiProperty() signerName: string;
  @ApiProperty() signerTitle: string;
  @ApiProperty() issuingUnitId: number;
  @ApiProperty({ description: 'The issuing unit’s name today' }) issuingUnitName: string;
}

export class DecisionAwardView {
  @ApiProperty() nominationId: number;
  @ApiProperty() awardTypeCode: string;
  @ApiProperty({ enum: ['individual', 'collective', 'household'] }) nomineeKind: string;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ description: 'The recipient’s ordinal in the decision (số sổ vàng)' }) goldenBookNumber: number;
  @ApiProperty({ description: 'The certificate’s number in the register of its year' }) registerNumber: number;
  @ApiProperty() registerYear: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'VND paid, rounded up to 10,000; 0 where the same person holds a higher award for the year; null where the province pays nothing',
  })
  rewardVnd: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The same as rewardVnd (its first name)' })
  rewardAmountVnd: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The code the certificate carries for checking it' })
  verificationCode: string | null;
  @ApiProperty() revoked: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) revokeReason: string | null;
}

export class DecisionView {
  @ApiProperty() id: number;
  @ApiProperty() number: string;
  @ApiProperty({ format: 'date' }) signedOn: string;
  @ApiProperty() signerName: string;
  @ApiProperty() signerTitle: string;
  @ApiProperty() issuingUnitId: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The higher body that signed it, for forwarded nominations',
  })
  higherAuthority: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The Tờ trình it answers' }) proposalId: number | null;
  @ApiProperty({ description: 'The rule set its nominations were judged under' }) ruleSet: string;
  @ApiProperty({ description: 'The base salary in force on signedOn (VND)' }) baseSalaryVnd: number;
  @ApiProperty({ description: 'The reward money the decision pays in all (VND)' }) totalRewardVnd: number;
  @ApiProperty({
    description: 'Awards standing that come with a certificate or a flag (what the certificates document prints)',
  })
  printableItems: number;
  @ApiProperty({ type: [DecisionAwardView], description: 'In the annex’s order' }) awards: DecisionAwardView[];
}

export class AwardVerificationView {
  @ApiProperty({ enum: ['valid', 'revoked'] }) status: 'valid' | 'revoked';
  @ApiProperty({ example: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' }) awardName: string;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ example: '05/QĐ-UBND' }) decisionNumber: string;
  @ApiProperty({ format: 'date' }) signedOn: string;
  @ApiProperty({ example: 'Chủ tịch Ủy ban nhân dân tỉnh Sơn La', description: 'The official who conferred it' })
  issuer: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'The day it was revoked' })
  revokedOn: string | null;
}

export class CertificatePrintRequestDto {
  @ApiPropertyOptional({ enum: CERTIFICATE_LAYOUTS, default: 'framed' })
  @Optional()
  @IsIn(CERTIFICATE_LAYOUTS)
  layout?: CertificateLayout;
}

export class CertificatePrintView {
  @ApiProperty() id: number;
  @ApiProperty() decisionId: number;
  @ApiProperty({ enum: CERTIFICATE_LAYOUTS }) layout: string;
  @ApiProperty({ enum: CERTIFICATE_PRINT_STATES }) state: CertificatePrintState;
  @ApiProperty({ nullable: true, type: Number, description: 'Certificates to print, known once printing starts' })
  total: number | null;
  @ApiProperty({ description: 'Certificates printed so far' }) printed: number;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Bytes of the kept PDF' }) fileSize: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why a failed print stopped' }) error: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where the PDF is downloaded, once done' })
  fileUrl: string | null;
}
