import { MigrationInterface, QueryRunner } from 'typeorm';

/** The number of a council session's minutes (Số: …/BB-…), which its header prints. */
export class MinutesNumber1796500000019 implements MigrationInterface {
  name = 'MinutesNumber1796500000019';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_sessions" ADD COLUMN "minutesNumber" varchar(60)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_sessions" DROP COLUMN "minutesNumber"`);
  }
}
