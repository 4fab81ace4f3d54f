import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { HolidayCalendar } from './holiday-calendar.js';
import { CreateHolidayDto, HolidayQuery, HolidayView } from './holidays.dto.js';

@ApiTags('holidays')
@Controller('api/holidays')
export class HolidaysController {
  constructor(@Inject(HolidayCalendar) private readonly calendar: HolidayCalendar) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The holidays working-day limits skip, in date order' })
  @ApiOkResponse({ type: [HolidayView] })
  list(@Query() query: HolidayQuery) {
    return this.calendar.list(query.year);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a day off (a day already there → 409)' })
  @ApiCreatedResponse({ type: HolidayView })
  add(@Caller() caller: CurrentUser, @Body() dto: CreateHolidayDto) {
    return this.calendar.add(caller, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a day off (a working day after all)' })
  @ApiNoContentResponse({ description: 'Removed' })
  async remove(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number): Promise<void> {
    await this.calendar.remove(caller, id);
  }
}
