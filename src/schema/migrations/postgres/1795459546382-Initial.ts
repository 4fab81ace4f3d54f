import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795459546382 implements MigrationInterface {
  name = 'Initial1795459546382';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("id" SERIAL NOT NULL, "entityType" character varying(50) NOT NULL, "entityId" character varying(50) NOT NULL, "action" character varying(50) NOT NULL, "actorId" integer, "at" character varying(24) NOT NULL, "details" text, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5b7e4c3d44efb78209b378b416" ON "audit_entries"  ("entityType", "entityId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "units" ("id" SERIAL NOT NULL, "code" character varying(50) NOT NULL, "name" character varying(300) NOT NULL, "kind" character varying(20) NOT NULL, "parentId" integer, "path" character varying(500) NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_47635c1ab22d02fc3ebae3608b" ON "units"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_0c1849ff3dbee5cc0bcc6c984a" ON "units"  ("parentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_82981a9428b582220042bc0451" ON "units"  ("path") `);
    await queryRunner.query(
      `CREATE TABLE "people" ("id" SERIAL NOT NULL, "fullName" character varying(200) NOT NULL, "gender" character varying(10), "birthYear" integer, "position" character varying(200) NOT NULL DEFAULT '', "unitId" integer NOT NULL, "category" character varying(20) NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_aefbb00a30026426f7b7d39f11" ON "people"  ("unitId") `);
    await queryRunner.query(
      `CREATE TABLE "person_evaluations" ("id" SERIAL NOT NULL, "personId" integer NOT NULL, "year" integer NOT NULL, "rating" character varying(20) NOT NULL, "recordedAt" character varying(24) NOT NULL, CONSTRAINT "PK_3cd5fa2e9a2515209c51ec0a9a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_84b144467b4fa307da49513ca9" ON "person_evaluations"  ("personId", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "initiatives" ("id" SERIAL NOT NULL, "personId" integer NOT NULL, "title" character varying(500) NOT NULL, "scope" character varying(20) NOT NULL, "recognizedOn" character varying(10) NOT NULL, "recognizedBy" character varying(300) NOT NULL, CONSTRAINT "PK_6f2f191bc885b9c50400a8b10d8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d347dac8135efb83bf14e22a97" ON "initiatives"  ("personId") `);
    await queryRunner.query(
      `CREATE TABLE "disciplines" ("id" SERIAL NOT NULL, "personId" integer NOT NULL, "level" character varying(20) NOT NULL, "fromDate" character varying(10) NOT NULL, "toDate" character varying(10), "pendingInvestigation" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_9b25ea6da0741577a73c9e90aad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c43cdaf0739deb2ea3beaf8ba1" ON "disciplines"  ("personId") `);
    await queryRunner.query(
      `CREATE TABLE "person_awards" ("id" SERIAL NOT NULL, "personId" integer NOT NULL, "year" integer NOT NULL, "awardTypeCode" character varying(60) NOT NULL, "decisionNumber" character varying(60), "decidedOn" character varying(10), "category" character varying(20) NOT NULL DEFAULT 'merit', CONSTRAINT "PK_ffe93a042191184b412a9438b4a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f57ba7f779f77ccbb265d0813a" ON "person_awards"  ("personId", "year") `);
    await queryRunner.query(
      `CREATE TABLE "unit_evaluations" ("id" SERIAL NOT NULL, "unitId" integer NOT NULL, "year" integer NOT NULL, "rating" character varying(20) NOT NULL, "membersTotal" integer NOT NULL, "membersCompletedTasks" integer NOT NULL, "membersAdvancedWorkers" integer NOT NULL, "membersGrassrootsEmulationSoldiers" integer NOT NULL, "membersDisciplinedWarningOrAbove" integer NOT NULL, "membersWomen" integer NOT NULL, "leadsCluster" boolean NOT NULL DEFAULT false, "recordedAt" character varying(24) NOT NULL, CONSTRAINT "PK_b6bb20b5207ccd5149e8e2f89b2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d114d6ac3e0a82335e35f2e7b5" ON "unit_evaluations"  ("unitId", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" SERIAL NOT NULL, "username" character varying(100) NOT NULL, "passwordHash" character varying(300) NOT NULL, "displayName" character varying(200) NOT NULL, "unitId" integer NOT NULL, "roles" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users"  ("username") `);
    await queryRunner.query(`CREATE INDEX "IDX_573707d34e5b3252f03b728b3f" ON "users"  ("unitId") `);
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "FK_0c1849ff3dbee5cc0bcc6c984af" FOREIGN KEY ("parentId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "FK_aefbb00a30026426f7b7d39f113" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_evaluations" ADD CONSTRAINT "FK_bfea92bd935292d7806de0fc174" FOREIGN KEY ("personId") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD CONSTRAINT "FK_d347dac8135efb83bf14e22a974" FOREIGN KEY ("personId") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disciplines" ADD CONSTRAINT "FK_c43cdaf0739deb2ea3beaf8ba16" FOREIGN KEY ("personId") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_awards" ADD CONSTRAINT "FK_3bd5df5717f02a1f8d88dd40964" FOREIGN KEY ("personId") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_evaluations" ADD CONSTRAINT "FK_50a686bf2720f90c63a79f470c7" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_573707d34e5b3252f03b728b3f5" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_573707d34e5b3252f03b728b3f5"`);
    await queryRunner.query(`ALTER TABLE "unit_evaluations" DROP CONSTRAINT "FK_50a686bf2720f90c63a79f470c7"`);
    await queryRunner.query(`ALTER TABLE "person_awards" DROP CONSTRAINT "FK_3bd5df5717f02a1f8d88dd40964"`);
    await queryRunner.query(`ALTER TABLE "disciplines" DROP CONSTRAINT "FK_c43cdaf0739deb2ea3beaf8ba16"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP CONSTRAINT "FK_d347dac8135efb83bf14e22a974"`);
    await queryRunner.query(`ALTER TABLE "person_evaluations" DROP CONSTRAINT "FK_bfea92bd935292d7806de0fc174"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "FK_aefbb00a30026426f7b7d39f113"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "FK_0c1849ff3dbee5cc0bcc6c984af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_573707d34e5b3252f03b728b3f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fe0bb3f6520ee0469504521e71"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d114d6ac3e0a82335e35f2e7b5"`);
    await queryRunner.query(`DROP TABLE "unit_evaluations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f57ba7f779f77ccbb265d0813a"`);
    await queryRunner.query(`DROP TABLE "person_awards"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c43cdaf0739deb2ea3beaf8ba1"`);
    await queryRunner.query(`DROP TABLE "disciplines"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d347dac8135efb83bf14e22a97"`);
    await queryRunner.query(`DROP TABLE "initiatives"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_84b144467b4fa307da49513ca9"`);
    await queryRunner.query(`DROP TABLE "person_evaluations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aefbb00a30026426f7b7d39f11"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_82981a9428b582220042bc0451"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c1849ff3dbee5cc0bcc6c984a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47635c1ab22d02fc3ebae3608b"`);
    await queryRunner.query(`DROP TABLE "units"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5b7e4c3d44efb78209b378b416"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
  }
}
