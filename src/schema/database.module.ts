import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { Transactions, TRANSACTIONS_OPTIONS, type TransactionsOptions } from '../database/transactions.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      // Pending migrations are applied at start (api.md, "Running").
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config), migrationsRun: true }),
    }),
  ],
  providers: [
    {
      provide: TRANSACTIONS_OPTIONS,
      inject: [APP_CONFIG],
      // The test suite proves that every write runs inside a unit of work.
      useFactory: (config: AppConfig): TransactionsOptions => ({ checkWritesOutsideUnits: config.env === 'test' }),
    },
    Transactions,
  ],
  exports: [Transactions],
})
export class DatabaseModule {}
