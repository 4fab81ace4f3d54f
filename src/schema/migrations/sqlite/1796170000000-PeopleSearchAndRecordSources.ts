import { MigrationInterface, QueryRunner } from 'typeorm';
import { foldForSearch } from '../../../common/fold.js';

/**
 * People are found by their folded name (`searchName`, filled here for those already recorded); an award held by a
 * person says whether a clerk recorded it or a decision of this system wrote it.
 */
export class PeopleSearchAndRecordSources1796170000000 implements MigrationInterface {
  name = 'PeopleSearchAndRecordSources1796170000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" ADD COLUMN "searchName" varchar(200) NOT NULL DEFAULT ('')`);
    await queryRunner.query(
      `ALTER TABLE "person_awards" ADD COLUMN "source" varchar(10) NOT NULL DEFAULT ('recorded')`,
    );
    await queryRunner.query(`ALTER TABLE "person_awards" ADD COLUMN "nominationId" integer`);
    const people: { id: number; fullName: string }[] = await queryRunner.query(`SELECT id, "fullName" FROM "people"`);
    for (const person of people) {
      await queryRunner.query(`UPDATE "people" SET "searchName" = ? WHERE id = ?`, [
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
