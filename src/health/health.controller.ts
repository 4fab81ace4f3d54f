import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../access/access.js';

class HealthView {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['sqlite', 'postgres'] }) database: 'sqlite' | 'postgres';
}

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and the database in use; 503 when the database does not answer' })
  @ApiOkResponse({ type: HealthView })
  async health(): Promise<HealthView> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite' };
  }
}
