import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register searched within a scope without reading the country: each award keeps its nomination's proposing unit
 * (which a decided nomination never changes), indexed with the folded name, the decision and the id, so a province's board reads
 * only its own awards' names, from the index alone. The SQL is the same on both databases.
 */
export class RegisterScope1796500000026 implements MigrationInterface {
  name = 'RegisterScope1796500000026';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decision_awards" ADD COLUMN "proposingUnitId" integer`);
    await queryRunner.query(
      `UPDATE "decision_awards" SET "proposingUnitId" =
         (SELECT n."proposingUnitId" FROM "nominations" n WHERE n.id = "decision_awards"."nominationId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_decision_awards_scope_name" ON "decision_awards" ("proposingUnitId", "nomineeSearchName", "decisionId", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_decision_awards_scope_name"`);
    await queryRunner.query(`ALTER TABLE "decision_awards" DROP COLUMN "proposingUnitId"`);
  }
}
