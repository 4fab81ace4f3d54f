import { MigrationInterface, QueryRunner } from 'typeorm';
import { foldForSearch } from '../../../common/fold.js';

/**
 * The award register is searched by the nominee's name without case or diacritics: each award keeps its nominee's name
 * folded as it was when decided (the person, the collective, or the household's head).
 */
export class RegisterSearch1796500000023 implements MigrationInterface {
  name = 'RegisterSearch1796500000023';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decision_awards" ADD COLUMN "nomineeSearchName" varchar(300)`);
    // Folding needs Unicode normalisation, which neither database does alike: the names are folded here.
    const rows: { id: number; name: string | null }[] = await queryRunner.query(
      `SELECT da.id, COALESCE(p."fullName", u.name, n."householdHeadName") AS name FROM "decision_awards" da
         JOIN "nominations" n ON n.id = da."nominationId"
         LEFT JOIN "people" p ON p.id = n."personId"
         LEFT JOIN "units" u ON u.id = n."nomineeUnitId"`,
    );
    for (const row of rows) {
      await queryRunner.query(`UPDATE "decision_awards" SET "nomineeSearchName" = $1 WHERE id = $2`, [
        foldForSearch(row.name ?? ''),
        row.id,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decision_awards" DROP COLUMN "nomineeSearchName"`);
  }
}
