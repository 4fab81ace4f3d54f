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
  public: 'What anyone may see or send without signing in: open notices and comments, checking a certificate',
  register: 'The award register: every award, searchable and exportable',
  'public-notices': 'Public notices of candidates (công khai) and the board’s answers to comments',
  notifications: 'Each user’s inbox: who is told of what, and what is still unread',
  holidays: 'The holiday calendar working-day limits skip, kept by the administrators',
  proposals: 'Tờ trình: the board’s submissions to the official who decides, with their lists',
  movements: 'Emulation movements, targets, progress reports and clusters',
  reports: 'The yearly report and its statistical forms',
  workflows: 'The workflow machines, described',
  audit: 'The audit log',
};

interface Response {
  description?: string;
  content?: Record<string, unknown>;
}

interface Operation {
  tags?: string[];
  description?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, Response>;
}

const message = {
  message: { type: 'string', description: 'What happened and what to do, in Vietnamese (what a clerk reads)' },
  messageEn: { type: 'string', description: 'The same in English' },
};
const messages = { type: 'object', required: ['message'], properties: message };

/** The one error shape (api.md, "Conventions"), and what each kind of refusal adds to it. */
const ERROR_SCHEMAS: Record<string, Record<string, unknown>> = {
  Error: {
    type: 'object',
    required: ['statusCode', 'error', 'message'],
    properties: {
      statusCode: { type: 'integer', example: 404 },
      error: { type: 'string', example: 'Not Found' },
      ...message,
      mustChangePassword: {
        type: 'boolean',
        description: 'On 403: the caller must first change the password an administrator set',
      },
      state: { type: 'string', description: 'For a workflow event refused (403, 409): the record’s state now' },
      allowedEvents: { type: 'array', items: { type: 'string' }, description: 'What the caller may send now' },
      version: { type: 'integer', description: 'On a stale version (409): the record’s version now' },
    },
  },
  ValidationError: {
    allOf: [
      { $ref: '#/components/schemas/Error' },
      {
        type: 'object',
        required: ['details'],
        properties: {
          details: {
            type: 'array',
            items: {
              ...messages,
              required: ['field', 'message'],
              properties: { field: { type: 'string' }, ...message },
            },
          },
        },
      },
    ],
  },
  RuleViolationError: {
    allOf: [
      { $ref: '#/components/schemas/Error' },
      {
        type: 'object',
        required: ['violations'],
        properties: {
          violations: {
            type: 'array',
            items: {
              ...messages,
              required: ['rule', 'message'],
              properties: { rule: { type: 'string', description: 'A stable rule code' }, ...message },
            },
          },
        },
      },
    ],
  },
};

const ERRORS: Record<string, [schema: string, description: string]> = {
  '400': ['ValidationError', 'Invalid input: each problem names its field'],
  '401': ['Error', 'Not authenticated'],
  '403': ['Error', 'Not allowed: a role or unit the operation needs, or a password that must be changed first'],
  '404': ['Error', 'Unknown, or outside the caller’s scope'],
  '409': ['Error', 'A stale version, a state that does not allow it, or a duplicate'],
  '413': ['Error', 'Too large'],
  '415': ['Error', 'A file of a kind the endpoint does not take'],
  '422': ['RuleViolationError', 'A business rule failed: each violation names its rule'],
  '429': ['Error', 'Too many attempts: wait and try again'],
  default: ['Error', 'Anything else (too large, too many requests, the database unavailable): the same shape'],
};

/** The refusals an operation can answer besides those its decorators document, read from its form. */
function refusalsOf(path: string, method: string, operation: Operation): string[] {
  const refusals = ['default'];
  // A signed-in caller may be refused anything until it changes a password an administrator set.
  if (operation.responses?.['401']) refusals.push('403');
  if (operation.parameters?.length || operation.requestBody) refusals.push('400');
  // A record named in the path, or in the body of a write, may be unknown or outside the caller's scope; its state
  // may not allow what is asked.
  if (path.includes('{') || method !== 'get') refusals.push('404', '409');
  if (method !== 'get') refusals.push('422');
  return refusals;
}

/** Who may call an operation, read from the refusals its access decorators documented (see access/access.ts). */
function whoMayCall(responses: Record<string, { description?: string }>): string {
  const roles = /roles: (.+)$/.exec(responses['403']?.description ?? '')?.[1];
  const who = roles ? `users with one of the roles ${roles}` : responses['401'] ? 'any signed-in user' : 'anyone';
  const scope = responses['401'] ? ' Records outside the caller’s unit and the units below it answer 404.' : '';
  return `Open to ${who}.${scope} Refusals share the error shape of this document’s description.`;
}

/**
 * Completes the generated document where Nest's generator leaves gaps: the tags are declared, the server is named, and
 * every refusal an operation can answer is documented with the error shape. An operation without its success answer
 * (and its schema) stops the app at start, as an undeclared tag does.
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
      const success = Object.entries(responses).filter(([status]) => status.startsWith('2'));
      if (success.length === 0 || success.some(([status, answer]) => status !== '204' && !answer.content)) {
        throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} documents no success answer with its schema`);
      }
      for (const status of refusalsOf(path, method, operation)) responses[status] ??= {};
      for (const [status, response] of Object.entries(responses)) {
        if (status.startsWith('2')) response.description ||= status === '201' ? 'Created' : 'Done';
        const error = ERRORS[status];
        if (!error) continue;
        response.description ||= error[1];
        response.content ??= { 'application/json': { schema: { $ref: `#/components/schemas/${error[0]}` } } };
      }
    }
  }
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ...ERROR_SCHEMAS };
  document.tags = [...used].map((name) => ({ name, description: TAGS[name] }));
  document.servers = [{ url: '/', description: 'This installation' }];
  return document;
}
