import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Decision numbers run per issuing unit and calendar year (Decree 30/2020), and a decision keeps the base salary its
 * money was computed from (Decree 152 Art 49). Decisions already recorded take the base salary in force on their date.
 */
export class DecisionNumbersAndMoney1796500000001 implements MigrationInterface {
  name = 'DecisionNumbersAndMoney1796500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decisions" ADD COLUMN "signedYear" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD COLUMN "baseSalaryVnd" bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(`UPDATE "decisions" SET "signedYear" = CAST(substr("signedOn", 1, 4) AS integer)`);
    await queryRunner.query(
      `UPDATE "decisions" SET "baseSalaryVnd" = CASE WHEN "signedOn" >= '2024-07-01' THEN 2340000 ` +
        `WHEN "signedOn" >= '2023-07-01' THEN 1800000 ELSE 1490000 END`,
    );
    await queryRunner.query(`DROP INDEX "IDX_3bdd08d4522d915d792c5b1a60"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_decisions_issuer_year_number" ON "decisions" ("issuingUnitId", "signedYear", "number")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_decisions_issuer_year_number"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3bdd08d4522d915d792c5b1a60" ON "decisions" ("number")`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "baseSalaryVnd"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "signedYear"`);
  }
}
