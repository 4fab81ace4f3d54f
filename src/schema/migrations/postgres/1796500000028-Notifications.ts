import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each user's inbox of notifications. */
export class Notifications1796500000028 implements MigrationInterface {
  name = 'Notifications1796500000028';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" SERIAL NOT NULL, "userId" integer NOT NULL, "at" character varying(24) NOT NULL, "kind" character varying(40) NOT NULL, "message" text NOT NULL, "messageEn" text NOT NULL, "link" character varying(300) NOT NULL, "readAt" character varying(24), "key" character varying(200), CONSTRAINT "PK_notifications" PRIMARY KEY ("id"), CONSTRAINT "FK_notifications_user" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notifications_user" ON "notifications" ("userId", "id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_notifications_key" ON "notifications" ("userId", "key")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
