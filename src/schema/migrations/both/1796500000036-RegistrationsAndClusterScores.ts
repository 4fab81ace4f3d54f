import { MigrationInterface, QueryRunner } from 'typeorm';

/** A registration's commitment (bản cam kết), registrations by movement, and the members' scores in their cluster. */
export class RegistrationsAndClusterScores1796500000036 implements MigrationInterface {
  name = 'RegistrationsAndClusterScores1796500000036';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.query(`ALTER TABLE "registrations" ADD COLUMN "commitment" text`);
    await queryRunner.query(`CREATE INDEX "IDX_registrations_movement" ON "registrations" ("movementId")`);
    const id = postgres ? '"id" SERIAL PRIMARY KEY' : '"id" integer PRIMARY KEY AUTOINCREMENT NOT NULL';
    await queryRunner.query(
      `CREATE TABLE "cluster_scores" (${id},
        "clusterId" integer NOT NULL REFERENCES "emulation_clusters" ("id") ON DELETE CASCADE,
        "unitId" integer NOT NULL, "score" real NOT NULL, "note" text, "recordedById" integer NOT NULL,
        "recordedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_cluster_scores_member" ON "cluster_scores" ("clusterId", "unitId")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cluster_scores"`);
    await queryRunner.query(`DROP INDEX "IDX_registrations_movement"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "commitment"`);
  }
}
