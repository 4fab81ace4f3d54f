import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsString, MaxLength, Min } from 'class-validator';
import { DocumentNumber, IsoDate, NotBlank } from '../common/dto-helpers.js';

export class CreateProposalDto {
  @DocumentNumber('12/TTr-SNV')
  number: string;

  @IsoDate({ description: 'The day the Tờ trình is signed: not after today' })
  date: string;

  @ApiProperty({ description: 'The unit that submits it (the Sở Nội vụ for the province’s awards)' })
  @IsInt()
  @Min(1)
  issuingUnitId: number;

  @ApiProperty({ example: 'Lò Văn Minh' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  signerName: string;

  @ApiProperty({ example: 'GIÁM ĐỐC' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  signerTitle: string;

  @ApiProperty({ type: [Number], description: 'Nominations the council approved, in the order of the list' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsInt({ each: true })
  nominationIds: number[];
}

// Answers

export class ProposalView {
  @ApiProperty() id: number;
  @ApiProperty({ example: '12/TTr-SNV' }) number: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() issuingUnitId: number;
  @ApiProperty() signerName: string;
  @ApiProperty() signerTitle: string;
  @ApiProperty({ type: [Number], description: 'In the order of the list' }) nominationIds: number[];
}
