import { writeFileSync } from 'node:fs';
import { renderWorkflowDocs } from '../workflow-catalogue/workflow-docs.js';

writeFileSync('docs/workflows.md', renderWorkflowDocs());
console.log('docs/workflows.md written');
