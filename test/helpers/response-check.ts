import { Ajv, type ValidateFunction } from 'ajv';
import type { FastifyInstance } from 'fastify';

type Schema = Record<string, unknown>;
interface OpenApi {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

/** Every object the document describes, closed: a field the API answers but the document omits is a mismatch. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closed(value)]));
  if (copy.type === 'object' && copy.properties && copy.additionalProperties === undefined) {
    copy.additionalProperties = false;
  }
  // OpenAPI 3.0's `nullable` admits null whatever the enum lists; Ajv's enum does not.
  if (copy.nullable === true && Array.isArray(copy.enum) && !copy.enum.includes(null)) {
    copy.enum = [...copy.enum, null];
  }
  return copy;
}

/** `allOf` of closed objects would refuse each other's fields: merge them into one object first. */
function merged(schema: unknown, components: Record<string, Schema>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => merged(item, components));
  if (!schema || typeof schema !== 'object') return schema;
  const object = schema as Schema;
  if (Array.isArray(object.allOf)) {
    const parts = (object.allOf as Schema[]).map((part) =>
      merged(part.$ref ? components[String(part.$ref).split('/').pop()!] : part, components),
    ) as Schema[];
    return {
      type: 'object',
      ...(object.nullable === true ? { nullable: true } : {}),
      properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})),
      required: parts.flatMap((part) => (part.required as string[]) ?? []),
    };
  }
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, merged(value, components)]));
}

/**
 * Checks every JSON answer of the API against the response its operation documents in the served OpenAPI document,
 * so that the document cannot drift from what the API says. Mismatches are collected and reported when the app closes.
 */
export class ResponseCheck {
  readonly mismatches: string[] = [];
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly validators = new Map<string, ValidateFunction | null>();

  private readonly components: Record<string, Schema>;

  constructor(private readonly document: OpenApi) {
    const components = (this.components = document.components.schemas);
    const schemas = Object.fromEntries(
      Object.entries(components).map(([name, schema]) => [name, closed(merged(schema, components))]),
    );
    this.ajv.addSchema({ $id: 'openapi', components: { schemas } });
  }

  /** Checks the answers of `fastify` once `check()` gives the checker (the document is served only once it listens). */
  static install(fastify: FastifyInstance, check: () => ResponseCheck | undefined): void {
    fastify.addHook('onSend', async (request, reply, payload) => {
      const route = request.routeOptions.url;
      const type = String(reply.getHeader('content-type') ?? '');
      if (route?.startsWith('/api') && type.startsWith('application/json') && typeof payload === 'string') {
        check()?.check(request.method, route, reply.statusCode, payload);
      }
      return payload;
    });
  }

  check(method: string, route: string, status: number, payload: string): void {
    const path = route.replace(/:(\w+)/g, '{$1}');
    const operation = this.document.paths[path]?.[method.toLowerCase()];
    if (!operation) return; // Not an API operation (the OpenAPI document itself).
    const where = `${method} ${path} → ${status}`;
    const documented =
      operation.responses[String(status)] ??
      (status >= 500 || [413, 415, 429].includes(status) ? operation.responses.default : undefined);
    const schema = documented?.content?.['application/json']?.schema;
    if (!schema) {
      this.mismatches.push(`${where}: not documented as JSON; answered ${payload.slice(0, 300)}`);
      return;
    }
    const key = `${path} ${method} ${status}`;
    if (!this.validators.has(key)) {
      this.validators.set(key, this.ajv.compile(rebased(closed(merged(schema, this.components))) as Schema));
    }
    const validate = this.validators.get(key)!;
    if (!validate(JSON.parse(payload))) {
      const problems = (validate.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
      this.mismatches.push(`${where}: ${problems.join('; ')}; answered ${payload.slice(0, 300)}`);
    }
  }
}

/** A response's schema refers to `#/components/…`; in Ajv those live in the schema registered as `openapi`. */
function rebased(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebased);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? `openapi${value}` : rebased(value),
    ]),
  );
}
