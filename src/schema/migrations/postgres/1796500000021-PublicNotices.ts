import { MigrationInterface, QueryRunner } from 'typeorm';

/** Public notices of candidates, their nominations and the public's comments with the board's answers. */
export class PublicNotices1796500000021 implements MigrationInterface {
  name = 'PublicNotices1796500000021';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "public_notices" ("id" SERIAL NOT NULL, "title" character varying(300) NOT NULL, "unitId" integer NOT NULL, "startsOn" character varying(10) NOT NULL, "endsOn" character varying(10) NOT NULL, "createdById" integer NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_public_notices" PRIMARY KEY ("id"), CONSTRAINT "FK_public_notices_unit" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_public_notices_unit" ON "public_notices" ("unitId")`);
    await queryRunner.query(`CREATE INDEX "IDX_public_notices_window" ON "public_notices" ("startsOn")`);
    await queryRunner.query(
      `CREATE TABLE "public_notice_items" ("id" SERIAL NOT NULL, "noticeId" integer NOT NULL, "nominationId" integer NOT NULL, CONSTRAINT "PK_public_notice_items" PRIMARY KEY ("id"), CONSTRAINT "FK_public_notice_items_notice" FOREIGN KEY ("noticeId") REFERENCES "public_notices"("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_public_notice_items_nomination" FOREIGN KEY ("nominationId") REFERENCES "nominations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_public_notice_items_pair" ON "public_notice_items" ("noticeId", "nominationId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_public_notice_items_nomination" ON "public_notice_items" ("nominationId")`,
    );
    await queryRunner.query(
      `CREATE TABLE "public_notice_comments" ("id" SERIAL NOT NULL, "noticeId" integer NOT NULL, "nominationId" integer NOT NULL, "text" text NOT NULL, "authorName" character varying(200), "contact" character varying(200), "receivedAt" character varying(24) NOT NULL, "answer" text, "answeredById" integer, "answeredAt" character varying(24), CONSTRAINT "PK_public_notice_comments" PRIMARY KEY ("id"), CONSTRAINT "FK_public_notice_comments_notice" FOREIGN KEY ("noticeId") REFERENCES "public_notices"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_public_notice_comments_nomination" ON "public_notice_comments" ("nominationId", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "public_notice_comments"`);
    await queryRunner.query(`DROP TABLE "public_notice_items"`);
    await queryRunner.query(`DROP TABLE "public_notices"`);
  }
}
