import type { MigrationInterface, QueryRunner } from 'typeorm';
import { codedPriceLine } from '../../../quotes/price-line-codes';

/** Turns the typed units of every quote's price lines into codes, and leading service names into services. */
export class PriceLineCodes1765430000001 implements MigrationInterface {
  name = 'PriceLineCodes1765430000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    let after = 0;
    for (;;) {
      const rows = (await queryRunner.query('SELECT id, priceLines FROM quotes WHERE id > ? ORDER BY id LIMIT 500', [after])) as Array<{
        id: number;
        priceLines: string;
      }>;
      if (rows.length === 0) return;
      for (const row of rows) {
        const coded = JSON.stringify((JSON.parse(row.priceLines) as Parameters<typeof codedPriceLine>[0][]).map(codedPriceLine));
        if (coded !== row.priceLines) await queryRunner.query('UPDATE quotes SET priceLines = ? WHERE id = ?', [coded, row.id]);
      }
      after = rows[rows.length - 1]!.id;
    }
  }

  async down(): Promise<void> {
    // The codes read as the old words well enough; nothing to undo.
  }
}
