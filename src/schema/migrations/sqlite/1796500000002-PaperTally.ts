import { MigrationInterface, QueryRunner } from 'typeorm';

/** A session's counts may come from paper ballots the secretary entered (the minutes say so). */
export class PaperTally1796500000002 implements MigrationInterface {
  name = 'PaperTally1796500000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_sessions" ADD COLUMN "paperTally" boolean NOT NULL DEFAULT (0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_sessions" DROP COLUMN "paperTally"`);
  }
}
