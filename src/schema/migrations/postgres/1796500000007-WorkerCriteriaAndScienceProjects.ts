import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Law Art 24(2): a worker or farmer outside the public sector earns Lao động tiên tiến on the province's criteria, which
 * the unit confirms for the year, not on a task rating (the rating becomes optional). Law Art 23: an accepted science
 * project counts as an initiative does (initiatives gain a kind).
 */
export class WorkerCriteriaAndScienceProjects1796500000007 implements MigrationInterface {
  name = 'WorkerCriteriaAndScienceProjects1796500000007';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person_evaluations" ALTER COLUMN "rating" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "person_evaluations" ADD COLUMN "workerCriteriaMet" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD COLUMN "kind" character varying(20) NOT NULL DEFAULT 'initiative'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "kind"`);
    await queryRunner.query(`ALTER TABLE "person_evaluations" DROP COLUMN "workerCriteriaMet"`);
    await queryRunner.query(`UPDATE "person_evaluations" SET "rating" = 'completed' WHERE "rating" IS NULL`);
    await queryRunner.query(`ALTER TABLE "person_evaluations" ALTER COLUMN "rating" SET NOT NULL`);
  }
}
