import { ApiProperty } from '@nestjs/swagger';
import { AWARD_ITEMS, type AwardItem } from './catalogue.js';

// Answers

export class AwardRuleView {
  @ApiProperty({ description: 'The stable rule code a violation names' }) code: string;
  @ApiProperty({ description: 'The article it applies' }) article: string;
  @ApiProperty() description: string;
}

export class RewardMultipleView {
  @ApiProperty({ nullable: true, type: Number }) individual: number | null;
  @ApiProperty({ nullable: true, type: Number }) collective: number | null;
}

export class AwardTypeView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ enum: ['title', 'form'], description: 'Emulation title or commendation form' }) kind: string;
  @ApiProperty({ enum: ['individual', 'collective', 'both'] }) nomineeKind: string;
  @ApiProperty() householdsAllowed: boolean;
  @ApiProperty() conferredBy: string;
  @ApiProperty({ enum: ['unit', 'board_chairman', 'council', 'council_forward'] }) route: string;
  @ApiProperty() requiresCouncil: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Share of all council members that must approve' })
  voteThreshold: number | null;
  @ApiProperty({ description: 'Candidates are posted for comments before the council meets' }) publicNotice: boolean;
  @ApiProperty({
    enum: AWARD_ITEMS,
    description: 'What comes with the award: a certificate, a flag (Cờ thi đua), or only the decision (LĐTT)',
  })
  item: AwardItem;
  @ApiProperty({ type: RewardMultipleView, description: 'Reward money as a multiple of the base salary' })
  rewardMultiple: RewardMultipleView;
  @ApiProperty({ type: [AwardRuleView] }) rules: AwardRuleView[];
}

export class DecreeView {
  @ApiProperty({ example: '152/2025/NĐ-CP' }) number: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) signedOn: string | null;
  @ApiProperty({ example: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng' }) title: string;
}

export class RuleSetView {
  @ApiProperty({ example: '2025-07' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date', description: 'The first submission day it applies to' }) effectiveFrom: string;
  @ApiProperty({ type: [String] }) legalBasis: string[];
  @ApiProperty({ type: [DecreeView], description: 'The decrees it applies, as documents cite them' })
  decrees: DecreeView[];
  @ApiProperty({ description: 'The province sets the dossier parts of grassroots titles (Decree 152 Art 6(2)(c))' })
  provinceSetsGrassrootsDossiers: boolean;
  @ApiProperty({ description: 'The shortest public notice, in working days, for the award types that need one' })
  publicNoticeWorkingDays: number;
}
