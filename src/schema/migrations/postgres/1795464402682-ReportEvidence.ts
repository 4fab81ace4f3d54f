import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportEvidence1795464402682 implements MigrationInterface {
  name = 'ReportEvidence1795464402682';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_reports" ADD "evidenceFileName" character varying(255)`);
    await queryRunner.query(`ALTER TABLE "progress_reports" ADD "evidenceMediaType" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "progress_reports" ADD "evidenceSha256" character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP COLUMN "evidenceSha256"`);
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP COLUMN "evidenceMediaType"`);
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP COLUMN "evidenceFileName"`);
  }
}
