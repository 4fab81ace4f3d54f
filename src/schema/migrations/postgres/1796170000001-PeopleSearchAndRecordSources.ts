import { MigrationInterface, QueryRunner } from 'typeorm';
import { foldForSearch } from '../../../common/fold.js';

/**
 * People are found by their folded name (`searchName`, filled here for those already recorded); an award held by a
 * person says whether a clerk recorded it or a decision of this system wrote it.
 */
export class PeopleSearchAndRecordSources1796170000001 implements MigrationInterface {
  name = 'PeopleSearchAndRecordSources1796170000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" ADD "searchName" character varying(200) NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `ALTER TABLE "person_awards" ADD "source" character varying(10) NOT NULL DEFAULT 'recorded'`,
    );
    await queryRunner.query(`ALTER TABLE "person_awards" ADD "nominationId" integer`);
    const people: { id: number; fullName: string }[] = await queryRunner.query(`SELECT id, "fullName" FROM "people"`);
    for (const person of people) {
      await queryRunner.query(`UPDATE "people" SET "searchName" = $1 WHERE id = $2`, [
        foldForSearch(person.fullName),
        person.id,
      ]);
    }
    await queryRunner.query(`CREATE INDEX "IDX_289673c683ebcdc8275641e1da" ON "people" ("searchName") `);
    await queryRunner.query(`CREATE INDEX "IDX_7ada5a9a5a38fcddc620f3b710" ON "person_awards" ("nominationId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_7ada5a9a5a38fcddc620f3b710"`);
    await queryRunner.query(`DROP INDEX "IDX_289673c683ebcdc8275641e1da"`);
    await queryRunner.query(`ALTER TABLE "person_awards" DROP COLUMN "nominationId"`);
    await queryRunner.query(`ALTER TABLE "person_awards" DROP COLUMN "source"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "searchName"`);
  }
}
