import { MigrationInterface, QueryRunner } from 'typeorm';

/** Submission deadlines: a movement's last day for its nominations, and the board's acceptance of a late dossier. */
export class SubmissionDeadlines1796500000033 implements MigrationInterface {
  name = 'SubmissionDeadlines1796500000033';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "movements" ADD COLUMN "submissionDeadline" varchar(10)`);
    await queryRunner.query(`ALTER TABLE "nominations" ADD COLUMN "lateAcceptedAt" varchar(24)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "nominations" DROP COLUMN "lateAcceptedAt"`);
    await queryRunner.query(`ALTER TABLE "movements" DROP COLUMN "submissionDeadline"`);
  }
}
