import Handlebars from 'handlebars';

/**
 * Compiles a template after checking that no helper hides a field: in Handlebars `{{number}}` calls the helper `number`
 * (with no argument) even where the model has a field `number`, and prints what the helper makes of nothing. Every
 * helper here takes an argument, so a helper named without one is such a mistake; `{{this.number}}` reads the field.
 * Unknown helpers are refused at compile time too (`knownHelpersOnly`).
 */
export function compileChecked(
  handlebars: typeof Handlebars,
  name: string,
  source: string,
  options: { strict?: boolean } = {},
): Handlebars.TemplateDelegate {
  const helpers = Object.keys(handlebars.helpers);
  const problems = shadowedFields(Handlebars.parse(source), new Set(helpers));
  if (problems.length > 0) {
    throw new Error(
      `Template ${name}: ${problems.map((p) => `{{${p}}} calls the helper, not the field (write {{this.${p}}})`).join('; ')}`,
    );
  }
  return handlebars.compile(source, {
    ...options,
    knownHelpers: Object.fromEntries(helpers.map((helper) => [helper, true])),
    knownHelpersOnly: true,
  });
}

type Node = hbs.AST.Node & Record<string, unknown>;

/** Names of helpers that a template uses bare (no parameter, no hash), where a field of that name was surely meant. */
function shadowedFields(program: hbs.AST.Program, helpers: Set<string>): string[] {
  const found: string[] = [];
  // Handlebars' own block helpers take their arguments in the block (`{{#each}}`, `{{else}}`).
  const builtIn = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const current = node as Node;
    if (
      (current.type === 'MustacheStatement' || current.type === 'SubExpression') &&
      (current.path as Node)?.type === 'PathExpression'
    ) {
      const path = current.path as unknown as hbs.AST.PathExpression;
      const params = (current.params as unknown[]) ?? [];
      const hash = current.hash as hbs.AST.Hash | undefined;
      const bare = path.parts.length === 1 && !path.data && path.original === path.parts[0];
      if (
        bare &&
        helpers.has(path.parts[0]) &&
        !builtIn.has(path.parts[0]) &&
        params.length === 0 &&
        !hash?.pairs.length
      ) {
        found.push(path.parts[0]);
      }
    }
    for (const [key, value] of Object.entries(current)) if (key !== 'loc') visit(value);
  };
  visit(program);
  return found;
}
