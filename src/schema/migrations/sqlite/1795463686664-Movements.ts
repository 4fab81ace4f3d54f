import { MigrationInterface, QueryRunner } from 'typeorm';

export class Movements1795463686664 implements MigrationInterface {
  name = 'Movements1795463686664';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "movements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(500) NOT NULL, "theme" text, "kind" varchar(20) NOT NULL, "scope" varchar(20) NOT NULL, "launchedByUnitId" integer NOT NULL, "launchDocument" varchar(300), "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1c92c536b3bbe97fc1cd2ed619" ON "movements" ("launchedByUnitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_168ef9b7c5022ef51624b8263c" ON "movements" ("state", "startDate") `);
    await queryRunner.query(
      `CREATE TABLE "movement_participants" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "movementId" integer NOT NULL, "unitId" integer NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f492c1cf8eb6f52338e340fef7" ON "movement_participants" ("unitId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fb0f23171ad3c869cec688b617" ON "movement_participants" ("movementId", "unitId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "targets" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "movementId" integer NOT NULL, "code" varchar(30) NOT NULL, "name" varchar(500) NOT NULL, "unit" varchar(60) NOT NULL, "targetValue" double precision NOT NULL, "direction" varchar(10) NOT NULL, "tolerance" double precision, "assigneeUnitId" integer, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "latestValue" double precision, "latestPeriod" varchar(20), "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c5031754f3a38d12b37813dcc5" ON "targets" ("assigneeUnitId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_cd6abe4e5744bd79b1f31a48fa" ON "targets" ("movementId", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "targetId" integer NOT NULL, "period" varchar(20) NOT NULL, "value" double precision NOT NULL, "note" text, "reportedById" integer NOT NULL, "reportedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_da54843ffc2969b0804b0c9ff2" ON "progress_reports" ("targetId") `);
    await queryRunner.query(
      `CREATE TABLE "emulation_clusters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(300) NOT NULL, "kind" varchar(10) NOT NULL, "year" integer NOT NULL, "covenant" text, "leaderUnitId" integer, "memberUnitIds" text NOT NULL, "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`DROP INDEX "IDX_1c92c536b3bbe97fc1cd2ed619"`);
    await queryRunner.query(`DROP INDEX "IDX_168ef9b7c5022ef51624b8263c"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_movements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(500) NOT NULL, "theme" text, "kind" varchar(20) NOT NULL, "scope" varchar(20) NOT NULL, "launchedByUnitId" integer NOT NULL, "launchDocument" varchar(300), "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL, CONSTRAINT "FK_1c92c536b3bbe97fc1cd2ed6197" FOREIGN KEY ("launchedByUnitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_movements"("id", "title", "theme", "kind", "scope", "launchedByUnitId", "launchDocument", "startDate", "endDate", "state", "version", "createdById", "createdAt") SELECT "id", "title", "theme", "kind", "scope", "launchedByUnitId", "launchDocument", "startDate", "endDate", "state", "version", "createdById", "createdAt" FROM "movements"`,
    );
    await queryRunner.query(`DROP TABLE "movements"`);
    await queryRunner.query(`ALTER TABLE "temporary_movements" RENAME TO "movements"`);
    await queryRunner.query(`CREATE INDEX "IDX_1c92c536b3bbe97fc1cd2ed619" ON "movements" ("launchedByUnitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_168ef9b7c5022ef51624b8263c" ON "movements" ("state", "startDate") `);
    await queryRunner.query(`DROP INDEX "IDX_f492c1cf8eb6f52338e340fef7"`);
    await queryRunner.query(`DROP INDEX "IDX_fb0f23171ad3c869cec688b617"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_movement_participants" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "movementId" integer NOT NULL, "unitId" integer NOT NULL, CONSTRAINT "FK_de5716341fc318cdf6ea31fe537" FOREIGN KEY ("movementId") REFERENCES "movements" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f492c1cf8eb6f52338e340fef7c" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_movement_participants"("id", "movementId", "unitId") SELECT "id", "movementId", "unitId" FROM "movement_participants"`,
    );
    await queryRunner.query(`DROP TABLE "movement_participants"`);
    await queryRunner.query(`ALTER TABLE "temporary_movement_participants" RENAME TO "movement_participants"`);
    await queryRunner.query(`CREATE INDEX "IDX_f492c1cf8eb6f52338e340fef7" ON "movement_participants" ("unitId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fb0f23171ad3c869cec688b617" ON "movement_participants" ("movementId", "unitId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c5031754f3a38d12b37813dcc5"`);
    await queryRunner.query(`DROP INDEX "IDX_cd6abe4e5744bd79b1f31a48fa"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_targets" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "movementId" integer NOT NULL, "code" varchar(30) NOT NULL, "name" varchar(500) NOT NULL, "unit" varchar(60) NOT NULL, "targetValue" double precision NOT NULL, "direction" varchar(10) NOT NULL, "tolerance" double precision, "assigneeUnitId" integer, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "latestValue" double precision, "latestPeriod" varchar(20), "createdAt" varchar(24) NOT NULL, CONSTRAINT "FK_2e849b851979f6a2ad659d86c66" FOREIGN KEY ("movementId") REFERENCES "movements" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c5031754f3a38d12b37813dcc50" FOREIGN KEY ("assigneeUnitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_targets"("id", "movementId", "code", "name", "unit", "targetValue", "direction", "tolerance", "assigneeUnitId", "state", "version", "latestValue", "latestPeriod", "createdAt") SELECT "id", "movementId", "code", "name", "unit", "targetValue", "direction", "tolerance", "assigneeUnitId", "state", "version", "latestValue", "latestPeriod", "createdAt" FROM "targets"`,
    );
    await queryRunner.query(`DROP TABLE "targets"`);
    await queryRunner.query(`ALTER TABLE "temporary_targets" RENAME TO "targets"`);
    await queryRunner.query(`CREATE INDEX "IDX_c5031754f3a38d12b37813dcc5" ON "targets" ("assigneeUnitId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_cd6abe4e5744bd79b1f31a48fa" ON "targets" ("movementId", "code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_da54843ffc2969b0804b0c9ff2"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_progress_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "targetId" integer NOT NULL, "period" varchar(20) NOT NULL, "value" double precision NOT NULL, "note" text, "reportedById" integer NOT NULL, "reportedAt" varchar(24) NOT NULL, CONSTRAINT "FK_da54843ffc2969b0804b0c9ff22" FOREIGN KEY ("targetId") REFERENCES "targets" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
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
      `CREATE TABLE "progress_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "targetId" integer NOT NULL, "period" varchar(20) NOT NULL, "value" double precision NOT NULL, "note" text, "reportedById" integer NOT NULL, "reportedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "progress_reports"("id", "targetId", "period", "value", "note", "reportedById", "reportedAt") SELECT "id", "targetId", "period", "value", "note", "reportedById", "reportedAt" FROM "temporary_progress_reports"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_progress_reports"`);
    await queryRunner.query(`CREATE INDEX "IDX_da54843ffc2969b0804b0c9ff2" ON "progress_reports" ("targetId") `);
    await queryRunner.query(`DROP INDEX "IDX_cd6abe4e5744bd79b1f31a48fa"`);
    await queryRunner.query(`DROP INDEX "IDX_c5031754f3a38d12b37813dcc5"`);
    await queryRunner.query(`ALTER TABLE "targets" RENAME TO "temporary_targets"`);
    await queryRunner.query(
      `CREATE TABLE "targets" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "movementId" integer NOT NULL, "code" varchar(30) NOT NULL, "name" varchar(500) NOT NULL, "unit" varchar(60) NOT NULL, "targetValue" double precision NOT NULL, "direction" varchar(10) NOT NULL, "tolerance" double precision, "assigneeUnitId" integer, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "latestValue" double precision, "latestPeriod" varchar(20), "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "targets"("id", "movementId", "code", "name", "unit", "targetValue", "direction", "tolerance", "assigneeUnitId", "state", "version", "latestValue", "latestPeriod", "createdAt") SELECT "id", "movementId", "code", "name", "unit", "targetValue", "direction", "tolerance", "assigneeUnitId", "state", "version", "latestValue", "latestPeriod", "createdAt" FROM "temporary_targets"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_targets"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_cd6abe4e5744bd79b1f31a48fa" ON "targets" ("movementId", "code") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c5031754f3a38d12b37813dcc5" ON "targets" ("assigneeUnitId") `);
    await queryRunner.query(`DROP INDEX "IDX_fb0f23171ad3c869cec688b617"`);
    await queryRunner.query(`DROP INDEX "IDX_f492c1cf8eb6f52338e340fef7"`);
    await queryRunner.query(`ALTER TABLE "movement_participants" RENAME TO "temporary_movement_participants"`);
    await queryRunner.query(
      `CREATE TABLE "movement_participants" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "movementId" integer NOT NULL, "unitId" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "movement_participants"("id", "movementId", "unitId") SELECT "id", "movementId", "unitId" FROM "temporary_movement_participants"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_movement_participants"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fb0f23171ad3c869cec688b617" ON "movement_participants" ("movementId", "unitId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f492c1cf8eb6f52338e340fef7" ON "movement_participants" ("unitId") `);
    await queryRunner.query(`DROP INDEX "IDX_168ef9b7c5022ef51624b8263c"`);
    await queryRunner.query(`DROP INDEX "IDX_1c92c536b3bbe97fc1cd2ed619"`);
    await queryRunner.query(`ALTER TABLE "movements" RENAME TO "temporary_movements"`);
    await queryRunner.query(
      `CREATE TABLE "movements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(500) NOT NULL, "theme" text, "kind" varchar(20) NOT NULL, "scope" varchar(20) NOT NULL, "launchedByUnitId" integer NOT NULL, "launchDocument" varchar(300), "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "movements"("id", "title", "theme", "kind", "scope", "launchedByUnitId", "launchDocument", "startDate", "endDate", "state", "version", "createdById", "createdAt") SELECT "id", "title", "theme", "kind", "scope", "launchedByUnitId", "launchDocument", "startDate", "endDate", "state", "version", "createdById", "createdAt" FROM "temporary_movements"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_movements"`);
    await queryRunner.query(`CREATE INDEX "IDX_168ef9b7c5022ef51624b8263c" ON "movements" ("state", "startDate") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c92c536b3bbe97fc1cd2ed619" ON "movements" ("launchedByUnitId") `);
    await queryRunner.query(`DROP TABLE "emulation_clusters"`);
    await queryRunner.query(`DROP INDEX "IDX_da54843ffc2969b0804b0c9ff2"`);
    await queryRunner.query(`DROP TABLE "progress_reports"`);
    await queryRunner.query(`DROP INDEX "IDX_cd6abe4e5744bd79b1f31a48fa"`);
    await queryRunner.query(`DROP INDEX "IDX_c5031754f3a38d12b37813dcc5"`);
    await queryRunner.query(`DROP TABLE "targets"`);
    await queryRunner.query(`DROP INDEX "IDX_fb0f23171ad3c869cec688b617"`);
    await queryRunner.query(`DROP INDEX "IDX_f492c1cf8eb6f52338e340fef7"`);
    await queryRunner.query(`DROP TABLE "movement_participants"`);
    await queryRunner.query(`DROP INDEX "IDX_168ef9b7c5022ef51624b8263c"`);
    await queryRunner.query(`DROP INDEX "IDX_1c92c536b3bbe97fc1cd2ed619"`);
    await queryRunner.query(`DROP TABLE "movements"`);
  }
}
