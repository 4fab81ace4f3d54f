import { MigrationInterface, QueryRunner } from 'typeorm';

/** The board's Tờ trình with its list, and the decision that answers one. */
export class Proposals1796500000015 implements MigrationInterface {
  name = 'Proposals1796500000015';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proposals" ("id" SERIAL NOT NULL, "number" character varying(60) NOT NULL, "date" character varying(10) NOT NULL, "proposedYear" integer NOT NULL, "issuingUnitId" integer NOT NULL, "signerName" character varying(200) NOT NULL, "signerTitle" character varying(200) NOT NULL, "createdById" integer NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_proposals" PRIMARY KEY ("id"), CONSTRAINT "FK_proposals_issuing_unit" FOREIGN KEY ("issuingUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_proposals_issuer_year_number" ON "proposals" ("issuingUnitId", "proposedYear", "number")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_proposals_issuing_unit" ON "proposals" ("issuingUnitId")`);
    await queryRunner.query(
      `CREATE TABLE "proposal_nominations" ("id" SERIAL NOT NULL, "proposalId" integer NOT NULL, "nominationId" integer NOT NULL, "ordinal" integer NOT NULL, CONSTRAINT "PK_proposal_nominations" PRIMARY KEY ("id"), CONSTRAINT "FK_proposal_nominations_proposal" FOREIGN KEY ("proposalId") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_proposal_nominations_nomination" FOREIGN KEY ("nominationId") REFERENCES "nominations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_proposal_nominations_pair" ON "proposal_nominations" ("proposalId", "nominationId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_nominations_nomination" ON "proposal_nominations" ("nominationId")`,
    );
    await queryRunner.query(`ALTER TABLE "decisions" ADD COLUMN "proposalId" integer`);
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_decisions_proposal" FOREIGN KEY ("proposalId") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_decisions_proposal"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "proposalId"`);
    await queryRunner.query(`DROP TABLE "proposal_nominations"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
  }
}
