import { MigrationInterface, QueryRunner } from 'typeorm';

export class Councils1795463184461 implements MigrationInterface {
  name = 'Councils1795463184461';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "councils" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "name" varchar(300) NOT NULL, "chairUserId" integer NOT NULL, "secretaryUserId" integer NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1aaa85136ed40264de5b3bb403" ON "councils" ("unitId") `);
    await queryRunner.query(
      `CREATE TABLE "council_members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "councilId" integer NOT NULL, "userId" integer NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_804c8f7fa2ad023770994b2bdf" ON "council_members" ("userId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c6963b948c0bad215078673f4e" ON "council_members" ("councilId", "userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_sessions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "councilId" integer NOT NULL, "title" varchar(300) NOT NULL, "meetingDate" varchar(10) NOT NULL, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "presentMemberIds" text, "memberCount" integer, "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4096848d1154f821f7757c55f7" ON "council_sessions" ("councilId") `);
    await queryRunner.query(
      `CREATE TABLE "council_agenda_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sessionId" integer NOT NULL, "nominationId" integer NOT NULL, "approve" integer NOT NULL DEFAULT (0), "reject" integer NOT NULL DEFAULT (0), "abstain" integer NOT NULL DEFAULT (0), "passed" boolean)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_249b96cd1be1c408d30793220e" ON "council_agenda_items" ("nominationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f5222a74a33dcd7e5afb868fad" ON "council_agenda_items" ("sessionId", "nominationId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_ballot_receipts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sessionId" integer NOT NULL, "userId" integer NOT NULL, "present" boolean NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_343b29d34e83a83c66f434cb70" ON "council_ballot_receipts" ("sessionId", "userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_recusals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sessionId" integer NOT NULL, "nominationId" integer NOT NULL, "userId" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_abfafbd1f546a21ebcc4f8aba6" ON "council_recusals" ("sessionId", "nominationId", "userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(60) NOT NULL, "signedOn" varchar(10) NOT NULL, "signerName" varchar(200) NOT NULL, "signerTitle" varchar(200) NOT NULL, "issuingUnitId" integer NOT NULL, "ruleSetCode" varchar(10) NOT NULL, "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3bdd08d4522d915d792c5b1a60" ON "decisions" ("number") `);
    await queryRunner.query(`CREATE INDEX "IDX_372485e4d7c16800e92373c8ac" ON "decisions" ("issuingUnitId") `);
    await queryRunner.query(
      `CREATE TABLE "decision_awards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decisionId" integer NOT NULL, "nominationId" integer NOT NULL, "goldenBookNumber" integer NOT NULL, "registerUnitId" integer NOT NULL, "registerYear" integer NOT NULL, "registerNumber" integer NOT NULL, "rewardAmountVnd" bigint, "revokedAt" varchar(24), "revokeReason" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_489f87ef8e1985646804728447" ON "decision_awards" ("decisionId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_57d2574f8f1129f4b59eac19cc" ON "decision_awards" ("nominationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1fd0a080da7f917c0dc9599d73" ON "decision_awards" ("registerUnitId", "registerYear", "registerNumber") `,
    );
    await queryRunner.query(
      `CREATE TABLE "register_counters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "year" integer NOT NULL, "lastNumber" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a0f505fe04509c581c42f98746" ON "register_counters" ("unitId", "year") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_1aaa85136ed40264de5b3bb403"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_councils" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "name" varchar(300) NOT NULL, "chairUserId" integer NOT NULL, "secretaryUserId" integer NOT NULL, "createdAt" varchar(24) NOT NULL, CONSTRAINT "FK_1aaa85136ed40264de5b3bb4037" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7a908ab41eaad207eba9536efec" FOREIGN KEY ("chairUserId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b97f35f2a4aa86653dfef46f475" FOREIGN KEY ("secretaryUserId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_councils"("id", "unitId", "name", "chairUserId", "secretaryUserId", "createdAt") SELECT "id", "unitId", "name", "chairUserId", "secretaryUserId", "createdAt" FROM "councils"`,
    );
    await queryRunner.query(`DROP TABLE "councils"`);
    await queryRunner.query(`ALTER TABLE "temporary_councils" RENAME TO "councils"`);
    await queryRunner.query(`CREATE INDEX "IDX_1aaa85136ed40264de5b3bb403" ON "councils" ("unitId") `);
    await queryRunner.query(`DROP INDEX "IDX_804c8f7fa2ad023770994b2bdf"`);
    await queryRunner.query(`DROP INDEX "IDX_c6963b948c0bad215078673f4e"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_council_members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "councilId" integer NOT NULL, "userId" integer NOT NULL, CONSTRAINT "FK_0eca54a92ae1c9ae17be09088d6" FOREIGN KEY ("councilId") REFERENCES "councils" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_804c8f7fa2ad023770994b2bdf7" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_council_members"("id", "councilId", "userId") SELECT "id", "councilId", "userId" FROM "council_members"`,
    );
    await queryRunner.query(`DROP TABLE "council_members"`);
    await queryRunner.query(`ALTER TABLE "temporary_council_members" RENAME TO "council_members"`);
    await queryRunner.query(`CREATE INDEX "IDX_804c8f7fa2ad023770994b2bdf" ON "council_members" ("userId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c6963b948c0bad215078673f4e" ON "council_members" ("councilId", "userId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_4096848d1154f821f7757c55f7"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_council_sessions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "councilId" integer NOT NULL, "title" varchar(300) NOT NULL, "meetingDate" varchar(10) NOT NULL, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "presentMemberIds" text, "memberCount" integer, "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL, CONSTRAINT "FK_4096848d1154f821f7757c55f75" FOREIGN KEY ("councilId") REFERENCES "councils" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_council_sessions"("id", "councilId", "title", "meetingDate", "state", "version", "presentMemberIds", "memberCount", "createdById", "createdAt") SELECT "id", "councilId", "title", "meetingDate", "state", "version", "presentMemberIds", "memberCount", "createdById", "createdAt" FROM "council_sessions"`,
    );
    await queryRunner.query(`DROP TABLE "council_sessions"`);
    await queryRunner.query(`ALTER TABLE "temporary_council_sessions" RENAME TO "council_sessions"`);
    await queryRunner.query(`CREATE INDEX "IDX_4096848d1154f821f7757c55f7" ON "council_sessions" ("councilId") `);
    await queryRunner.query(`DROP INDEX "IDX_249b96cd1be1c408d30793220e"`);
    await queryRunner.query(`DROP INDEX "IDX_f5222a74a33dcd7e5afb868fad"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_council_agenda_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sessionId" integer NOT NULL, "nominationId" integer NOT NULL, "approve" integer NOT NULL DEFAULT (0), "reject" integer NOT NULL DEFAULT (0), "abstain" integer NOT NULL DEFAULT (0), "passed" boolean, CONSTRAINT "FK_377454fc4a868a164242b6a640e" FOREIGN KEY ("sessionId") REFERENCES "council_sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_249b96cd1be1c408d30793220ef" FOREIGN KEY ("nominationId") REFERENCES "nominations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_council_agenda_items"("id", "sessionId", "nominationId", "approve", "reject", "abstain", "passed") SELECT "id", "sessionId", "nominationId", "approve", "reject", "abstain", "passed" FROM "council_agenda_items"`,
    );
    await queryRunner.query(`DROP TABLE "council_agenda_items"`);
    await queryRunner.query(`ALTER TABLE "temporary_council_agenda_items" RENAME TO "council_agenda_items"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_249b96cd1be1c408d30793220e" ON "council_agenda_items" ("nominationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f5222a74a33dcd7e5afb868fad" ON "council_agenda_items" ("sessionId", "nominationId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_343b29d34e83a83c66f434cb70"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_council_ballot_receipts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sessionId" integer NOT NULL, "userId" integer NOT NULL, "present" boolean NOT NULL, CONSTRAINT "FK_2178094b15bd95eed98dc9bd2c3" FOREIGN KEY ("sessionId") REFERENCES "council_sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_93fc5af05e9c799d9a536530b0f" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_council_ballot_receipts"("id", "sessionId", "userId", "present") SELECT "id", "sessionId", "userId", "present" FROM "council_ballot_receipts"`,
    );
    await queryRunner.query(`DROP TABLE "council_ballot_receipts"`);
    await queryRunner.query(`ALTER TABLE "temporary_council_ballot_receipts" RENAME TO "council_ballot_receipts"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_343b29d34e83a83c66f434cb70" ON "council_ballot_receipts" ("sessionId", "userId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_abfafbd1f546a21ebcc4f8aba6"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_council_recusals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sessionId" integer NOT NULL, "nominationId" integer NOT NULL, "userId" integer NOT NULL, CONSTRAINT "FK_239a8d5fd52be1c066514cf9737" FOREIGN KEY ("sessionId") REFERENCES "council_sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_council_recusals"("id", "sessionId", "nominationId", "userId") SELECT "id", "sessionId", "nominationId", "userId" FROM "council_recusals"`,
    );
    await queryRunner.query(`DROP TABLE "council_recusals"`);
    await queryRunner.query(`ALTER TABLE "temporary_council_recusals" RENAME TO "council_recusals"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_abfafbd1f546a21ebcc4f8aba6" ON "council_recusals" ("sessionId", "nominationId", "userId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_3bdd08d4522d915d792c5b1a60"`);
    await queryRunner.query(`DROP INDEX "IDX_372485e4d7c16800e92373c8ac"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_decisions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(60) NOT NULL, "signedOn" varchar(10) NOT NULL, "signerName" varchar(200) NOT NULL, "signerTitle" varchar(200) NOT NULL, "issuingUnitId" integer NOT NULL, "ruleSetCode" varchar(10) NOT NULL, "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL, CONSTRAINT "FK_372485e4d7c16800e92373c8ac8" FOREIGN KEY ("issuingUnitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_decisions"("id", "number", "signedOn", "signerName", "signerTitle", "issuingUnitId", "ruleSetCode", "createdById", "createdAt") SELECT "id", "number", "signedOn", "signerName", "signerTitle", "issuingUnitId", "ruleSetCode", "createdById", "createdAt" FROM "decisions"`,
    );
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`ALTER TABLE "temporary_decisions" RENAME TO "decisions"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3bdd08d4522d915d792c5b1a60" ON "decisions" ("number") `);
    await queryRunner.query(`CREATE INDEX "IDX_372485e4d7c16800e92373c8ac" ON "decisions" ("issuingUnitId") `);
    await queryRunner.query(`DROP INDEX "IDX_489f87ef8e1985646804728447"`);
    await queryRunner.query(`DROP INDEX "IDX_57d2574f8f1129f4b59eac19cc"`);
    await queryRunner.query(`DROP INDEX "IDX_1fd0a080da7f917c0dc9599d73"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_decision_awards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decisionId" integer NOT NULL, "nominationId" integer NOT NULL, "goldenBookNumber" integer NOT NULL, "registerUnitId" integer NOT NULL, "registerYear" integer NOT NULL, "registerNumber" integer NOT NULL, "rewardAmountVnd" bigint, "revokedAt" varchar(24), "revokeReason" text, CONSTRAINT "FK_489f87ef8e19856468047284474" FOREIGN KEY ("decisionId") REFERENCES "decisions" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_57d2574f8f1129f4b59eac19cc1" FOREIGN KEY ("nominationId") REFERENCES "nominations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_decision_awards"("id", "decisionId", "nominationId", "goldenBookNumber", "registerUnitId", "registerYear", "registerNumber", "rewardAmountVnd", "revokedAt", "revokeReason") SELECT "id", "decisionId", "nominationId", "goldenBookNumber", "registerUnitId", "registerYear", "registerNumber", "rewardAmountVnd", "revokedAt", "revokeReason" FROM "decision_awards"`,
    );
    await queryRunner.query(`DROP TABLE "decision_awards"`);
    await queryRunner.query(`ALTER TABLE "temporary_decision_awards" RENAME TO "decision_awards"`);
    await queryRunner.query(`CREATE INDEX "IDX_489f87ef8e1985646804728447" ON "decision_awards" ("decisionId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_57d2574f8f1129f4b59eac19cc" ON "decision_awards" ("nominationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1fd0a080da7f917c0dc9599d73" ON "decision_awards" ("registerUnitId", "registerYear", "registerNumber") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_1fd0a080da7f917c0dc9599d73"`);
    await queryRunner.query(`DROP INDEX "IDX_57d2574f8f1129f4b59eac19cc"`);
    await queryRunner.query(`DROP INDEX "IDX_489f87ef8e1985646804728447"`);
    await queryRunner.query(`ALTER TABLE "decision_awards" RENAME TO "temporary_decision_awards"`);
    await queryRunner.query(
      `CREATE TABLE "decision_awards" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decisionId" integer NOT NULL, "nominationId" integer NOT NULL, "goldenBookNumber" integer NOT NULL, "registerUnitId" integer NOT NULL, "registerYear" integer NOT NULL, "registerNumber" integer NOT NULL, "rewardAmountVnd" bigint, "revokedAt" varchar(24), "revokeReason" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "decision_awards"("id", "decisionId", "nominationId", "goldenBookNumber", "registerUnitId", "registerYear", "registerNumber", "rewardAmountVnd", "revokedAt", "revokeReason") SELECT "id", "decisionId", "nominationId", "goldenBookNumber", "registerUnitId", "registerYear", "registerNumber", "rewardAmountVnd", "revokedAt", "revokeReason" FROM "temporary_decision_awards"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_decision_awards"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1fd0a080da7f917c0dc9599d73" ON "decision_awards" ("registerUnitId", "registerYear", "registerNumber") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_57d2574f8f1129f4b59eac19cc" ON "decision_awards" ("nominationId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_489f87ef8e1985646804728447" ON "decision_awards" ("decisionId") `);
    await queryRunner.query(`DROP INDEX "IDX_372485e4d7c16800e92373c8ac"`);
    await queryRunner.query(`DROP INDEX "IDX_3bdd08d4522d915d792c5b1a60"`);
    await queryRunner.query(`ALTER TABLE "decisions" RENAME TO "temporary_decisions"`);
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(60) NOT NULL, "signedOn" varchar(10) NOT NULL, "signerName" varchar(200) NOT NULL, "signerTitle" varchar(200) NOT NULL, "issuingUnitId" integer NOT NULL, "ruleSetCode" varchar(10) NOT NULL, "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "decisions"("id", "number", "signedOn", "signerName", "signerTitle", "issuingUnitId", "ruleSetCode", "createdById", "createdAt") SELECT "id", "number", "signedOn", "signerName", "signerTitle", "issuingUnitId", "ruleSetCode", "createdById", "createdAt" FROM "temporary_decisions"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_decisions"`);
    await queryRunner.query(`CREATE INDEX "IDX_372485e4d7c16800e92373c8ac" ON "decisions" ("issuingUnitId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3bdd08d4522d915d792c5b1a60" ON "decisions" ("number") `);
    await queryRunner.query(`DROP INDEX "IDX_abfafbd1f546a21ebcc4f8aba6"`);
    await queryRunner.query(`ALTER TABLE "council_recusals" RENAME TO "temporary_council_recusals"`);
    await queryRunner.query(
      `CREATE TABLE "council_recusals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sessionId" integer NOT NULL, "nominationId" integer NOT NULL, "userId" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "council_recusals"("id", "sessionId", "nominationId", "userId") SELECT "id", "sessionId", "nominationId", "userId" FROM "temporary_council_recusals"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_council_recusals"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_abfafbd1f546a21ebcc4f8aba6" ON "council_recusals" ("sessionId", "nominationId", "userId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_343b29d34e83a83c66f434cb70"`);
    await queryRunner.query(`ALTER TABLE "council_ballot_receipts" RENAME TO "temporary_council_ballot_receipts"`);
    await queryRunner.query(
      `CREATE TABLE "council_ballot_receipts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sessionId" integer NOT NULL, "userId" integer NOT NULL, "present" boolean NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "council_ballot_receipts"("id", "sessionId", "userId", "present") SELECT "id", "sessionId", "userId", "present" FROM "temporary_council_ballot_receipts"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_council_ballot_receipts"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_343b29d34e83a83c66f434cb70" ON "council_ballot_receipts" ("sessionId", "userId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_f5222a74a33dcd7e5afb868fad"`);
    await queryRunner.query(`DROP INDEX "IDX_249b96cd1be1c408d30793220e"`);
    await queryRunner.query(`ALTER TABLE "council_agenda_items" RENAME TO "temporary_council_agenda_items"`);
    await queryRunner.query(
      `CREATE TABLE "council_agenda_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sessionId" integer NOT NULL, "nominationId" integer NOT NULL, "approve" integer NOT NULL DEFAULT (0), "reject" integer NOT NULL DEFAULT (0), "abstain" integer NOT NULL DEFAULT (0), "passed" boolean)`,
    );
    await queryRunner.query(
      `INSERT INTO "council_agenda_items"("id", "sessionId", "nominationId", "approve", "reject", "abstain", "passed") SELECT "id", "sessionId", "nominationId", "approve", "reject", "abstain", "passed" FROM "temporary_council_agenda_items"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_council_agenda_items"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f5222a74a33dcd7e5afb868fad" ON "council_agenda_items" ("sessionId", "nominationId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_249b96cd1be1c408d30793220e" ON "council_agenda_items" ("nominationId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_4096848d1154f821f7757c55f7"`);
    await queryRunner.query(`ALTER TABLE "council_sessions" RENAME TO "temporary_council_sessions"`);
    await queryRunner.query(
      `CREATE TABLE "council_sessions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "councilId" integer NOT NULL, "title" varchar(300) NOT NULL, "meetingDate" varchar(10) NOT NULL, "state" varchar(20) NOT NULL, "version" integer NOT NULL DEFAULT (1), "presentMemberIds" text, "memberCount" integer, "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "council_sessions"("id", "councilId", "title", "meetingDate", "state", "version", "presentMemberIds", "memberCount", "createdById", "createdAt") SELECT "id", "councilId", "title", "meetingDate", "state", "version", "presentMemberIds", "memberCount", "createdById", "createdAt" FROM "temporary_council_sessions"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_council_sessions"`);
    await queryRunner.query(`CREATE INDEX "IDX_4096848d1154f821f7757c55f7" ON "council_sessions" ("councilId") `);
    await queryRunner.query(`DROP INDEX "IDX_c6963b948c0bad215078673f4e"`);
    await queryRunner.query(`DROP INDEX "IDX_804c8f7fa2ad023770994b2bdf"`);
    await queryRunner.query(`ALTER TABLE "council_members" RENAME TO "temporary_council_members"`);
    await queryRunner.query(
      `CREATE TABLE "council_members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "councilId" integer NOT NULL, "userId" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "council_members"("id", "councilId", "userId") SELECT "id", "councilId", "userId" FROM "temporary_council_members"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_council_members"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c6963b948c0bad215078673f4e" ON "council_members" ("councilId", "userId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_804c8f7fa2ad023770994b2bdf" ON "council_members" ("userId") `);
    await queryRunner.query(`DROP INDEX "IDX_1aaa85136ed40264de5b3bb403"`);
    await queryRunner.query(`ALTER TABLE "councils" RENAME TO "temporary_councils"`);
    await queryRunner.query(
      `CREATE TABLE "councils" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "name" varchar(300) NOT NULL, "chairUserId" integer NOT NULL, "secretaryUserId" integer NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "councils"("id", "unitId", "name", "chairUserId", "secretaryUserId", "createdAt") SELECT "id", "unitId", "name", "chairUserId", "secretaryUserId", "createdAt" FROM "temporary_councils"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_councils"`);
    await queryRunner.query(`CREATE INDEX "IDX_1aaa85136ed40264de5b3bb403" ON "councils" ("unitId") `);
    await queryRunner.query(`DROP INDEX "IDX_a0f505fe04509c581c42f98746"`);
    await queryRunner.query(`DROP TABLE "register_counters"`);
    await queryRunner.query(`DROP INDEX "IDX_1fd0a080da7f917c0dc9599d73"`);
    await queryRunner.query(`DROP INDEX "IDX_57d2574f8f1129f4b59eac19cc"`);
    await queryRunner.query(`DROP INDEX "IDX_489f87ef8e1985646804728447"`);
    await queryRunner.query(`DROP TABLE "decision_awards"`);
    await queryRunner.query(`DROP INDEX "IDX_372485e4d7c16800e92373c8ac"`);
    await queryRunner.query(`DROP INDEX "IDX_3bdd08d4522d915d792c5b1a60"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP INDEX "IDX_abfafbd1f546a21ebcc4f8aba6"`);
    await queryRunner.query(`DROP TABLE "council_recusals"`);
    await queryRunner.query(`DROP INDEX "IDX_343b29d34e83a83c66f434cb70"`);
    await queryRunner.query(`DROP TABLE "council_ballot_receipts"`);
    await queryRunner.query(`DROP INDEX "IDX_f5222a74a33dcd7e5afb868fad"`);
    await queryRunner.query(`DROP INDEX "IDX_249b96cd1be1c408d30793220e"`);
    await queryRunner.query(`DROP TABLE "council_agenda_items"`);
    await queryRunner.query(`DROP INDEX "IDX_4096848d1154f821f7757c55f7"`);
    await queryRunner.query(`DROP TABLE "council_sessions"`);
    await queryRunner.query(`DROP INDEX "IDX_c6963b948c0bad215078673f4e"`);
    await queryRunner.query(`DROP INDEX "IDX_804c8f7fa2ad023770994b2bdf"`);
    await queryRunner.query(`DROP TABLE "council_members"`);
    await queryRunner.query(`DROP INDEX "IDX_1aaa85136ed40264de5b3bb403"`);
    await queryRunner.query(`DROP TABLE "councils"`);
  }
}
