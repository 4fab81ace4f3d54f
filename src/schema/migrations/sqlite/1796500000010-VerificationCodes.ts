import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every award of a decision carries an unguessable code for checking its certificate; awards already recorded get one. */
export class VerificationCodes1796500000010 implements MigrationInterface {
  name = 'VerificationCodes1796500000010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decision_awards" ADD COLUMN "verificationCode" varchar(32)`);
    await queryRunner.query(`UPDATE "decision_awards" SET "verificationCode" = lower(hex(randomblob(12)))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_decision_awards_verification_code" ON "decision_awards" ("verificationCode")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_decision_awards_verification_code"`);
    await queryRunner.query(`ALTER TABLE "decision_awards" DROP COLUMN "verificationCode"`);
  }
}
