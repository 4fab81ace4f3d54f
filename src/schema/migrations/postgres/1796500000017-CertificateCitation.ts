import { MigrationInterface, QueryRunner } from 'typeorm';

/** A nomination's citation: the short line its certificate prints, apart from the achievements summary. */
export class CertificateCitation1796500000017 implements MigrationInterface {
  name = 'CertificateCitation1796500000017';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "nominations" ADD COLUMN "citation" varchar(300)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "nominations" DROP COLUMN "citation"`);
  }
}
