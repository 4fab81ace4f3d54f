import { MigrationInterface, QueryRunner } from 'typeorm';

/** A unit under inspection, or whose head is disciplined for its failings, is not commended meanwhile (Decree 152 Art 4(4)). */
export class UnitRestrictions1796500000009 implements MigrationInterface {
  name = 'UnitRestrictions1796500000009';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "unit_restrictions" ("id" SERIAL NOT NULL, "unitId" integer NOT NULL, "basis" character varying(20) NOT NULL, "startsOn" character varying(10) NOT NULL, "endsOn" character varying(10), "note" text NOT NULL, "recordedAt" character varying(24) NOT NULL, CONSTRAINT "PK_unit_restrictions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_unit_restrictions_unit" ON "unit_restrictions" ("unitId")`);
    await queryRunner.query(
      `ALTER TABLE "unit_restrictions" ADD CONSTRAINT "FK_unit_restrictions_unit" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unit_restrictions" DROP CONSTRAINT "FK_unit_restrictions_unit"`);
    await queryRunner.query(`DROP INDEX "IDX_unit_restrictions_unit"`);
    await queryRunner.query(`DROP TABLE "unit_restrictions"`);
  }
}
