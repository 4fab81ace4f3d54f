import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { renderWorkflowDocs } from './workflow-docs.js';

describe('docs/workflows.md', () => {
  it('is what the machines generate (run `npm run docs:workflows` after changing a machine)', () => {
    expect(readFileSync('docs/workflows.md', 'utf8')).toBe(renderWorkflowDocs());
  });

  it('shows each machine as a Mermaid state diagram', () => {
    expect(renderWorkflowDocs()).toContain('```mermaid\nstateDiagram-v2\n  [*] --> draft');
  });
});
