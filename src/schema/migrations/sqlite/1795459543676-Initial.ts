import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795459543676 implements MigrationInterface {
  name = 'Initial1795459543676';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "entityType" varchar(50) NOT NULL, "entityId" varchar(50) NOT NULL, "action" varchar(50) NOT NULL, "actorId" integer, "at" varchar(24) NOT NULL, "details" text)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5b7e4c3d44efb78209b378b416" ON "audit_entries" ("entityType", "entityId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(50) NOT NULL, "name" varchar(300) NOT NULL, "kind" varchar(20) NOT NULL, "parentId" integer, "path" varchar(500) NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_47635c1ab22d02fc3ebae3608b" ON "units" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_0c1849ff3dbee5cc0bcc6c984a" ON "units" ("parentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_82981a9428b582220042bc0451" ON "units" ("path") `);
    await queryRunner.query(
      `CREATE TABLE "people" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "fullName" varchar(200) NOT NULL, "gender" varchar(10), "birthYear" integer, "position" varchar(200) NOT NULL DEFAULT (''), "unitId" integer NOT NULL, "category" varchar(20) NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_aefbb00a30026426f7b7d39f11" ON "people" ("unitId") `);
    await queryRunner.query(
      `CREATE TABLE "person_evaluations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "year" integer NOT NULL, "rating" varchar(20) NOT NULL, "recordedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_84b144467b4fa307da49513ca9" ON "person_evaluations" ("personId", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "initiatives" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "title" varchar(500) NOT NULL, "scope" varchar(20) NOT NULL, "recognizedOn" varchar(10) NOT NULL, "recognizedBy" varchar(300) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d347dac8135efb83bf14e22a97" ON "initiatives" ("personId") `);
    await queryRunner.query(
      `CREATE TABLE "disciplines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "level" varchar(20) NOT NULL, "fromDate" varchar(10) NOT NULL, "toDate" varchar(10), "pendingInvestigation" boolean NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c43cdaf0739deb2ea3beaf8ba1" ON "disciplines" ("personId") `);
    await queryRunner.query(
      `CREATE TABLE "person_awards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "year" integer NOT NULL, "awardTypeCode" varchar(60) NOT NULL, "decisionNumber" varchar(60), "decidedOn" varchar(10), "category" varchar(20) NOT NULL DEFAULT ('merit'))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f57ba7f779f77ccbb265d0813a" ON "person_awards" ("personId", "year") `);
    await queryRunner.query(
      `CREATE TABLE "unit_evaluations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "year" integer NOT NULL, "rating" varchar(20) NOT NULL, "membersTotal" integer NOT NULL, "membersCompletedTasks" integer NOT NULL, "membersAdvancedWorkers" integer NOT NULL, "membersGrassrootsEmulationSoldiers" integer NOT NULL, "membersDisciplinedWarningOrAbove" integer NOT NULL, "membersWomen" integer NOT NULL, "leadsCluster" boolean NOT NULL DEFAULT (0), "recordedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d114d6ac3e0a82335e35f2e7b5" ON "unit_evaluations" ("unitId", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(100) NOT NULL, "passwordHash" varchar(300) NOT NULL, "displayName" varchar(200) NOT NULL, "unitId" integer NOT NULL, "roles" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users" ("username") `);
    await queryRunner.query(`CREATE INDEX "IDX_573707d34e5b3252f03b728b3f" ON "users" ("unitId") `);
    await queryRunner.query(`DROP INDEX "IDX_47635c1ab22d02fc3ebae3608b"`);
    await queryRunner.query(`DROP INDEX "IDX_0c1849ff3dbee5cc0bcc6c984a"`);
    await queryRunner.query(`DROP INDEX "IDX_82981a9428b582220042bc0451"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(50) NOT NULL, "name" varchar(300) NOT NULL, "kind" varchar(20) NOT NULL, "parentId" integer, "path" varchar(500) NOT NULL, "createdAt" varchar(24) NOT NULL, CONSTRAINT "FK_0c1849ff3dbee5cc0bcc6c984af" FOREIGN KEY ("parentId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_units"("id", "code", "name", "kind", "parentId", "path", "createdAt") SELECT "id", "code", "name", "kind", "parentId", "path", "createdAt" FROM "units"`,
    );
    await queryRunner.query(`DROP TABLE "units"`);
    await queryRunner.query(`ALTER TABLE "temporary_units" RENAME TO "units"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_47635c1ab22d02fc3ebae3608b" ON "units" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_0c1849ff3dbee5cc0bcc6c984a" ON "units" ("parentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_82981a9428b582220042bc0451" ON "units" ("path") `);
    await queryRunner.query(`DROP INDEX "IDX_aefbb00a30026426f7b7d39f11"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_people" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "fullName" varchar(200) NOT NULL, "gender" varchar(10), "birthYear" integer, "position" varchar(200) NOT NULL DEFAULT (''), "unitId" integer NOT NULL, "category" varchar(20) NOT NULL, "createdAt" varchar(24) NOT NULL, CONSTRAINT "FK_aefbb00a30026426f7b7d39f113" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_people"("id", "fullName", "gender", "birthYear", "position", "unitId", "category", "createdAt") SELECT "id", "fullName", "gender", "birthYear", "position", "unitId", "category", "createdAt" FROM "people"`,
    );
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`ALTER TABLE "temporary_people" RENAME TO "people"`);
    await queryRunner.query(`CREATE INDEX "IDX_aefbb00a30026426f7b7d39f11" ON "people" ("unitId") `);
    await queryRunner.query(`DROP INDEX "IDX_84b144467b4fa307da49513ca9"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_person_evaluations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "year" integer NOT NULL, "rating" varchar(20) NOT NULL, "recordedAt" varchar(24) NOT NULL, CONSTRAINT "FK_bfea92bd935292d7806de0fc174" FOREIGN KEY ("personId") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_person_evaluations"("id", "personId", "year", "rating", "recordedAt") SELECT "id", "personId", "year", "rating", "recordedAt" FROM "person_evaluations"`,
    );
    await queryRunner.query(`DROP TABLE "person_evaluations"`);
    await queryRunner.query(`ALTER TABLE "temporary_person_evaluations" RENAME TO "person_evaluations"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_84b144467b4fa307da49513ca9" ON "person_evaluations" ("personId", "year") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_d347dac8135efb83bf14e22a97"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_initiatives" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "title" varchar(500) NOT NULL, "scope" varchar(20) NOT NULL, "recognizedOn" varchar(10) NOT NULL, "recognizedBy" varchar(300) NOT NULL, CONSTRAINT "FK_d347dac8135efb83bf14e22a974" FOREIGN KEY ("personId") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_initiatives"("id", "personId", "title", "scope", "recognizedOn", "recognizedBy") SELECT "id", "personId", "title", "scope", "recognizedOn", "recognizedBy" FROM "initiatives"`,
    );
    await queryRunner.query(`DROP TABLE "initiatives"`);
    await queryRunner.query(`ALTER TABLE "temporary_initiatives" RENAME TO "initiatives"`);
    await queryRunner.query(`CREATE INDEX "IDX_d347dac8135efb83bf14e22a97" ON "initiatives" ("personId") `);
    await queryRunner.query(`DROP INDEX "IDX_c43cdaf0739deb2ea3beaf8ba1"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_disciplines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "level" varchar(20) NOT NULL, "fromDate" varchar(10) NOT NULL, "toDate" varchar(10), "pendingInvestigation" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_c43cdaf0739deb2ea3beaf8ba16" FOREIGN KEY ("personId") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_disciplines"("id", "personId", "level", "fromDate", "toDate", "pendingInvestigation") SELECT "id", "personId", "level", "fromDate", "toDate", "pendingInvestigation" FROM "disciplines"`,
    );
    await queryRunner.query(`DROP TABLE "disciplines"`);
    await queryRunner.query(`ALTER TABLE "temporary_disciplines" RENAME TO "disciplines"`);
    await queryRunner.query(`CREATE INDEX "IDX_c43cdaf0739deb2ea3beaf8ba1" ON "disciplines" ("personId") `);
    await queryRunner.query(`DROP INDEX "IDX_f57ba7f779f77ccbb265d0813a"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_person_awards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "year" integer NOT NULL, "awardTypeCode" varchar(60) NOT NULL, "decisionNumber" varchar(60), "decidedOn" varchar(10), "category" varchar(20) NOT NULL DEFAULT ('merit'), CONSTRAINT "FK_3bd5df5717f02a1f8d88dd40964" FOREIGN KEY ("personId") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_person_awards"("id", "personId", "year", "awardTypeCode", "decisionNumber", "decidedOn", "category") SELECT "id", "personId", "year", "awardTypeCode", "decisionNumber", "decidedOn", "category" FROM "person_awards"`,
    );
    await queryRunner.query(`DROP TABLE "person_awards"`);
    await queryRunner.query(`ALTER TABLE "temporary_person_awards" RENAME TO "person_awards"`);
    await queryRunner.query(`CREATE INDEX "IDX_f57ba7f779f77ccbb265d0813a" ON "person_awards" ("personId", "year") `);
    await queryRunner.query(`DROP INDEX "IDX_d114d6ac3e0a82335e35f2e7b5"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_unit_evaluations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "year" integer NOT NULL, "rating" varchar(20) NOT NULL, "membersTotal" integer NOT NULL, "membersCompletedTasks" integer NOT NULL, "membersAdvancedWorkers" integer NOT NULL, "membersGrassrootsEmulationSoldiers" integer NOT NULL, "membersDisciplinedWarningOrAbove" integer NOT NULL, "membersWomen" integer NOT NULL, "leadsCluster" boolean NOT NULL DEFAULT (0), "recordedAt" varchar(24) NOT NULL, CONSTRAINT "FK_50a686bf2720f90c63a79f470c7" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_unit_evaluations"("id", "unitId", "year", "rating", "membersTotal", "membersCompletedTasks", "membersAdvancedWorkers", "membersGrassrootsEmulationSoldiers", "membersDisciplinedWarningOrAbove", "membersWomen", "leadsCluster", "recordedAt") SELECT "id", "unitId", "year", "rating", "membersTotal", "membersCompletedTasks", "membersAdvancedWorkers", "membersGrassrootsEmulationSoldiers", "membersDisciplinedWarningOrAbove", "membersWomen", "leadsCluster", "recordedAt" FROM "unit_evaluations"`,
    );
    await queryRunner.query(`DROP TABLE "unit_evaluations"`);
    await queryRunner.query(`ALTER TABLE "temporary_unit_evaluations" RENAME TO "unit_evaluations"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d114d6ac3e0a82335e35f2e7b5" ON "unit_evaluations" ("unitId", "year") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_fe0bb3f6520ee0469504521e71"`);
    await queryRunner.query(`DROP INDEX "IDX_573707d34e5b3252f03b728b3f"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(100) NOT NULL, "passwordHash" varchar(300) NOT NULL, "displayName" varchar(200) NOT NULL, "unitId" integer NOT NULL, "roles" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL, CONSTRAINT "FK_573707d34e5b3252f03b728b3f5" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_users"("id", "username", "passwordHash", "displayName", "unitId", "roles", "active", "createdAt") SELECT "id", "username", "passwordHash", "displayName", "unitId", "roles", "active", "createdAt" FROM "users"`,
    );
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`ALTER TABLE "temporary_users" RENAME TO "users"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users" ("username") `);
    await queryRunner.query(`CREATE INDEX "IDX_573707d34e5b3252f03b728b3f" ON "users" ("unitId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_573707d34e5b3252f03b728b3f"`);
    await queryRunner.query(`DROP INDEX "IDX_fe0bb3f6520ee0469504521e71"`);
    await queryRunner.query(`ALTER TABLE "users" RENAME TO "temporary_users"`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(100) NOT NULL, "passwordHash" varchar(300) NOT NULL, "displayName" varchar(200) NOT NULL, "unitId" integer NOT NULL, "roles" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "users"("id", "username", "passwordHash", "displayName", "unitId", "roles", "active", "createdAt") SELECT "id", "username", "passwordHash", "displayName", "unitId", "roles", "active", "createdAt" FROM "temporary_users"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_users"`);
    await queryRunner.query(`CREATE INDEX "IDX_573707d34e5b3252f03b728b3f" ON "users" ("unitId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users" ("username") `);
    await queryRunner.query(`DROP INDEX "IDX_d114d6ac3e0a82335e35f2e7b5"`);
    await queryRunner.query(`ALTER TABLE "unit_evaluations" RENAME TO "temporary_unit_evaluations"`);
    await queryRunner.query(
      `CREATE TABLE "unit_evaluations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "year" integer NOT NULL, "rating" varchar(20) NOT NULL, "membersTotal" integer NOT NULL, "membersCompletedTasks" integer NOT NULL, "membersAdvancedWorkers" integer NOT NULL, "membersGrassrootsEmulationSoldiers" integer NOT NULL, "membersDisciplinedWarningOrAbove" integer NOT NULL, "membersWomen" integer NOT NULL, "leadsCluster" boolean NOT NULL DEFAULT (0), "recordedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "unit_evaluations"("id", "unitId", "year", "rating", "membersTotal", "membersCompletedTasks", "membersAdvancedWorkers", "membersGrassrootsEmulationSoldiers", "membersDisciplinedWarningOrAbove", "membersWomen", "leadsCluster", "recordedAt") SELECT "id", "unitId", "year", "rating", "membersTotal", "membersCompletedTasks", "membersAdvancedWorkers", "membersGrassrootsEmulationSoldiers", "membersDisciplinedWarningOrAbove", "membersWomen", "leadsCluster", "recordedAt" FROM "temporary_unit_evaluations"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_unit_evaluations"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d114d6ac3e0a82335e35f2e7b5" ON "unit_evaluations" ("unitId", "year") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_f57ba7f779f77ccbb265d0813a"`);
    await queryRunner.query(`ALTER TABLE "person_awards" RENAME TO "temporary_person_awards"`);
    await queryRunner.query(
      `CREATE TABLE "person_awards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "year" integer NOT NULL, "awardTypeCode" varchar(60) NOT NULL, "decisionNumber" varchar(60), "decidedOn" varchar(10), "category" varchar(20) NOT NULL DEFAULT ('merit'))`,
    );
    await queryRunner.query(
      `INSERT INTO "person_awards"("id", "personId", "year", "awardTypeCode", "decisionNumber", "decidedOn", "category") SELECT "id", "personId", "year", "awardTypeCode", "decisionNumber", "decidedOn", "category" FROM "temporary_person_awards"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_person_awards"`);
    await queryRunner.query(`CREATE INDEX "IDX_f57ba7f779f77ccbb265d0813a" ON "person_awards" ("personId", "year") `);
    await queryRunner.query(`DROP INDEX "IDX_c43cdaf0739deb2ea3beaf8ba1"`);
    await queryRunner.query(`ALTER TABLE "disciplines" RENAME TO "temporary_disciplines"`);
    await queryRunner.query(
      `CREATE TABLE "disciplines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "level" varchar(20) NOT NULL, "fromDate" varchar(10) NOT NULL, "toDate" varchar(10), "pendingInvestigation" boolean NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(
      `INSERT INTO "disciplines"("id", "personId", "level", "fromDate", "toDate", "pendingInvestigation") SELECT "id", "personId", "level", "fromDate", "toDate", "pendingInvestigation" FROM "temporary_disciplines"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_disciplines"`);
    await queryRunner.query(`CREATE INDEX "IDX_c43cdaf0739deb2ea3beaf8ba1" ON "disciplines" ("personId") `);
    await queryRunner.query(`DROP INDEX "IDX_d347dac8135efb83bf14e22a97"`);
    await queryRunner.query(`ALTER TABLE "initiatives" RENAME TO "temporary_initiatives"`);
    await queryRunner.query(
      `CREATE TABLE "initiatives" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "title" varchar(500) NOT NULL, "scope" varchar(20) NOT NULL, "recognizedOn" varchar(10) NOT NULL, "recognizedBy" varchar(300) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "initiatives"("id", "personId", "title", "scope", "recognizedOn", "recognizedBy") SELECT "id", "personId", "title", "scope", "recognizedOn", "recognizedBy" FROM "temporary_initiatives"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_initiatives"`);
    await queryRunner.query(`CREATE INDEX "IDX_d347dac8135efb83bf14e22a97" ON "initiatives" ("personId") `);
    await queryRunner.query(`DROP INDEX "IDX_84b144467b4fa307da49513ca9"`);
    await queryRunner.query(`ALTER TABLE "person_evaluations" RENAME TO "temporary_person_evaluations"`);
    await queryRunner.query(
      `CREATE TABLE "person_evaluations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "year" integer NOT NULL, "rating" varchar(20) NOT NULL, "recordedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "person_evaluations"("id", "personId", "year", "rating", "recordedAt") SELECT "id", "personId", "year", "rating", "recordedAt" FROM "temporary_person_evaluations"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_person_evaluations"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_84b144467b4fa307da49513ca9" ON "person_evaluations" ("personId", "year") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_aefbb00a30026426f7b7d39f11"`);
    await queryRunner.query(`ALTER TABLE "people" RENAME TO "temporary_people"`);
    await queryRunner.query(
      `CREATE TABLE "people" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "fullName" varchar(200) NOT NULL, "gender" varchar(10), "birthYear" integer, "position" varchar(200) NOT NULL DEFAULT (''), "unitId" integer NOT NULL, "category" varchar(20) NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "people"("id", "fullName", "gender", "birthYear", "position", "unitId", "category", "createdAt") SELECT "id", "fullName", "gender", "birthYear", "position", "unitId", "category", "createdAt" FROM "temporary_people"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_people"`);
    await queryRunner.query(`CREATE INDEX "IDX_aefbb00a30026426f7b7d39f11" ON "people" ("unitId") `);
    await queryRunner.query(`DROP INDEX "IDX_82981a9428b582220042bc0451"`);
    await queryRunner.query(`DROP INDEX "IDX_0c1849ff3dbee5cc0bcc6c984a"`);
    await queryRunner.query(`DROP INDEX "IDX_47635c1ab22d02fc3ebae3608b"`);
    await queryRunner.query(`ALTER TABLE "units" RENAME TO "temporary_units"`);
    await queryRunner.query(
      `CREATE TABLE "units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(50) NOT NULL, "name" varchar(300) NOT NULL, "kind" varchar(20) NOT NULL, "parentId" integer, "path" varchar(500) NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "units"("id", "code", "name", "kind", "parentId", "path", "createdAt") SELECT "id", "code", "name", "kind", "parentId", "path", "createdAt" FROM "temporary_units"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_units"`);
    await queryRunner.query(`CREATE INDEX "IDX_82981a9428b582220042bc0451" ON "units" ("path") `);
    await queryRunner.query(`CREATE INDEX "IDX_0c1849ff3dbee5cc0bcc6c984a" ON "units" ("parentId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_47635c1ab22d02fc3ebae3608b" ON "units" ("code") `);
    await queryRunner.query(`DROP INDEX "IDX_573707d34e5b3252f03b728b3f"`);
    await queryRunner.query(`DROP INDEX "IDX_fe0bb3f6520ee0469504521e71"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "IDX_d114d6ac3e0a82335e35f2e7b5"`);
    await queryRunner.query(`DROP TABLE "unit_evaluations"`);
    await queryRunner.query(`DROP INDEX "IDX_f57ba7f779f77ccbb265d0813a"`);
    await queryRunner.query(`DROP TABLE "person_awards"`);
    await queryRunner.query(`DROP INDEX "IDX_c43cdaf0739deb2ea3beaf8ba1"`);
    await queryRunner.query(`DROP TABLE "disciplines"`);
    await queryRunner.query(`DROP INDEX "IDX_d347dac8135efb83bf14e22a97"`);
    await queryRunner.query(`DROP TABLE "initiatives"`);
    await queryRunner.query(`DROP INDEX "IDX_84b144467b4fa307da49513ca9"`);
    await queryRunner.query(`DROP TABLE "person_evaluations"`);
    await queryRunner.query(`DROP INDEX "IDX_aefbb00a30026426f7b7d39f11"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP INDEX "IDX_82981a9428b582220042bc0451"`);
    await queryRunner.query(`DROP INDEX "IDX_0c1849ff3dbee5cc0bcc6c984a"`);
    await queryRunner.query(`DROP INDEX "IDX_47635c1ab22d02fc3ebae3608b"`);
    await queryRunner.query(`DROP TABLE "units"`);
    await queryRunner.query(`DROP INDEX "IDX_5b7e4c3d44efb78209b378b416"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
  }
}
