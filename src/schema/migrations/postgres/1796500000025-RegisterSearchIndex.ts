import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register's search by name, indexed: a pg_trgm GIN index over the awards' folded names serves LIKE '%…%'. Where
 * the database user may not create the extension, the search still works, without the index (a notice says so).
 */
export class RegisterSearchIndex1796500000025 implements MigrationInterface {
  name = 'RegisterSearchIndex1796500000025';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm;
       EXCEPTION WHEN insufficient_privilege THEN
         RAISE NOTICE 'pg_trgm cannot be created here: the register searches names without an index';
       END $$`,
    );
    await queryRunner.query(
      `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
         CREATE INDEX IF NOT EXISTS "IDX_decision_awards_search_name" ON "decision_awards"
           USING gin ("nomineeSearchName" gin_trgm_ops);
       END IF; END $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_decision_awards_search_name"`);
  }
}
