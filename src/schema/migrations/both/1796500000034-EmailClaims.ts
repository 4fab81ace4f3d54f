import { MigrationInterface, QueryRunner } from 'typeorm';

/** When an e-mail was claimed for sending, so that one left `sending` by a stopped sender is sent again. */
export class EmailClaims1796500000034 implements MigrationInterface {
  name = 'EmailClaims1796500000034';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD COLUMN "emailClaimedAt" varchar(24)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "emailClaimedAt"`);
  }
}
