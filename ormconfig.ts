// The DataSource the TypeORM CLI uses (npm run migration:generate / migration:run): the same options as the app.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './src/config/app-config.js';
import { dataSourceOptions } from './src/schema/data-source-options.js';

export default new DataSource(dataSourceOptions(loadConfig()));
