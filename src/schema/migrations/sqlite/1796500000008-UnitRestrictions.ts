import { MigrationInterface, QueryRunner } from 'typeorm';

/** A unit under inspection, or whose head is disciplined for its failings, is not commended meanwhile (Decree 152 Art 4(4)). */
export class UnitRestrictions1796500000008 implements MigrationInterface {
  name = 'UnitRestrictions1796500000008';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "unit_restrictions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unitId" integer NOT NULL, "basis" varchar(20) NOT NULL, "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10), "note" text NOT NULL, "recordedAt" varchar(24) NOT NULL, CONSTRAINT "FK_unit_restrictions_unit" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_unit_restrictions_unit" ON "unit_restrictions" ("unitId")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_unit_restrictions_unit"`);
    await queryRunner.query(`DROP TABLE "unit_restrictions"`);
  }
}
