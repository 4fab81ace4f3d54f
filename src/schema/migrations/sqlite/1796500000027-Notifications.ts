import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each user's inbox of notifications. */
export class Notifications1796500000027 implements MigrationInterface {
  name = 'Notifications1796500000027';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "at" varchar(24) NOT NULL, "kind" varchar(40) NOT NULL, "message" text NOT NULL, "messageEn" text NOT NULL, "link" varchar(300) NOT NULL, "readAt" varchar(24), "key" varchar(200), CONSTRAINT "FK_notifications_user" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notifications_user" ON "notifications" ("userId", "id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_notifications_key" ON "notifications" ("userId", "key")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
