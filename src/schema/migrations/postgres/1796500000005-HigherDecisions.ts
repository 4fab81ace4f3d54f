import { MigrationInterface, QueryRunner } from 'typeorm';

/** A decision recorded for forwarded nominations names the higher body that signed it. */
export class HigherDecisions1796500000005 implements MigrationInterface {
  name = 'HigherDecisions1796500000005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decisions" ADD COLUMN "higherAuthority" varchar(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "higherAuthority"`);
  }
}
