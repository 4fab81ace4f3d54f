import { MigrationInterface, QueryRunner } from 'typeorm';

export class Councils1795463193151 implements MigrationInterface {
  name = 'Councils1795463193151';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "councils" ("id" SERIAL NOT NULL, "unitId" integer NOT NULL, "name" character varying(300) NOT NULL, "chairUserId" integer NOT NULL, "secretaryUserId" integer NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_4966fa6c4948bab2ea3e31e054d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1aaa85136ed40264de5b3bb403" ON "councils"  ("unitId") `);
    await queryRunner.query(
      `CREATE TABLE "council_members" ("id" SERIAL NOT NULL, "councilId" integer NOT NULL, "userId" integer NOT NULL, CONSTRAINT "PK_0e8d377df62ee2d6b264be4cf2d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_804c8f7fa2ad023770994b2bdf" ON "council_members"  ("userId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c6963b948c0bad215078673f4e" ON "council_members"  ("councilId", "userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_sessions" ("id" SERIAL NOT NULL, "councilId" integer NOT NULL, "title" character varying(300) NOT NULL, "meetingDate" character varying(10) NOT NULL, "state" character varying(20) NOT NULL, "version" integer NOT NULL DEFAULT '1', "presentMemberIds" text, "memberCount" integer, "createdById" integer NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_b5e0a4b375f8df6790be056f341" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4096848d1154f821f7757c55f7" ON "council_sessions"  ("councilId") `);
    await queryRunner.query(
      `CREATE TABLE "council_agenda_items" ("id" SERIAL NOT NULL, "sessionId" integer NOT NULL, "nominationId" integer NOT NULL, "approve" integer NOT NULL DEFAULT '0', "reject" integer NOT NULL DEFAULT '0', "abstain" integer NOT NULL DEFAULT '0', "passed" boolean, CONSTRAINT "PK_0a44a520048329645c1cea1d210" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_249b96cd1be1c408d30793220e" ON "council_agenda_items"  ("nominationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f5222a74a33dcd7e5afb868fad" ON "council_agenda_items"  ("sessionId", "nominationId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_ballot_receipts" ("id" SERIAL NOT NULL, "sessionId" integer NOT NULL, "userId" integer NOT NULL, "present" boolean NOT NULL, CONSTRAINT "PK_5391acd8b08279dc2c8b7f51191" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_343b29d34e83a83c66f434cb70" ON "council_ballot_receipts"  ("sessionId", "userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_recusals" ("id" SERIAL NOT NULL, "sessionId" integer NOT NULL, "nominationId" integer NOT NULL, "userId" integer NOT NULL, CONSTRAINT "PK_e53cc076c62a86b3667f15bddd9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_abfafbd1f546a21ebcc4f8aba6" ON "council_recusals"  ("sessionId", "nominationId", "userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" SERIAL NOT NULL, "number" character varying(60) NOT NULL, "signedOn" character varying(10) NOT NULL, "signerName" character varying(200) NOT NULL, "signerTitle" character varying(200) NOT NULL, "issuingUnitId" integer NOT NULL, "ruleSetCode" character varying(10) NOT NULL, "createdById" integer NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3bdd08d4522d915d792c5b1a60" ON "decisions"  ("number") `);
    await queryRunner.query(`CREATE INDEX "IDX_372485e4d7c16800e92373c8ac" ON "decisions"  ("issuingUnitId") `);
    await queryRunner.query(
      `CREATE TABLE "decision_awards" ("id" SERIAL NOT NULL, "decisionId" integer NOT NULL, "nominationId" integer NOT NULL, "goldenBookNumber" integer NOT NULL, "registerUnitId" integer NOT NULL, "registerYear" integer NOT NULL, "registerNumber" integer NOT NULL, "rewardAmountVnd" bigint, "revokedAt" character varying(24), "revokeReason" text, CONSTRAINT "PK_f48543edca9a53b5d816734d7c6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_489f87ef8e1985646804728447" ON "decision_awards"  ("decisionId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_57d2574f8f1129f4b59eac19cc" ON "decision_awards"  ("nominationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1fd0a080da7f917c0dc9599d73" ON "decision_awards"  ("registerUnitId", "registerYear", "registerNumber") `,
    );
    await queryRunner.query(
      `CREATE TABLE "register_counters" ("id" SERIAL NOT NULL, "unitId" integer NOT NULL, "year" integer NOT NULL, "lastNumber" integer NOT NULL, CONSTRAINT "PK_2f46884911bb1d2f13075f2ca59" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a0f505fe04509c581c42f98746" ON "register_counters"  ("unitId", "year") `,
    );
    await queryRunner.query(
      `ALTER TABLE "councils" ADD CONSTRAINT "FK_1aaa85136ed40264de5b3bb4037" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils" ADD CONSTRAINT "FK_7a908ab41eaad207eba9536efec" FOREIGN KEY ("chairUserId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils" ADD CONSTRAINT "FK_b97f35f2a4aa86653dfef46f475" FOREIGN KEY ("secretaryUserId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_members" ADD CONSTRAINT "FK_0eca54a92ae1c9ae17be09088d6" FOREIGN KEY ("councilId") REFERENCES "councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_members" ADD CONSTRAINT "FK_804c8f7fa2ad023770994b2bdf7" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_sessions" ADD CONSTRAINT "FK_4096848d1154f821f7757c55f75" FOREIGN KEY ("councilId") REFERENCES "councils"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" ADD CONSTRAINT "FK_377454fc4a868a164242b6a640e" FOREIGN KEY ("sessionId") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_agenda_items" ADD CONSTRAINT "FK_249b96cd1be1c408d30793220ef" FOREIGN KEY ("nominationId") REFERENCES "nominations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_ballot_receipts" ADD CONSTRAINT "FK_2178094b15bd95eed98dc9bd2c3" FOREIGN KEY ("sessionId") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_ballot_receipts" ADD CONSTRAINT "FK_93fc5af05e9c799d9a536530b0f" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_recusals" ADD CONSTRAINT "FK_239a8d5fd52be1c066514cf9737" FOREIGN KEY ("sessionId") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_372485e4d7c16800e92373c8ac8" FOREIGN KEY ("issuingUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_awards" ADD CONSTRAINT "FK_489f87ef8e19856468047284474" FOREIGN KEY ("decisionId") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_awards" ADD CONSTRAINT "FK_57d2574f8f1129f4b59eac19cc1" FOREIGN KEY ("nominationId") REFERENCES "nominations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decision_awards" DROP CONSTRAINT "FK_57d2574f8f1129f4b59eac19cc1"`);
    await queryRunner.query(`ALTER TABLE "decision_awards" DROP CONSTRAINT "FK_489f87ef8e19856468047284474"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_372485e4d7c16800e92373c8ac8"`);
    await queryRunner.query(`ALTER TABLE "council_recusals" DROP CONSTRAINT "FK_239a8d5fd52be1c066514cf9737"`);
    await queryRunner.query(`ALTER TABLE "council_ballot_receipts" DROP CONSTRAINT "FK_93fc5af05e9c799d9a536530b0f"`);
    await queryRunner.query(`ALTER TABLE "council_ballot_receipts" DROP CONSTRAINT "FK_2178094b15bd95eed98dc9bd2c3"`);
    await queryRunner.query(`ALTER TABLE "council_agenda_items" DROP CONSTRAINT "FK_249b96cd1be1c408d30793220ef"`);
    await queryRunner.query(`ALTER TABLE "council_agenda_items" DROP CONSTRAINT "FK_377454fc4a868a164242b6a640e"`);
    await queryRunner.query(`ALTER TABLE "council_sessions" DROP CONSTRAINT "FK_4096848d1154f821f7757c55f75"`);
    await queryRunner.query(`ALTER TABLE "council_members" DROP CONSTRAINT "FK_804c8f7fa2ad023770994b2bdf7"`);
    await queryRunner.query(`ALTER TABLE "council_members" DROP CONSTRAINT "FK_0eca54a92ae1c9ae17be09088d6"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP CONSTRAINT "FK_b97f35f2a4aa86653dfef46f475"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP CONSTRAINT "FK_7a908ab41eaad207eba9536efec"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP CONSTRAINT "FK_1aaa85136ed40264de5b3bb4037"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0f505fe04509c581c42f98746"`);
    await queryRunner.query(`DROP TABLE "register_counters"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1fd0a080da7f917c0dc9599d73"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_57d2574f8f1129f4b59eac19cc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_489f87ef8e1985646804728447"`);
    await queryRunner.query(`DROP TABLE "decision_awards"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_372485e4d7c16800e92373c8ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3bdd08d4522d915d792c5b1a60"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abfafbd1f546a21ebcc4f8aba6"`);
    await queryRunner.query(`DROP TABLE "council_recusals"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_343b29d34e83a83c66f434cb70"`);
    await queryRunner.query(`DROP TABLE "council_ballot_receipts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f5222a74a33dcd7e5afb868fad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_249b96cd1be1c408d30793220e"`);
    await queryRunner.query(`DROP TABLE "council_agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4096848d1154f821f7757c55f7"`);
    await queryRunner.query(`DROP TABLE "council_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6963b948c0bad215078673f4e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_804c8f7fa2ad023770994b2bdf"`);
    await queryRunner.query(`DROP TABLE "council_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1aaa85136ed40264de5b3bb403"`);
    await queryRunner.query(`DROP TABLE "councils"`);
  }
}
