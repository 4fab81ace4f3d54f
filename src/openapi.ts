import type { OpenAPIObject } from '@nestjs/swagger';

/** Every tag the API's operations use, with what it covers; an operation under an undeclared tag fails the build. */
const TAGS: Record<string, string> = {
  health: 'Liveness and the database in use',
  auth: 'Signing in',
  users: 'Users, their roles and passwords',
  units: 'The organisation tree: units, moves, deactivation and mergers, yearly unit facts',
  people: 'People, their yearly ratings, initiatives, disciplines and awards held',
  'award-types': 'The award catalogue and its rule sets',
  nominations: 'Nominations with their dossiers, eligibility and workflow',
  registrations: 'Yearly emulation registrations',
  councils: 'Councils, their sessions, secret ballots, results and minutes',
  decisions: 'Decisions, the award register and certificates',
  movements: 'Emulation movements, targets, progress reports and clusters',
  reports: 'The yearly report and its statistical forms',
  workflows: 'The workflow machines, described',
  audit: 'The audit log',
};

interface Operation {
  tags?: string[];
  description?: string;
  responses?: Record<string, { description?: string }>;
}

/** Who may call an operation, read from the refusals its access decorators documented (see access/access.ts). */
function whoMayCall(responses: Record<string, { description?: string }>): string {
  const roles = /roles: (.+)$/.exec(responses['403']?.description ?? '')?.[1];
  const who = roles ? `users with one of the roles ${roles}` : responses['401'] ? 'any signed-in user' : 'anyone';
  const scope = responses['401'] ? ' Records outside the caller’s unit and the units below it answer 404.' : '';
  return `Open to ${who}.${scope} Refusals share the error shape of this document’s description.`;
}

/**
 * Completes the generated document where Nest's generator leaves gaps: the tags are declared, the server is named,
 * and an operation whose decorators list only its refusals (401, 403) gets the success answer Nest would have given it.
 */
export function completeOpenApi(document: OpenAPIObject): OpenAPIObject {
  const used = new Set<string>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods) as [string, Operation][]) {
      for (const tag of operation.tags ?? []) {
        if (!(tag in TAGS))
          throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} uses the undeclared tag "${tag}"`);
        used.add(tag);
      }
      const responses = (operation.responses ??= {});
      operation.description ??= whoMayCall(responses);
      if (!Object.keys(responses).some((status) => status.startsWith('2'))) {
        responses[method === 'post' ? '201' : '200'] = { description: method === 'post' ? 'Created or done' : 'OK' };
      }
    }
  }
  document.tags = [...used].map((name) => ({ name, description: TAGS[name] }));
  document.servers = [{ url: '/', description: 'This installation' }];
  return document;
}
