import { MigrationInterface, QueryRunner } from 'typeorm';

/** A session's counts may come from paper ballots the secretary entered (the minutes say so). */
export class PaperTally1796500000003 implements MigrationInterface {
  name = 'PaperTally1796500000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_sessions" ADD COLUMN "paperTally" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_sessions" DROP COLUMN "paperTally"`);
  }
}
