import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkflowView } from './workflows.dto.js';
import { Authenticated } from '../access/access.js';
import { AppError } from '../common/app-error.js';
import { describeMachine, mermaidDiagram } from '../workflow/machine-introspection.js';
import { WORKFLOW_MACHINES } from './machines.js';

function describe(entry: (typeof WORKFLOW_MACHINES)[number]): WorkflowView {
  const description = describeMachine(entry.machine);
  return {
    name: entry.name,
    title: entry.title,
    initial: description.initial,
    states: description.states,
    events: description.events,
    transitions: description.transitions,
    mermaid: mermaidDiagram(entry.machine),
  };
}

@ApiTags('workflows')
@Controller('api/workflows')
export class WorkflowsController {
  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Every workflow machine: states, events, transitions and a Mermaid stateDiagram-v2' })
  @ApiOkResponse({ type: [WorkflowView] })
  list() {
    return WORKFLOW_MACHINES.map(describe);
  }

  @Get(':name')
  @Authenticated()
  @ApiOperation({ summary: 'One workflow machine' })
  @ApiOkResponse({ type: WorkflowView })
  get(@Param('name') name: string) {
    const entry = WORKFLOW_MACHINES.find((machine) => machine.name === name);
    if (!entry) throw AppError.notFound('quy trình', 'Workflow');
    return describe(entry);
  }
}
