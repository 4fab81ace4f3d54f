import { MigrationInterface, QueryRunner } from 'typeorm';

export class Nominations1795460867062 implements MigrationInterface {
  name = 'Nominations1795460867062';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "nominations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "awardTypeCode" varchar(60) NOT NULL, "category" varchar(20) NOT NULL, "proposingUnitId" integer NOT NULL, "decidingUnitId" integer NOT NULL, "nomineeKind" varchar(20) NOT NULL, "personId" integer, "nomineeUnitId" integer, "householdHeadName" varchar(200), "householdAddress" varchar(300), "householdCommuneUnitId" integer, "movementId" integer, "achievements" text NOT NULL, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "ruleSetCode" varchar(10), "submittedOn" varchar(10), "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c59237f66b2a8f7a17e3931572" ON "nominations" ("proposingUnitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_7bd8472f3124068f033dcb343a" ON "nominations" ("decidingUnitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_79d6b9a769f7b8239cbbbbee30" ON "nominations" ("movementId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_da6dd108a9e7623a49a034965a" ON "nominations" ("nomineeUnitId", "year") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_95871e0b87c25aa34bb730277d" ON "nominations" ("personId", "year") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_0a619fbb41348cf846e567495c" ON "nominations" ("year", "awardTypeCode") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c62af629f7a3ddf2a2230f4161" ON "nominations" ("state", "year") `);
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "nominationId" integer NOT NULL, "kind" varchar(30) NOT NULL, "fileName" varchar(255) NOT NULL, "mediaType" varchar(120) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "uploadedById" integer NOT NULL, "uploadedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_af549f58efcb09f822b04cd959" ON "attachments" ("nominationId") `);
    await queryRunner.query(
      `CREATE TABLE "registrations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "movementId" integer, "awardTypeCode" varchar(60) NOT NULL, "personId" integer, "unitId" integer NOT NULL, "registeredById" integer NOT NULL, "registeredAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9b332c39f2342b2304bf85e880" ON "registrations" ("personId") `);
    await queryRunner.query(`CREATE INDEX "IDX_79a047f3e29e2c87592733fff7" ON "registrations" ("unitId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_f814fa155f06f93ec6fe36ceca" ON "registrations" ("year", "awardTypeCode") `,
    );
    await queryRunner.query(
      `CREATE TABLE "transition_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "workflow" varchar(40) NOT NULL, "entityId" integer NOT NULL, "event" varchar(40) NOT NULL, "fromState" varchar(40) NOT NULL, "toState" varchar(40) NOT NULL, "actorId" integer, "at" varchar(24) NOT NULL, "comment" text, "details" text)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_98c5563a5e729723e26ffaa720" ON "transition_log" ("workflow", "entityId", "id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c59237f66b2a8f7a17e3931572"`);
    await queryRunner.query(`DROP INDEX "IDX_7bd8472f3124068f033dcb343a"`);
    await queryRunner.query(`DROP INDEX "IDX_79d6b9a769f7b8239cbbbbee30"`);
    await queryRunner.query(`DROP INDEX "IDX_da6dd108a9e7623a49a034965a"`);
    await queryRunner.query(`DROP INDEX "IDX_95871e0b87c25aa34bb730277d"`);
    await queryRunner.query(`DROP INDEX "IDX_0a619fbb41348cf846e567495c"`);
    await queryRunner.query(`DROP INDEX "IDX_c62af629f7a3ddf2a2230f4161"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_nominations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "awardTypeCode" varchar(60) NOT NULL, "category" varchar(20) NOT NULL, "proposingUnitId" integer NOT NULL, "decidingUnitId" integer NOT NULL, "nomineeKind" varchar(20) NOT NULL, "personId" integer, "nomineeUnitId" integer, "householdHeadName" varchar(200), "householdAddress" varchar(300), "householdCommuneUnitId" integer, "movementId" integer, "achievements" text NOT NULL, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "ruleSetCode" varchar(10), "submittedOn" varchar(10), "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, CONSTRAINT "FK_c59237f66b2a8f7a17e39315723" FOREIGN KEY ("proposingUnitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7bd8472f3124068f033dcb343af" FOREIGN KEY ("decidingUnitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ca35b015f1dd306be502aa5d933" FOREIGN KEY ("personId") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_385ed28a64416ed0fe1cfdfd290" FOREIGN KEY ("nomineeUnitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_2fccd66045646b644d25d20bec5" FOREIGN KEY ("householdCommuneUnitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_nominations"("id", "year", "awardTypeCode", "category", "proposingUnitId", "decidingUnitId", "nomineeKind", "personId", "nomineeUnitId", "householdHeadName", "householdAddress", "householdCommuneUnitId", "movementId", "achievements", "state", "version", "ruleSetCode", "submittedOn", "createdById", "createdAt", "updatedAt") SELECT "id", "year", "awardTypeCode", "category", "proposingUnitId", "decidingUnitId", "nomineeKind", "personId", "nomineeUnitId", "householdHeadName", "householdAddress", "householdCommuneUnitId", "movementId", "achievements", "state", "version", "ruleSetCode", "submittedOn", "createdById", "createdAt", "updatedAt" FROM "nominations"`,
    );
    await queryRunner.query(`DROP TABLE "nominations"`);
    await queryRunner.query(`ALTER TABLE "temporary_nominations" RENAME TO "nominations"`);
    await queryRunner.query(`CREATE INDEX "IDX_c59237f66b2a8f7a17e3931572" ON "nominations" ("proposingUnitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_7bd8472f3124068f033dcb343a" ON "nominations" ("decidingUnitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_79d6b9a769f7b8239cbbbbee30" ON "nominations" ("movementId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_da6dd108a9e7623a49a034965a" ON "nominations" ("nomineeUnitId", "year") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_95871e0b87c25aa34bb730277d" ON "nominations" ("personId", "year") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_0a619fbb41348cf846e567495c" ON "nominations" ("year", "awardTypeCode") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c62af629f7a3ddf2a2230f4161" ON "nominations" ("state", "year") `);
    await queryRunner.query(`DROP INDEX "IDX_af549f58efcb09f822b04cd959"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "nominationId" integer NOT NULL, "kind" varchar(30) NOT NULL, "fileName" varchar(255) NOT NULL, "mediaType" varchar(120) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "uploadedById" integer NOT NULL, "uploadedAt" varchar(24) NOT NULL, CONSTRAINT "FK_af549f58efcb09f822b04cd9598" FOREIGN KEY ("nominationId") REFERENCES "nominations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_attachments"("id", "nominationId", "kind", "fileName", "mediaType", "size", "sha256", "uploadedById", "uploadedAt") SELECT "id", "nominationId", "kind", "fileName", "mediaType", "size", "sha256", "uploadedById", "uploadedAt" FROM "attachments"`,
    );
    await queryRunner.query(`DROP TABLE "attachments"`);
    await queryRunner.query(`ALTER TABLE "temporary_attachments" RENAME TO "attachments"`);
    await queryRunner.query(`CREATE INDEX "IDX_af549f58efcb09f822b04cd959" ON "attachments" ("nominationId") `);
    await queryRunner.query(`DROP INDEX "IDX_9b332c39f2342b2304bf85e880"`);
    await queryRunner.query(`DROP INDEX "IDX_79a047f3e29e2c87592733fff7"`);
    await queryRunner.query(`DROP INDEX "IDX_f814fa155f06f93ec6fe36ceca"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_registrations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "movementId" integer, "awardTypeCode" varchar(60) NOT NULL, "personId" integer, "unitId" integer NOT NULL, "registeredById" integer NOT NULL, "registeredAt" varchar(24) NOT NULL, CONSTRAINT "FK_9b332c39f2342b2304bf85e8808" FOREIGN KEY ("personId") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_79a047f3e29e2c87592733fff7d" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_registrations"("id", "year", "movementId", "awardTypeCode", "personId", "unitId", "registeredById", "registeredAt") SELECT "id", "year", "movementId", "awardTypeCode", "personId", "unitId", "registeredById", "registeredAt" FROM "registrations"`,
    );
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`ALTER TABLE "temporary_registrations" RENAME TO "registrations"`);
    await queryRunner.query(`CREATE INDEX "IDX_9b332c39f2342b2304bf85e880" ON "registrations" ("personId") `);
    await queryRunner.query(`CREATE INDEX "IDX_79a047f3e29e2c87592733fff7" ON "registrations" ("unitId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_f814fa155f06f93ec6fe36ceca" ON "registrations" ("year", "awardTypeCode") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_f814fa155f06f93ec6fe36ceca"`);
    await queryRunner.query(`DROP INDEX "IDX_79a047f3e29e2c87592733fff7"`);
    await queryRunner.query(`DROP INDEX "IDX_9b332c39f2342b2304bf85e880"`);
    await queryRunner.query(`ALTER TABLE "registrations" RENAME TO "temporary_registrations"`);
    await queryRunner.query(
      `CREATE TABLE "registrations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "movementId" integer, "awardTypeCode" varchar(60) NOT NULL, "personId" integer, "unitId" integer NOT NULL, "registeredById" integer NOT NULL, "registeredAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "registrations"("id", "year", "movementId", "awardTypeCode", "personId", "unitId", "registeredById", "registeredAt") SELECT "id", "year", "movementId", "awardTypeCode", "personId", "unitId", "registeredById", "registeredAt" FROM "temporary_registrations"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_registrations"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_f814fa155f06f93ec6fe36ceca" ON "registrations" ("year", "awardTypeCode") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_79a047f3e29e2c87592733fff7" ON "registrations" ("unitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_9b332c39f2342b2304bf85e880" ON "registrations" ("personId") `);
    await queryRunner.query(`DROP INDEX "IDX_af549f58efcb09f822b04cd959"`);
    await queryRunner.query(`ALTER TABLE "attachments" RENAME TO "temporary_attachments"`);
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "nominationId" integer NOT NULL, "kind" varchar(30) NOT NULL, "fileName" varchar(255) NOT NULL, "mediaType" varchar(120) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "uploadedById" integer NOT NULL, "uploadedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "attachments"("id", "nominationId", "kind", "fileName", "mediaType", "size", "sha256", "uploadedById", "uploadedAt") SELECT "id", "nominationId", "kind", "fileName", "mediaType", "size", "sha256", "uploadedById", "uploadedAt" FROM "temporary_attachments"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_attachments"`);
    await queryRunner.query(`CREATE INDEX "IDX_af549f58efcb09f822b04cd959" ON "attachments" ("nominationId") `);
    await queryRunner.query(`DROP INDEX "IDX_c62af629f7a3ddf2a2230f4161"`);
    await queryRunner.query(`DROP INDEX "IDX_0a619fbb41348cf846e567495c"`);
    await queryRunner.query(`DROP INDEX "IDX_95871e0b87c25aa34bb730277d"`);
    await queryRunner.query(`DROP INDEX "IDX_da6dd108a9e7623a49a034965a"`);
    await queryRunner.query(`DROP INDEX "IDX_79d6b9a769f7b8239cbbbbee30"`);
    await queryRunner.query(`DROP INDEX "IDX_7bd8472f3124068f033dcb343a"`);
    await queryRunner.query(`DROP INDEX "IDX_c59237f66b2a8f7a17e3931572"`);
    await queryRunner.query(`ALTER TABLE "nominations" RENAME TO "temporary_nominations"`);
    await queryRunner.query(
      `CREATE TABLE "nominations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "awardTypeCode" varchar(60) NOT NULL, "category" varchar(20) NOT NULL, "proposingUnitId" integer NOT NULL, "decidingUnitId" integer NOT NULL, "nomineeKind" varchar(20) NOT NULL, "personId" integer, "nomineeUnitId" integer, "householdHeadName" varchar(200), "householdAddress" varchar(300), "householdCommuneUnitId" integer, "movementId" integer, "achievements" text NOT NULL, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "ruleSetCode" varchar(10), "submittedOn" varchar(10), "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "nominations"("id", "year", "awardTypeCode", "category", "proposingUnitId", "decidingUnitId", "nomineeKind", "personId", "nomineeUnitId", "householdHeadName", "householdAddress", "householdCommuneUnitId", "movementId", "achievements", "state", "version", "ruleSetCode", "submittedOn", "createdById", "createdAt", "updatedAt") SELECT "id", "year", "awardTypeCode", "category", "proposingUnitId", "decidingUnitId", "nomineeKind", "personId", "nomineeUnitId", "householdHeadName", "householdAddress", "householdCommuneUnitId", "movementId", "achievements", "state", "version", "ruleSetCode", "submittedOn", "createdById", "createdAt", "updatedAt" FROM "temporary_nominations"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_nominations"`);
    await queryRunner.query(`CREATE INDEX "IDX_c62af629f7a3ddf2a2230f4161" ON "nominations" ("state", "year") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_0a619fbb41348cf846e567495c" ON "nominations" ("year", "awardTypeCode") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_95871e0b87c25aa34bb730277d" ON "nominations" ("personId", "year") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_da6dd108a9e7623a49a034965a" ON "nominations" ("nomineeUnitId", "year") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_79d6b9a769f7b8239cbbbbee30" ON "nominations" ("movementId") `);
    await queryRunner.query(`CREATE INDEX "IDX_7bd8472f3124068f033dcb343a" ON "nominations" ("decidingUnitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_c59237f66b2a8f7a17e3931572" ON "nominations" ("proposingUnitId") `);
    await queryRunner.query(`DROP INDEX "IDX_98c5563a5e729723e26ffaa720"`);
    await queryRunner.query(`DROP TABLE "transition_log"`);
    await queryRunner.query(`DROP INDEX "IDX_f814fa155f06f93ec6fe36ceca"`);
    await queryRunner.query(`DROP INDEX "IDX_79a047f3e29e2c87592733fff7"`);
    await queryRunner.query(`DROP INDEX "IDX_9b332c39f2342b2304bf85e880"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP INDEX "IDX_af549f58efcb09f822b04cd959"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
    await queryRunner.query(`DROP INDEX "IDX_c62af629f7a3ddf2a2230f4161"`);
    await queryRunner.query(`DROP INDEX "IDX_0a619fbb41348cf846e567495c"`);
    await queryRunner.query(`DROP INDEX "IDX_95871e0b87c25aa34bb730277d"`);
    await queryRunner.query(`DROP INDEX "IDX_da6dd108a9e7623a49a034965a"`);
    await queryRunner.query(`DROP INDEX "IDX_79d6b9a769f7b8239cbbbbee30"`);
    await queryRunner.query(`DROP INDEX "IDX_7bd8472f3124068f033dcb343a"`);
    await queryRunner.query(`DROP INDEX "IDX_c59237f66b2a8f7a17e3931572"`);
    await queryRunner.query(`DROP TABLE "nominations"`);
  }
}
