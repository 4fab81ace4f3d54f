import { MigrationInterface, QueryRunner } from 'typeorm';

export class Movements1795463694955 implements MigrationInterface {
  name = 'Movements1795463694955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "movements" ("id" SERIAL NOT NULL, "title" character varying(500) NOT NULL, "theme" text, "kind" character varying(20) NOT NULL, "scope" character varying(20) NOT NULL, "launchedByUnitId" integer NOT NULL, "launchDocument" character varying(300), "startDate" character varying(10) NOT NULL, "endDate" character varying(10) NOT NULL, "state" character varying(20) NOT NULL, "version" integer NOT NULL DEFAULT '1', "createdById" integer NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_5a8e3da15ab8f2ce353e7f58f67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1c92c536b3bbe97fc1cd2ed619" ON "movements"  ("launchedByUnitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_168ef9b7c5022ef51624b8263c" ON "movements"  ("state", "startDate") `);
    await queryRunner.query(
      `CREATE TABLE "movement_participants" ("id" SERIAL NOT NULL, "movementId" integer NOT NULL, "unitId" integer NOT NULL, CONSTRAINT "PK_fa92192bcd5ee9d6ef24dd417f3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f492c1cf8eb6f52338e340fef7" ON "movement_participants"  ("unitId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fb0f23171ad3c869cec688b617" ON "movement_participants"  ("movementId", "unitId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "targets" ("id" SERIAL NOT NULL, "movementId" integer NOT NULL, "code" character varying(30) NOT NULL, "name" character varying(500) NOT NULL, "unit" character varying(60) NOT NULL, "targetValue" double precision NOT NULL, "direction" character varying(10) NOT NULL, "tolerance" double precision, "assigneeUnitId" integer, "state" character varying(20) NOT NULL, "version" integer NOT NULL DEFAULT '1', "latestValue" double precision, "latestPeriod" character varying(20), "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_87084f49e9de9dd6a3e83906584" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c5031754f3a38d12b37813dcc5" ON "targets"  ("assigneeUnitId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_cd6abe4e5744bd79b1f31a48fa" ON "targets"  ("movementId", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_reports" ("id" SERIAL NOT NULL, "targetId" integer NOT NULL, "period" character varying(20) NOT NULL, "value" double precision NOT NULL, "note" text, "reportedById" integer NOT NULL, "reportedAt" character varying(24) NOT NULL, CONSTRAINT "PK_175179020a43d5ec75ab1d6a04f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_da54843ffc2969b0804b0c9ff2" ON "progress_reports"  ("targetId") `);
    await queryRunner.query(
      `CREATE TABLE "emulation_clusters" ("id" SERIAL NOT NULL, "name" character varying(300) NOT NULL, "kind" character varying(10) NOT NULL, "year" integer NOT NULL, "covenant" text, "leaderUnitId" integer, "memberUnitIds" text NOT NULL, "createdById" integer NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_88e6ec2006e9ff4a59a0e2d3e7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "movements" ADD CONSTRAINT "FK_1c92c536b3bbe97fc1cd2ed6197" FOREIGN KEY ("launchedByUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_participants" ADD CONSTRAINT "FK_de5716341fc318cdf6ea31fe537" FOREIGN KEY ("movementId") REFERENCES "movements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_participants" ADD CONSTRAINT "FK_f492c1cf8eb6f52338e340fef7c" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "targets" ADD CONSTRAINT "FK_2e849b851979f6a2ad659d86c66" FOREIGN KEY ("movementId") REFERENCES "movements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "targets" ADD CONSTRAINT "FK_c5031754f3a38d12b37813dcc50" FOREIGN KEY ("assigneeUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" ADD CONSTRAINT "FK_da54843ffc2969b0804b0c9ff22" FOREIGN KEY ("targetId") REFERENCES "targets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP CONSTRAINT "FK_da54843ffc2969b0804b0c9ff22"`);
    await queryRunner.query(`ALTER TABLE "targets" DROP CONSTRAINT "FK_c5031754f3a38d12b37813dcc50"`);
    await queryRunner.query(`ALTER TABLE "targets" DROP CONSTRAINT "FK_2e849b851979f6a2ad659d86c66"`);
    await queryRunner.query(`ALTER TABLE "movement_participants" DROP CONSTRAINT "FK_f492c1cf8eb6f52338e340fef7c"`);
    await queryRunner.query(`ALTER TABLE "movement_participants" DROP CONSTRAINT "FK_de5716341fc318cdf6ea31fe537"`);
    await queryRunner.query(`ALTER TABLE "movements" DROP CONSTRAINT "FK_1c92c536b3bbe97fc1cd2ed6197"`);
    await queryRunner.query(`DROP TABLE "emulation_clusters"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da54843ffc2969b0804b0c9ff2"`);
    await queryRunner.query(`DROP TABLE "progress_reports"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cd6abe4e5744bd79b1f31a48fa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5031754f3a38d12b37813dcc5"`);
    await queryRunner.query(`DROP TABLE "targets"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb0f23171ad3c869cec688b617"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f492c1cf8eb6f52338e340fef7"`);
    await queryRunner.query(`DROP TABLE "movement_participants"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_168ef9b7c5022ef51624b8263c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c92c536b3bbe97fc1cd2ed619"`);
    await queryRunner.query(`DROP TABLE "movements"`);
  }
}
