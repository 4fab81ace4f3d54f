import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { DocumentNumber, IsoDate, NominationIds, SignerField } from '../common/dto-helpers.js';

export class CreateProposalDto {
  @DocumentNumber('12/TTr-SNV')
  number: string;

  @IsoDate({ description: 'The day the Tờ trình is signed: not after today' })
  date: string;

  @ApiProperty({ description: 'The unit that submits it (the Sở Nội vụ for the province’s awards)' })
  @IsInt()
  @Min(1)
  issuingUnitId: number;

  @SignerField('Lò Văn Minh')
  signerName: string;

  @SignerField('GIÁM ĐỐC')
  signerTitle: string;

  @NominationIds('Nominations the council approved, in the order of the list')
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
