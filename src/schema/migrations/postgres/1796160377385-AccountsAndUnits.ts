import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndUnits1796160377385 implements MigrationInterface {
  name = 'AccountsAndUnits1796160377385';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "units" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "units" ADD "mergedIntoId" integer`);
    await queryRunner.query(`ALTER TABLE "users" ADD "systemScope" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "users" ADD "mustChangePassword" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "users" ADD "credentialsVersion" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "lastLoginAt" character varying(24)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "lastLoginAt"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "credentialsVersion"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "mustChangePassword"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "systemScope"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "mergedIntoId"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "active"`);
  }
}
