import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Law Art 24(2): a worker or farmer outside the public sector earns Lao động tiên tiến on the province's criteria, which
 * the unit confirms for the year, not on a task rating (the rating becomes optional). Law Art 23: an accepted science
 * project counts as an initiative does (initiatives gain a kind).
 */
export class WorkerCriteriaAndScienceProjects1796500000006 implements MigrationInterface {
  name = 'WorkerCriteriaAndScienceProjects1796500000006';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_84b144467b4fa307da49513ca9"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_person_evaluations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "year" integer NOT NULL, "rating" varchar(20), "recordedAt" varchar(24) NOT NULL, "workerCriteriaMet" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_bfea92bd935292d7806de0fc174" FOREIGN KEY ("personId") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_person_evaluations"("id", "personId", "year", "rating", "recordedAt") SELECT "id", "personId", "year", "rating", "recordedAt" FROM "person_evaluations"`,
    );
    await queryRunner.query(`DROP TABLE "person_evaluations"`);
    await queryRunner.query(`ALTER TABLE "temporary_person_evaluations" RENAME TO "person_evaluations"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_84b144467b4fa307da49513ca9" ON "person_evaluations" ("personId", "year") `,
    );
    await queryRunner.query(`ALTER TABLE "initiatives" ADD COLUMN "kind" varchar(20) NOT NULL DEFAULT ('initiative')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP INDEX "IDX_84b144467b4fa307da49513ca9"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_person_evaluations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "year" integer NOT NULL, "rating" varchar(20) NOT NULL, "recordedAt" varchar(24) NOT NULL, CONSTRAINT "FK_bfea92bd935292d7806de0fc174" FOREIGN KEY ("personId") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_person_evaluations"("id", "personId", "year", "rating", "recordedAt") SELECT "id", "personId", "year", COALESCE("rating", 'completed'), "recordedAt" FROM "person_evaluations"`,
    );
    await queryRunner.query(`DROP TABLE "person_evaluations"`);
    await queryRunner.query(`ALTER TABLE "temporary_person_evaluations" RENAME TO "person_evaluations"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_84b144467b4fa307da49513ca9" ON "person_evaluations" ("personId", "year") `,
    );
  }
}
