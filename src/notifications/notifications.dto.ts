import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { Optional } from '../common/dto-helpers.js';
import { PageQuery } from '../common/pagination.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification.entity.js';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: only the unread ones' })
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationView {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ description: 'In Vietnamese' }) message: string;
  @ApiProperty() messageEn: string;
  @ApiProperty({ description: 'The page it is about, on this site', example: '/nominations/12' }) link: string;
  @ApiProperty() read: boolean;
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView] }) items: NotificationView[];
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Unread notifications of the caller, whatever the filter' }) unread: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
