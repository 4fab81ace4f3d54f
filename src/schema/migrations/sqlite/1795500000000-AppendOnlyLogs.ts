import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log and the transition log are append-only: the database itself refuses UPDATE and DELETE on them. */
export class AppendOnlyLogs1795500000000 implements MigrationInterface {
  name = 'AppendOnlyLogs1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_entries', 'transition_log']) {
      for (const action of ['UPDATE', 'DELETE']) {
        await queryRunner.query(
          `CREATE TRIGGER "${table}_no_${action.toLowerCase()}" BEFORE ${action} ON "${table}" BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_entries', 'transition_log']) {
      for (const action of ['update', 'delete']) await queryRunner.query(`DROP TRIGGER "${table}_no_${action}"`);
    }
  }
}
