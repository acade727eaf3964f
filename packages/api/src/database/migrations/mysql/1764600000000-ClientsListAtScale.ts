import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientsListAtScale1764600000000 implements MigrationInterface {
  name = 'ClientsListAtScale1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE `client_count` (`id` int NOT NULL, `total` int NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB');
    await queryRunner.query('CREATE INDEX `IDX_clients_status` ON `clients` (`status`, `id`)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_clients_status` ON `clients`');
    await queryRunner.query('DROP TABLE `client_count`');
  }
}
