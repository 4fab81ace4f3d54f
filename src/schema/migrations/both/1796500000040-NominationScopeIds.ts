import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL: a scope's nominations by state and year, with their ids, read from the index alone. A list takes a page's
 * ids first and sorts them; without the id in the index PostgreSQL read each nomination's row to find it (a province's
 * 900 waiting dossiers: 42 ms). SQLite's index already holds the id (the rowid), so this changes nothing there.
 */
export class NominationScopeIds1796500000040 implements MigrationInterface {
  name = 'NominationScopeIds1796500000040';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(
      `CREATE INDEX "IDX_nominations_unit_state_year_id" ON "nominations" ("proposingUnitId", "state", "year", "id")`,
    );
    await queryRunner.query(`DROP INDEX "IDX_nominations_unit_state_year"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(
      `CREATE INDEX "IDX_nominations_unit_state_year" ON "nominations" ("proposingUnitId", "state", "year")`,
    );
    await queryRunner.query(`DROP INDEX "IDX_nominations_unit_state_year_id"`);
  }
}
