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
  @ApiProperty({ description: 'Dossiers returned or rejected later than the return limit after their receipt' })
  returnedLate: number;
  @ApiProperty() returnLimitWorkingDays: number;
}

class FormColumnView {
  @ApiProperty({ example: '2', description: 'The column’s code on the form (1, 2 …)' }) code: string;
  @ApiProperty() label: string;
  @ApiProperty({ nullable: true, type: String, description: 'The heading above a group of columns' })
  group: string | null;
}

class FormRowView {
  @ApiProperty({ example: '01', description: 'The row’s code (mã số); empty for a heading' }) code: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'A heading row ("1. Chia theo …") with no numbers' }) heading: boolean;
  @ApiProperty({ description: '0 for totals and headings, 1 for "- …", 2 for "+ …" and "Trong đó"' }) depth: number;
  @ApiProperty({ description: 'The row’s unit of measure (đơn vị tính), where the form has one per row' })
  unit: string;
  @ApiProperty({ type: [Number], description: 'One number per column, in the columns’ order' }) values: number[];
}

class StatisticalFormView {
  @ApiProperty({ example: '0601.N' }) form: string;
  @ApiProperty({ example: '0601.N/BNV-TĐKT' }) symbol: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'The unit of measure of the whole form, or "" where each row has one' })
  unitOfMeasure: string;
  @ApiProperty({ type: [FormColumnView] }) columns: FormColumnView[];
  @ApiProperty({ type: [FormRowView] }) rows: FormRowView[];
}

class StatisticalFormsView {
  @ApiProperty({ example: 'Bộ Nội vụ', description: 'Who receives the forms: the Ministry for a province' })
  receivingUnit: string;
  @ApiProperty({ type: StatisticalFormView, description: 'Form 0601.N: movements' }) f0601: StatisticalFormView;
  @ApiProperty({ type: StatisticalFormView, description: 'Form 0602.N: state-level awards' })
  f0602: StatisticalFormView;
  @ApiProperty({ type: StatisticalFormView, description: 'Form 0603.N: ministry- and province-level awards' })
  f0603: StatisticalFormView;
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
