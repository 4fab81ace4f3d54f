import { MigrationInterface, QueryRunner } from 'typeorm';

/** Printing a decision's certificates as a background job, with its progress and its kept PDF. */
export class CertificatePrints1796500000035 implements MigrationInterface {
  name = 'CertificatePrints1796500000035';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const id = postgres ? '"id" SERIAL PRIMARY KEY' : '"id" integer PRIMARY KEY AUTOINCREMENT NOT NULL';
    await queryRunner.query(
      `CREATE TABLE "certificate_prints" (${id},
        "decisionId" integer NOT NULL REFERENCES "decisions" ("id") ON DELETE CASCADE,
        "layout" varchar(12) NOT NULL, "state" varchar(10) NOT NULL, "total" integer,
        "printed" integer NOT NULL DEFAULT 0, "requestedById" integer NOT NULL, "requestedAt" varchar(24) NOT NULL,
        "finishedAt" varchar(24), "claimToken" varchar(36), "claimedAt" varchar(24), "fileSha256" varchar(64),
        "fileSize" integer, "error" text)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_certificate_prints_decision" ON "certificate_prints" ("decisionId", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_certificate_prints_state" ON "certificate_prints" ("state")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "certificate_prints"`);
  }
}
