import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A scope's nominations by state and year, read from the index alone: the home page's counts, and the lists filtered by
 * state or year, for a province or a department at national scale.
 */
export class NominationScopeIndex1796500000037 implements MigrationInterface {
  name = 'NominationScopeIndex1796500000037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "IDX_nominations_unit_state_year" ON "nominations" ("proposingUnitId", "state", "year")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_nominations_unit_state_year"`);
  }
}
