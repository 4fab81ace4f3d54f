import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import { IsoDate, NominationIds, NotBlank, Optional } from '../common/dto-helpers.js';

export class CreatePublicNoticeDto {
  @ApiProperty({ example: 'Công khai danh sách đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc năm 2025' })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  title: string;

  @NominationIds('Verified nominations to post, in the order of the list')
  nominationIds: number[];

  @IsoDate({ description: 'The first day of the window' })
  startsOn: string;

  @IsoDate({ description: 'The last day of the window (at least 10 working days in all for the awards that need it)' })
  endsOn: string;
}

export class PublicCommentDto {
  @ApiProperty({ description: 'The posted nomination the comment is about' })
  @IsInt()
  @Min(1)
  nominationId: number;

  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @IsString()
  @NotBlank()
  @MaxLength(5000, { message: 'tối đa 5.000 ký tự / at most 5,000 characters' })
  text: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @Optional()
  @IsString()
  @MaxLength(200)
  authorName?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'A telephone or e-mail address, for the board to answer' })
  @Optional()
  @IsString()
  @MaxLength(200)
  contact?: string;
}

export class CommentAnswerDto {
  @ApiProperty({ description: 'How the board handled the comment (an internal note, listed in the minutes)' })
  @IsString()
  @NotBlank()
  @MaxLength(5000)
  answer: string;
}

// Answers

export class PublicNoticeView {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiProperty() unitId: number;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: [Number] }) nominationIds: number[];
  @ApiProperty({ description: 'Comments received' }) commentCount: number;
}

export class PublicNoticeItemView {
  @ApiProperty() nominationId: number;
  @ApiProperty() nomineeName: string;
  @ApiProperty() unitName: string;
  @ApiProperty() awardName: string;
  @ApiProperty({ description: 'The achievements summary, as posted' }) achievements: string;
}

export class OpenPublicNoticeView {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: [PublicNoticeItemView] }) items: PublicNoticeItemView[];
}

export class PublicCommentReceiptView {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
}

export class PublicCommentView {
  @ApiProperty() id: number;
  @ApiProperty() noticeId: number;
  @ApiProperty() nominationId: number;
  @ApiProperty() text: string;
  @ApiProperty({ nullable: true, type: String }) authorName: string | null;
  @ApiProperty({ nullable: true, type: String }) contact: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ nullable: true, type: String }) answer: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) answeredAt: string | null;
}
