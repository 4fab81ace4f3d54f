/**
 * What a caller may do with a workflow resource now, as its pages offer it: each allowed event, whether it must say why,
 * and whether it may go ahead against failed rules. Computed once in the feature from its machine and rules, so no page
 * restates them; the label of each event is the page's to translate.
 */
export interface WorkflowAction {
  type: string;
  needsComment: boolean;
  canOverride: boolean;
}

export function workflowActions(
  allowedEvents: readonly string[],
  needsComment: ReadonlySet<string>,
  canOverride: (type: string) => boolean = () => false,
): WorkflowAction[] {
  return allowedEvents.map((type) => ({ type, needsComment: needsComment.has(type), canOverride: canOverride(type) }));
}
