import { MigrationInterface, QueryRunner } from 'typeorm';

/** The holiday calendar the administrators keep; filled with the shipped days at the next start. */
export class Holidays1796500000031 implements MigrationInterface {
  name = 'Holidays1796500000031';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "holidays" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "date" varchar(10) NOT NULL, "name" varchar(200) NOT NULL, CONSTRAINT "UQ_holidays_date" UNIQUE ("date"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "holidays"`);
  }
}
