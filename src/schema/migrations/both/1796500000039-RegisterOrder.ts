import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register lists awards newest decision first: each award keeps its decision's signing day, indexed with its id, so
 * that the country's register is read from the end of one index instead of sorting every award, and a province's from
 * the (unit, day, id) entries of its units alone. A correction of a
 * decision's day is carried to its awards by a trigger.
 */
export class RegisterOrder1796500000039 implements MigrationInterface {
  name = 'RegisterOrder1796500000039';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.query(`ALTER TABLE "decision_awards" ADD COLUMN "signedOn" varchar(10)`);
    await queryRunner.query(
      `UPDATE "decision_awards" SET "signedOn" = (SELECT "signedOn" FROM "decisions" WHERE id = "decision_awards"."decisionId")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_decision_awards_signed" ON "decision_awards" ("signedOn", "id")`);
    // A scope's newest awards, from the index alone.
    await queryRunner.query(
      `CREATE INDEX "IDX_decision_awards_scope_signed" ON "decision_awards" ("proposingUnitId", "signedOn", "id")`,
    );
    const follow = `UPDATE "decision_awards" SET "signedOn" = NEW."signedOn" WHERE "decisionId" = NEW.id`;
    if (postgres) {
      await queryRunner.query(
        `CREATE FUNCTION decision_awards_signed_on() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${follow}; RETURN NULL; END $$`,
      );
      await queryRunner.query(`CREATE TRIGGER decision_awards_signed_on AFTER UPDATE OF "signedOn" ON "decisions"
        FOR EACH ROW WHEN (OLD."signedOn" IS DISTINCT FROM NEW."signedOn") EXECUTE FUNCTION decision_awards_signed_on()`);
    } else {
      await queryRunner.query(`CREATE TRIGGER decision_awards_signed_on AFTER UPDATE OF "signedOn" ON "decisions"
        WHEN OLD."signedOn" IS NOT NEW."signedOn" BEGIN ${follow}; END`);
    }
    await queryRunner.query(`ANALYZE "decision_awards"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.query(`DROP TRIGGER decision_awards_signed_on${postgres ? ' ON "decisions"' : ''}`);
    if (postgres) await queryRunner.query(`DROP FUNCTION decision_awards_signed_on()`);
    await queryRunner.query(`DROP INDEX "IDX_decision_awards_scope_signed"`);
    await queryRunner.query(`DROP INDEX "IDX_decision_awards_signed"`);
    await queryRunner.query(`ALTER TABLE "decision_awards" DROP COLUMN "signedOn"`);
  }
}
