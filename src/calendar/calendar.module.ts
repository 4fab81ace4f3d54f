import { Module } from '@nestjs/common';
import { HolidayCalendar } from './holiday-calendar.js';
import { HolidaysController } from './holidays.controller.js';

/** The holiday calendar the administrators keep (lịch nghỉ lễ, Tết). */
@Module({ controllers: [HolidaysController], providers: [HolidayCalendar], exports: [HolidayCalendar] })
export class CalendarModule {}
