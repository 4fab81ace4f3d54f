import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';

/** Background jobs: pg-boss on PostgreSQL, in process on SQLite. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
