import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (system scope, a forced password change, the credentials version tokens carry, the last sign-in) and units
 * (active, merged into). Plain ADD COLUMNs rather than TypeORM's table copy: `units` and `users` are referenced by most
 * tables, and adding a column with a constant default needs no copy in SQLite.
 */
export class AccountsAndUnits1796160364711 implements MigrationInterface {
  name = 'AccountsAndUnits1796160364711';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "units" ADD COLUMN "active" boolean NOT NULL DEFAULT (1)`);
    await queryRunner.query(`ALTER TABLE "units" ADD COLUMN "mergedIntoId" integer`);
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "systemScope" boolean NOT NULL DEFAULT (0)`);
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "mustChangePassword" boolean NOT NULL DEFAULT (0)`);
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "credentialsVersion" integer NOT NULL DEFAULT (0)`);
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "lastLoginAt" varchar(24)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['lastLoginAt', 'credentialsVersion', 'mustChangePassword', 'systemScope']) {
      await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "${column}"`);
    }
    for (const column of ['mergedIntoId', 'active'])
      await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "${column}"`);
  }
}
