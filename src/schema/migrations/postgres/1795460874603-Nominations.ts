import { MigrationInterface, QueryRunner } from 'typeorm';

export class Nominations1795460874603 implements MigrationInterface {
  name = 'Nominations1795460874603';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "nominations" ("id" SERIAL NOT NULL, "year" integer NOT NULL, "awardTypeCode" character varying(60) NOT NULL, "category" character varying(20) NOT NULL, "proposingUnitId" integer NOT NULL, "decidingUnitId" integer NOT NULL, "nomineeKind" character varying(20) NOT NULL, "personId" integer, "nomineeUnitId" integer, "householdHeadName" character varying(200), "householdAddress" character varying(300), "householdCommuneUnitId" integer, "movementId" integer, "achievements" text NOT NULL, "state" character varying(20) NOT NULL, "version" integer NOT NULL DEFAULT '1', "ruleSetCode" character varying(10), "submittedOn" character varying(10), "createdById" integer NOT NULL, "createdAt" character varying(24) NOT NULL, "updatedAt" character varying(24) NOT NULL, CONSTRAINT "PK_94d2a23f18ea8e3b22d1ec6e972" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c59237f66b2a8f7a17e3931572" ON "nominations"  ("proposingUnitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_7bd8472f3124068f033dcb343a" ON "nominations"  ("decidingUnitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_79d6b9a769f7b8239cbbbbee30" ON "nominations"  ("movementId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_da6dd108a9e7623a49a034965a" ON "nominations"  ("nomineeUnitId", "year") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_95871e0b87c25aa34bb730277d" ON "nominations"  ("personId", "year") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_0a619fbb41348cf846e567495c" ON "nominations"  ("year", "awardTypeCode") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c62af629f7a3ddf2a2230f4161" ON "nominations"  ("state", "year") `);
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" SERIAL NOT NULL, "nominationId" integer NOT NULL, "kind" character varying(30) NOT NULL, "fileName" character varying(255) NOT NULL, "mediaType" character varying(120) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "uploadedById" integer NOT NULL, "uploadedAt" character varying(24) NOT NULL, CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_af549f58efcb09f822b04cd959" ON "attachments"  ("nominationId") `);
    await queryRunner.query(
      `CREATE TABLE "registrations" ("id" SERIAL NOT NULL, "year" integer NOT NULL, "movementId" integer, "awardTypeCode" character varying(60) NOT NULL, "personId" integer, "unitId" integer NOT NULL, "registeredById" integer NOT NULL, "registeredAt" character varying(24) NOT NULL, CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9b332c39f2342b2304bf85e880" ON "registrations"  ("personId") `);
    await queryRunner.query(`CREATE INDEX "IDX_79a047f3e29e2c87592733fff7" ON "registrations"  ("unitId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_f814fa155f06f93ec6fe36ceca" ON "registrations"  ("year", "awardTypeCode") `,
    );
    await queryRunner.query(
      `CREATE TABLE "transition_log" ("id" SERIAL NOT NULL, "workflow" character varying(40) NOT NULL, "entityId" integer NOT NULL, "event" character varying(40) NOT NULL, "fromState" character varying(40) NOT NULL, "toState" character varying(40) NOT NULL, "actorId" integer, "at" character varying(24) NOT NULL, "comment" text, "details" text, CONSTRAINT "PK_28e57d9264b8c84c12e50727b9d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_98c5563a5e729723e26ffaa720" ON "transition_log"  ("workflow", "entityId", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "FK_c59237f66b2a8f7a17e39315723" FOREIGN KEY ("proposingUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "FK_7bd8472f3124068f033dcb343af" FOREIGN KEY ("decidingUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "FK_ca35b015f1dd306be502aa5d933" FOREIGN KEY ("personId") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "FK_385ed28a64416ed0fe1cfdfd290" FOREIGN KEY ("nomineeUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "FK_2fccd66045646b644d25d20bec5" FOREIGN KEY ("householdCommuneUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_af549f58efcb09f822b04cd9598" FOREIGN KEY ("nominationId") REFERENCES "nominations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_9b332c39f2342b2304bf85e8808" FOREIGN KEY ("personId") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_79a047f3e29e2c87592733fff7d" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_79a047f3e29e2c87592733fff7d"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_9b332c39f2342b2304bf85e8808"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_af549f58efcb09f822b04cd9598"`);
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "FK_2fccd66045646b644d25d20bec5"`);
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "FK_385ed28a64416ed0fe1cfdfd290"`);
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "FK_ca35b015f1dd306be502aa5d933"`);
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "FK_7bd8472f3124068f033dcb343af"`);
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "FK_c59237f66b2a8f7a17e39315723"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_98c5563a5e729723e26ffaa720"`);
    await queryRunner.query(`DROP TABLE "transition_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f814fa155f06f93ec6fe36ceca"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79a047f3e29e2c87592733fff7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9b332c39f2342b2304bf85e880"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af549f58efcb09f822b04cd959"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c62af629f7a3ddf2a2230f4161"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0a619fbb41348cf846e567495c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_95871e0b87c25aa34bb730277d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da6dd108a9e7623a49a034965a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79d6b9a769f7b8239cbbbbee30"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7bd8472f3124068f033dcb343a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c59237f66b2a8f7a17e3931572"`);
    await queryRunner.query(`DROP TABLE "nominations"`);
  }
}
