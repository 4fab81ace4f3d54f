import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications by e-mail: each user's address and choice, and each notification's delivery. */
export class NotificationEmail1796500000029 implements MigrationInterface {
  name = 'NotificationEmail1796500000029';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "email" varchar(254)`);
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "emailNotifications" boolean NOT NULL DEFAULT (1)`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD COLUMN "emailState" varchar(10) NOT NULL DEFAULT ('none')`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notifications_email" ON "notifications" ("emailState")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_notifications_email"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "emailState"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "emailNotifications"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email"`);
  }
}
