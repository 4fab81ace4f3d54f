import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportEvidence1795464392036 implements MigrationInterface {
  name = 'ReportEvidence1795464392036';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_da54843ffc2969b0804b0c9ff2"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_progress_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "targetId" integer NOT NULL, "period" varchar(20) NOT NULL, "value" double precision NOT NULL, "note" text, "reportedById" integer NOT NULL, "reportedAt" varchar(24) NOT NULL, "evidenceFileName" varchar(255), "evidenceMediaType" varchar(120), "evidenceSha256" varchar(64), CONSTRAINT "FK_da54843ffc2969b0804b0c9ff22" FOREIGN KEY ("targetId") REFERENCES "targets" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_progress_reports"("id", "targetId", "period", "value", "note", "reportedById", "reportedAt") SELECT "id", "targetId", "period", "value", "note", "reportedById", "reportedAt" FROM "progress_reports"`,
    );
    await queryRunner.query(`DROP TABLE "progress_reports"`);
    await queryRunner.query(`ALTER TABLE "temporary_progress_reports" RENAME TO "progress_reports"`);
    await queryRunner.query(`CREATE INDEX "IDX_da54843ffc2969b0804b0c9ff2" ON "progress_reports" ("targetId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_da54843ffc2969b0804b0c9ff2"`);
    await queryRunner.query(`ALTER TABLE "progress_reports" RENAME TO "temporary_progress_reports"`);
    await queryRunner.query(
      `CREATE TABLE "progress_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "targetId" integer NOT NULL, "period" varchar(20) NOT NULL, "value" double precision NOT NULL, "note" text, "reportedById" integer NOT NULL, "reportedAt" varchar(24) NOT NULL, CONSTRAINT "FK_da54843ffc2969b0804b0c9ff22" FOREIGN KEY ("targetId") REFERENCES "targets" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "progress_reports"("id", "targetId", "period", "value", "note", "reportedById", "reportedAt") SELECT "id", "targetId", "period", "value", "note", "reportedById", "reportedAt" FROM "temporary_progress_reports"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_progress_reports"`);
    await queryRunner.query(`CREATE INDEX "IDX_da54843ffc2969b0804b0c9ff2" ON "progress_reports" ("targetId") `);
  }
}
