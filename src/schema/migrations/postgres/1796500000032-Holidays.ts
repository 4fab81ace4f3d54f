import { MigrationInterface, QueryRunner } from 'typeorm';

/** The holiday calendar the administrators keep; filled with the shipped days at the next start. */
export class Holidays1796500000032 implements MigrationInterface {
  name = 'Holidays1796500000032';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "holidays" ("id" SERIAL NOT NULL, "date" character varying(10) NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "UQ_holidays_date" UNIQUE ("date"), CONSTRAINT "PK_holidays" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "holidays"`);
  }
}
