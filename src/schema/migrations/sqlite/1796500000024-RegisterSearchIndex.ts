import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register's search by name, indexed: an FTS5 trigram index over the awards' folded names, kept current by triggers,
 * finds any part of a name of three letters or more without reading every award.
 */
export class RegisterSearchIndex1796500000024 implements MigrationInterface {
  name = 'RegisterSearchIndex1796500000024';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE VIRTUAL TABLE "decision_award_names" USING fts5("nomineeSearchName", content='decision_awards', content_rowid='id', tokenize='trigram')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "decision_award_names_insert" AFTER INSERT ON "decision_awards" BEGIN
         INSERT INTO "decision_award_names" (rowid, "nomineeSearchName") VALUES (new.id, new."nomineeSearchName");
       END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "decision_award_names_delete" AFTER DELETE ON "decision_awards" BEGIN
         INSERT INTO "decision_award_names" ("decision_award_names", rowid, "nomineeSearchName")
           VALUES ('delete', old.id, old."nomineeSearchName");
       END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "decision_award_names_update" AFTER UPDATE OF "nomineeSearchName" ON "decision_awards" BEGIN
         INSERT INTO "decision_award_names" ("decision_award_names", rowid, "nomineeSearchName")
           VALUES ('delete', old.id, old."nomineeSearchName");
         INSERT INTO "decision_award_names" (rowid, "nomineeSearchName") VALUES (new.id, new."nomineeSearchName");
       END`,
    );
    await queryRunner.query(`INSERT INTO "decision_award_names" ("decision_award_names") VALUES ('rebuild')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "decision_award_names_update"`);
    await queryRunner.query(`DROP TRIGGER "decision_award_names_delete"`);
    await queryRunner.query(`DROP TRIGGER "decision_award_names_insert"`);
    await queryRunner.query(`DROP TABLE "decision_award_names"`);
  }
}
