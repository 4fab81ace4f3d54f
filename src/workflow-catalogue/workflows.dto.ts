import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Answers

export class MachineStateView {
  @ApiProperty() name: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty() final: boolean;
}

export class MachineTransitionView {
  @ApiProperty() from: string;
  @ApiProperty() event: string;
  @ApiProperty() to: string;
  @ApiPropertyOptional({ description: 'Who may send it, or the condition it checks' }) guard?: string;
  @ApiPropertyOptional() description?: string;
}

export class WorkflowView {
  @ApiProperty({ example: 'nomination' }) name: string;
  @ApiProperty() title: string;
  @ApiProperty() initial: string;
  @ApiProperty({ type: [MachineStateView] }) states: MachineStateView[];
  @ApiProperty({ type: [String] }) events: string[];
  @ApiProperty({ type: [MachineTransitionView] }) transitions: MachineTransitionView[];
  @ApiProperty({ description: 'A Mermaid stateDiagram-v2' }) mermaid: string;
}
