import { MigrationInterface, QueryRunner } from 'typeorm';

/** A council session records when it starts and where, for the minutes. */
export class SessionTimeAndPlace1796500000013 implements MigrationInterface {
  name = 'SessionTimeAndPlace1796500000013';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_sessions" ADD COLUMN "startsAt" varchar(5)`);
    await queryRunner.query(`ALTER TABLE "council_sessions" ADD COLUMN "place" varchar(300)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_sessions" DROP COLUMN "place"`);
    await queryRunner.query(`ALTER TABLE "council_sessions" DROP COLUMN "startsAt"`);
  }
}
