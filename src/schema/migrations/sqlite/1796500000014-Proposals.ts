import { MigrationInterface, QueryRunner } from 'typeorm';

/** The board's Tờ trình with its list, and the decision that answers one. */
export class Proposals1796500000014 implements MigrationInterface {
  name = 'Proposals1796500000014';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proposals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(60) NOT NULL, "date" varchar(10) NOT NULL, "proposedYear" integer NOT NULL, "issuingUnitId" integer NOT NULL, "signerName" varchar(200) NOT NULL, "signerTitle" varchar(200) NOT NULL, "createdById" integer NOT NULL, "createdAt" varchar(24) NOT NULL, CONSTRAINT "FK_proposals_issuing_unit" FOREIGN KEY ("issuingUnitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_proposals_issuer_year_number" ON "proposals" ("issuingUnitId", "proposedYear", "number")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_proposals_issuing_unit" ON "proposals" ("issuingUnitId")`);
    await queryRunner.query(
      `CREATE TABLE "proposal_nominations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "proposalId" integer NOT NULL, "nominationId" integer NOT NULL, "ordinal" integer NOT NULL, CONSTRAINT "FK_proposal_nominations_proposal" FOREIGN KEY ("proposalId") REFERENCES "proposals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_proposal_nominations_nomination" FOREIGN KEY ("nominationId") REFERENCES "nominations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_proposal_nominations_pair" ON "proposal_nominations" ("proposalId", "nominationId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_nominations_nomination" ON "proposal_nominations" ("nominationId")`,
    );
    // SQLite adds a column with a foreign key only when its default is NULL, as here.
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD COLUMN "proposalId" integer REFERENCES "proposals" ("id") ON DELETE RESTRICT`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "proposalId"`);
    await queryRunner.query(`DROP TABLE "proposal_nominations"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
  }
}
