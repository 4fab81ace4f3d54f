import { ApiProperty } from '@nestjs/swagger';

// The yearly report's JSON (api.md, `GET /api/reports/yearly`); the HTML, PDF and XLSX show the same numbers.

/** Counts by a code (a state, an award type, a scope…): every code the report knows, with 0 where none. */
const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

class UnitRefView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

class MovementCountsView {
  @ApiProperty() launched: number;
  @ApiProperty() concluded: number;
}

class ReportTargetView {
  @ApiProperty() movementId: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() unit: string;
  @ApiProperty() targetValue: number;
  @ApiProperty({ nullable: true, type: Number }) latestValue: number | null;
  @ApiProperty({ nullable: true, type: Number }) achievementRate: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) achieved: boolean | null;
}

class NominationCountsView {
  @ApiProperty() total: number;
  @ApiProperty({ ...COUNTS, description: 'By state' }) byState: Record<string, number>;
}

class UnitCountView {
  @ApiProperty() unitId: number;
  @ApiProperty() name: string;
  @ApiProperty() count: number;
}

class AwardCountsView {
  @ApiProperty({ description: 'Awards by decisions of the year, revoked ones not counted' }) total: number;
  @ApiProperty({ ...COUNTS, description: 'By award type code' }) byAwardType: Record<string, number>;
  @ApiProperty({ type: [UnitCountView], description: 'By proposing unit' }) byUnit: UnitCountView[];
  @ApiProperty() individuals: number;
  @ApiProperty() collectives: number;
  @ApiProperty() households: number;
  @ApiProperty({ description: 'Individuals who are workers, farmers or direct labourers' }) directLabourers: number;
  @ApiProperty({ nullable: true, type: Number, description: 'directLabourers ÷ individuals' })
  directLabourerShare: number | null;
  @ApiProperty() revoked: number;
}

class ProcessingView {
  @ApiProperty() appraised: number;
  @ApiProperty({ nullable: true, type: Number }) medianWorkingDays: number | null;
  @ApiProperty({ description: 'Appraised after the limit' }) overdue: number;
  @ApiProperty() limitWorkingDays: number;
}

class Form0601RowView {
  @ApiProperty({ description: 'The launching level' }) level: string;
  @ApiProperty() total: number;
  @ApiProperty(COUNTS) byScope: Record<string, number>;
  @ApiProperty(COUNTS) byDuration: Record<string, number>;
  @ApiProperty(COUNTS) byKind: Record<string, number>;
}

class AwardFormRowView {
  @ApiProperty() awardTypeCode: string;
  @ApiProperty() name: string;
  @ApiProperty() total: number;
  @ApiProperty() individuals: number;
  @ApiProperty() collectives: number;
  @ApiProperty() households: number;
  @ApiProperty({ ...COUNTS, description: 'enterprise, leader, direct_labourer' }) byRecipient: Record<string, number>;
  @ApiProperty({ ...COUNTS, description: 'By category (merit, ad_hoc, thematic, dedication, foreign)' })
  byCategory: Record<string, number>;
}

class StatisticalFormsView {
  @ApiProperty({ type: [Form0601RowView], description: 'Form 0601.N: movements' }) f0601: Form0601RowView[];
  @ApiProperty({ type: [AwardFormRowView], description: 'Form 0602.N: state-level awards' }) f0602: AwardFormRowView[];
  @ApiProperty({ type: [AwardFormRowView], description: 'Form 0603.N: province-level awards' })
  f0603: AwardFormRowView[];
}

class PreviousYearView {
  @ApiProperty() year: number;
  @ApiProperty() movementsLaunched: number;
  @ApiProperty() movementsConcluded: number;
  @ApiProperty() nominations: number;
  @ApiProperty() awards: number;
  @ApiProperty() individuals: number;
  @ApiProperty() collectives: number;
  @ApiProperty() households: number;
  @ApiProperty({ nullable: true, type: Number }) directLabourerShare: number | null;
}

export class YearlyReportView {
  @ApiProperty() year: number;
  @ApiProperty({ type: UnitRefView, description: 'The caller’s unit; the report covers it and everything below' })
  unit: UnitRefView;
  @ApiProperty({ format: 'date' }) generatedOn: string;
  @ApiProperty({ type: MovementCountsView }) movements: MovementCountsView;
  @ApiProperty({ type: [ReportTargetView] }) targets: ReportTargetView[];
  @ApiProperty({ type: NominationCountsView }) nominations: NominationCountsView;
  @ApiProperty({ type: AwardCountsView }) awards: AwardCountsView;
  @ApiProperty({ type: ProcessingView }) processing: ProcessingView;
  @ApiProperty({ type: StatisticalFormsView, description: 'The forms of Circular 02/2023/TT-BNV' })
  forms: StatisticalFormsView;
  @ApiProperty({ type: PreviousYearView, description: 'The same headline figures for the year before' })
  previousYear: PreviousYearView;
}
