import { Transactions } from '../src/database/transactions.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { completeDossier, createPerson, nominate, PDF, send, upload } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { spawnBuiltApp } from './helpers/process-app.js';
import { ADMIN, bearer, expectErrorShape, login, startApp, type TestApp } from './helpers/test-app.js';
import { addTarget, createMovement, movementEvent, reportProgress } from './helpers/movements.js';
import { createDecision } from './helpers/council.js';

interface Operation {
  method: string;
  path: string;
  json: boolean;
  schema?: { properties?: Record<string, { type?: string; enum?: unknown[]; items?: unknown }>; required?: string[] };
}

const MARK = 'A7781';

/**
 * The security matrix over the whole API: every GET endpoint × caller (anonymous, own unit, foreign unit) for records of
 * department A; writes from a foreign unit; generated invalid payloads to every JSON endpoint; the append-only logs;
 * secrets kept out of the logs.
 */
describe('security', () => {
  let t: TestApp;
  let org: Org;
  let operations: Operation[];
  const ids: Record<string, number> = {};
  const tokens: Record<string, string> = {};

  /** Row counts of every table: "changes nothing" means these do not move. */
  async function counts(): Promise<Record<string, number>> {
    const dataSource = t.app.get(DataSource);
    const result: Record<string, number> = {};
    for (const entity of dataSource.entityMetadatas) {
      const [{ count }] = await dataSource.query(`SELECT COUNT(*) AS count FROM "${entity.tableName}"`);
      result[entity.tableName] = Number(count);
    }
    return result;
  }

  /** An endpoint's path with department A's records in its parameters. */
  function concrete(path: string): string {
    const resource = /^\/api\/([a-z-]+)\//.exec(path)?.[1] ?? '';
    const byResource: Record<string, number> = {
      units: ids.unit,
      people: ids.person,
      nominations: ids.nomination,
      attachments: ids.attachment,
      councils: ids.council,
      'council-sessions': ids.session,
      decisions: ids.decision,
      'certificate-prints': ids.print,
      proposals: ids.proposal,
      'public-notices': ids.notice,
      public: ids.notice,
      notifications: ids.notification,
      // The calendar is the province's, not a department's: any of its days.
      holidays: 1,
      clusters: ids.cluster,
      movements: ids.movement,
      targets: ids.target,
      users: ids.user,
    };
    return path
      .replace('{name}', 'nomination')
      .replace('{reportId}', String(ids.report))
      .replace('{commentId}', '1')
      .replace('{code}', 'AAAAAAAAAAAAAAAA')
      .replace('{id}', () => {
        if (!(resource in byResource)) throw new Error(`No record of department A for ${path}: add one to the matrix`);
        return String(byResource[resource]);
      });
  }

  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
    ids.user = org.userIds['submitter.a'];
    const admin = org.adminToken;
    const user = async (username: string, unitId: number, roles: string[]) => {
      await t
        .http()
        .post('/api/users')
        .set(bearer(admin))
        .send({ username, password: 'password-123', displayName: username, unitId, roles })
        .expect(201);
      return login(t, username, 'password-123');
    };
    tokens.boardB = await user('board.b', org.departmentB, ['board']);
    tokens.adminB = await user('admin.b', org.departmentB, ['admin']);
    tokens.memberA = await user('member.a', org.departmentA, ['council_member', 'council_chair']);
    tokens.everything = await user('everything', org.rootId, [
      'admin',
      'board',
      'submitter',
      'council_member',
      'council_chair',
    ]);
    const me = async (token: string) => (await t.http().get('/api/users/me').set(bearer(token)).expect(200)).body.id;

    // Department A's records, each with a marker that must never reach a foreign caller.
    ids.unit = org.departmentA;
    ids.person = await createPerson(t, org.tokens.submitterA, org.departmentA, `Người ${MARK}`);
    await t
      .http()
      .post(`/api/people/${ids.person}/evaluations`)
      .set(bearer(org.tokens.submitterA))
      .send({ year: 2024, rating: 'excellent' })
      .expect(201);
    ids.evaluation = (
      await t.http().get(`/api/people/${ids.person}`).set(bearer(org.tokens.submitterA)).expect(200)
    ).body.evaluations[0].id;
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentA,
      personId: ids.person,
      achievements: `Thành tích ${MARK}`,
    });
    ids.nomination = nomination.id;
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    ids.attachment = (
      await t.http().get(`/api/nominations/${nomination.id}/attachments`).set(bearer(org.tokens.submitterA))
    ).body[0].id;
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, {
      type: 'VERIFY',
      comment: 'Thành tích tiêu biểu, đã xác minh',
    }).expect(200);
    // A notice that has closed: its nominations are no longer shown to the public.
    ids.notice = (
      await t
        .http()
        .post('/api/public-notices')
        .set(bearer(org.tokens.boardA))
        .send({
          title: `Công khai ${MARK}`,
          nominationIds: [nomination.id],
          startsOn: '2024-11-04',
          endsOn: '2024-11-22',
        })
        .expect(201)
    ).body.id;
    await send(t, org.tokens.boardA, nomination.id, { type: 'APPROVE' }).expect(200);
    ids.proposal = (
      await t
        .http()
        .post('/api/proposals')
        .set(bearer(org.tokens.boardA))
        .send({
          number: `01/TTr-${MARK}`,
          date: '2024-12-18',
          issuingUnitId: org.departmentA,
          signerName: `Trưởng phòng ${MARK}`,
          signerTitle: 'TRƯỞNG PHÒNG',
          nominationIds: [nomination.id],
        })
        .expect(201)
    ).body.id;
    ids.decision = (
      await createDecision(t, org.tokens.boardA, {
        proposalId: ids.proposal,
        number: `01/QĐ-${MARK}`,
        signedOn: '2024-12-20',
        signerName: `Giám đốc ${MARK}`,
        signerTitle: 'GIÁM ĐỐC',
        issuingUnitId: org.departmentA,
        nominationIds: [nomination.id],
      }).expect(201)
    ).body.id;
    ids.print = (
      await t
        .http()
        .post(`/api/decisions/${ids.decision}/certificate-prints`)
        .set(bearer(org.tokens.boardA))
        .send({})
        .expect(202)
    ).body.id;
    // The decision told department A's submitters, naming its number.
    ids.notification = (
      await t.http().get('/api/notifications').set(bearer(org.tokens.submitterA)).expect(200)
    ).body.items[0].id;
    const memberA = await me(tokens.memberA);
    ids.council = (
      await t
        .http()
        .post('/api/councils')
        .set(bearer(org.tokens.boardA))
        .send({
          unitId: org.departmentA,
          name: `Hội đồng ${MARK}`,
          memberUserIds: [memberA],
          chairUserId: memberA,
          secretaryUserId: memberA,
        })
        .expect(201)
    ).body.id;
    ids.session = (
      await t
        .http()
        .post('/api/council-sessions')
        .set(bearer(org.tokens.boardA))
        .send({ councilId: ids.council, title: `Phiên ${MARK}`, meetingDate: '2024-12-10', nominationIds: [] })
        .expect(201)
    ).body.id;
    ids.cluster = (
      await t
        .http()
        .post('/api/clusters')
        .set(bearer(org.tokens.boardRoot))
        .send({ name: `Cụm ${MARK}`, kind: 'cluster', year: 2024, memberUnitIds: [org.departmentA] })
        .expect(201)
    ).body.id;
    ids.movement = (
      await createMovement(t, org.tokens.boardA, {
        title: `Phong trào ${MARK}`,
        kind: 'regular',
        launchedByUnitId: org.departmentA,
        startDate: '2024-01-01',
        endDate: '2024-12-31',
      }).expect(201)
    ).body.id;
    ids.target = (
      await addTarget(t, org.tokens.boardA, ids.movement, {
        code: 'T1',
        name: `Chỉ tiêu ${MARK}`,
        unit: '%',
        targetValue: 90,
        direction: 'at_least',
        assigneeUnitId: org.departmentA,
      }).expect(201)
    ).body.id;
    await movementEvent(t, org.tokens.boardA, ids.movement, { type: 'LAUNCH' }).expect(200);
    ids.report = (
      await reportProgress(t, org.tokens.boardA, ids.target, {
        period: '2024',
        value: 91,
        note: `Báo cáo ${MARK}`,
      }).expect(201)
    ).body.id;

    const document = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>
      >;
      components: { schemas: Record<string, Operation['schema']> };
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => {
        const content = operation.requestBody?.content['application/json'];
        const ref = content?.schema.$ref?.split('/').pop();
        return {
          method: method.toUpperCase(),
          path,
          json: content !== undefined,
          schema: ref ? document.components.schemas[ref] : undefined,
        };
      }),
    );
  });
  afterAll(() => t.close());

  it('closes every endpoint but health, login and the docs to anonymous callers', async () => {
    // What anyone may see or send: open public notices and comments on them, and certificate checks.
    const open = new Set([
      'GET /api/health',
      'POST /api/auth/login',
      'GET /api/public/notices',
      'GET /api/public/notices/{id}',
      'POST /api/public/notices/{id}/comments',
      'GET /api/public/verify/{code}',
    ]);
    for (const operation of operations) {
      if (open.has(`${operation.method} ${operation.path}`)) continue;
      const response = await t.http()[operation.method.toLowerCase() as 'get'](concrete(operation.path)).send({});
      expect([operation.path, response.status]).toEqual([operation.path, 401]);
      expectErrorShape(response.body, 401);
    }
  });

  it('never shows department A’s records to another department, on any GET endpoint', async () => {
    const foreign = { submitterB: org.tokens.submitterB, boardB: tokens.boardB };
    let checked = 0;
    for (const operation of operations.filter((op) => op.method === 'GET' && op.path !== '/api/health')) {
      const path = concrete(operation.path);
      for (const [caller, token] of Object.entries(foreign)) {
        const response = await t
          .http()
          .get(path.includes('yearly') ? `${path}?year=2024` : path)
          .set(bearer(token))
          .buffer(true);
        const text = response.text ?? JSON.stringify(response.body ?? '');
        expect([path, caller, text.includes(MARK)]).toEqual([path, caller, false]);
        if (operation.path.includes('{id}') && !path.startsWith('/api/units/') && !path.startsWith('/api/clusters')) {
          expect([path, caller, [403, 404].includes(response.status)]).toEqual([path, caller, true]);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    // The owners do see them (so the matrix is not vacuous).
    const own = await t.http().get(`/api/nominations/${ids.nomination}`).set(bearer(org.tokens.boardA)).expect(200);
    expect(JSON.stringify(own.body)).toContain(MARK);
  });

  it('refuses every write from another department and changes nothing', async () => {
    const before = await counts();
    const writes: [string, string, Record<string, unknown>][] = [
      ['patch', `/api/nominations/${ids.nomination}`, { achievements: 'sửa trái phép', version: 1 }],
      ['post', `/api/nominations/${ids.nomination}/events`, { type: 'REVOKE', comment: 'trái phép' }],
      ['post', `/api/nominations/${ids.nomination}/events`, { type: 'AWARD' }],
      [
        'post',
        '/api/nominations',
        {
          year: 2024,
          awardTypeCode: 'giay_khen',
          proposingUnitId: org.departmentA,
          personId: ids.person,
          achievements: 'x',
        },
      ],
      ['post', '/api/people', { fullName: 'X', position: 'x', unitId: org.departmentA, category: 'worker' }],
      ['post', `/api/people/${ids.person}/evaluations`, { year: 2023, rating: 'excellent' }],
      [
        'post',
        `/api/people/${ids.person}/initiatives`,
        { title: 'x', scope: 'grassroots', recognizedOn: '2024-01-01', recognizedBy: 'x' },
      ],
      ['post', `/api/people/${ids.person}/disciplines`, { level: 'reprimand', from: '2024-01-01', to: '2024-06-01' }],
      [
        'post',
        `/api/people/${ids.person}/awards`,
        { year: 2020, awardTypeCode: 'giay_khen', decisionNumber: 'x', decidedOn: '2020-01-01' },
      ],
      [
        'post',
        `/api/units/${ids.unit}/evaluations`,
        {
          year: 2024,
          rating: 'excellent',
          members: { total: 1, advancedWorkers: 1, grassrootsEmulationSoldiers: 0 },
          leadsCluster: false,
        },
      ],
      [
        'post',
        '/api/decisions',
        {
          number: '02/QĐ-X',
          signedOn: '2024-12-20',
          signerName: 'x',
          signerTitle: 'x',
          issuingUnitId: org.departmentA,
          nominationIds: [ids.nomination],
        },
      ],
      [
        'post',
        '/api/councils',
        { unitId: org.departmentA, name: 'x', memberUserIds: [], chairUserId: 1, secretaryUserId: 1 },
      ],
      [
        'post',
        '/api/council-sessions',
        { councilId: ids.council, title: 'x', meetingDate: '2024-12-10', nominationIds: [] },
      ],
      ['post', `/api/council-sessions/${ids.session}/events`, { type: 'OPEN', presentMemberIds: [] }],
      ['post', `/api/council-sessions/${ids.session}/ballots`, { votes: [] }],
      ['post', `/api/movements/${ids.movement}/events`, { type: 'CONCLUDE' }],
      [
        'post',
        `/api/movements/${ids.movement}/targets`,
        { code: 'T9', name: 'x', unit: '%', targetValue: 1, direction: 'at_least' },
      ],
      ['post', `/api/targets/${ids.target}/reports`, { period: '2025', value: 1 }],
      ['post', `/api/targets/${ids.target}/events`, { type: 'EVALUATE' }],
      ['post', '/api/registrations', { year: 2025, awardTypeCode: 'giay_khen', personId: ids.person }],
      ['post', '/api/units', { code: 'X-IN-A', name: 'x', kind: 'other', parentId: org.departmentA }],
      ['patch', `/api/units/${ids.unit}`, { name: 'đổi tên trái phép' }],
      ['post', `/api/units/${ids.unit}/merge`, { intoUnitId: org.departmentB, effectiveOn: '2025-07-01' }],
      ['patch', `/api/users/${ids.user}`, { active: false }],
      ['put', `/api/users/${ids.user}/password`, { password: 'mat-khau-trai-phep-1' }],
      ['patch', `/api/people/${ids.person}`, { unitId: org.departmentB }],
      ['patch', `/api/people/${ids.person}/evaluations/${ids.evaluation}`, { rating: 'good', reason: 'trái phép' }],
      ['delete', `/api/people/${ids.person}/evaluations/${ids.evaluation}?reason=x`, {}],
      ['post', `/api/notifications/${ids.notification}/read`, {}],
      ['post', `/api/nominations/${ids.nomination}/accept-late`, { reason: 'trái phép', version: 1 }],
    ];
    for (const token of [org.tokens.submitterB, tokens.boardB, tokens.adminB]) {
      for (const [method, path, body] of writes) {
        const response = await t.http()[method as 'post'](path).set(bearer(token)).send(body);
        expect([method, path, response.status < 300]).toEqual([method, path, false]);
      }
      const uploaded = await upload({ http: t.http } as TestApp, token, ids.nomination, 'other', PDF);
      expect([403, 404]).toContain(uploaded.status);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers generated invalid payloads to every JSON endpoint with a 4xx in the error shape, and changes nothing', async () => {
    const json = operations.filter((op) => op.json && op.path !== '/api/auth/login');
    expect(json.length).toBeGreaterThanOrEqual(25);
    const before = await counts();
    const wrongFor = (type: string | undefined, isEnum: boolean) =>
      isEnum
        ? fc.oneof(fc.constant('x-not-allowed'), fc.integer(), fc.constant(null))
        : type === 'integer' || type === 'number'
          ? fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null), fc.boolean(), fc.constant([1]))
          : type === 'boolean'
            ? fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null))
            : type === 'array'
              ? fc.oneof(fc.constant({}), fc.string({ maxLength: 4 }), fc.constant(null))
              : fc.oneof(fc.integer(), fc.constant(null), fc.constant({ nested: true }), fc.constant(['x']));
    for (const operation of json) {
      const properties = Object.entries(operation.schema?.properties ?? {});
      const payloads: fc.Arbitrary<unknown>[] = [
        fc.oneof(
          fc.integer(),
          fc.string({ maxLength: 10 }),
          fc.array(fc.jsonValue(), { maxLength: 3 }),
          fc.constant(null),
        ),
        fc
          .dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue(), { minKeys: 1, maxKeys: 3 })
          .filter((body) =>
            Object.keys(body).some((key) => !properties.some(([name]) => name === key) && key !== '__proto__'),
          ),
      ];
      if (properties.length > 0) {
        payloads.push(
          fc
            .constantFrom(...properties)
            .chain(([name, schema]) =>
              wrongFor(schema.type, Array.isArray(schema.enum)).map((value) => ({ [name]: value })),
            ),
        );
      }
      await fc.assert(
        fc.asyncProperty(fc.oneof(...payloads), async (body) => {
          const http = t.http();
          const method = operation.method.toLowerCase() as 'post';
          const response = await http[method](concrete(operation.path))
            .set(bearer(tokens.everything))
            .set('content-type', 'application/json')
            .send(JSON.stringify(body));
          expect([operation.path, response.status >= 400 && response.status < 500]).toEqual([operation.path, true]);
          expectErrorShape(response.body, response.status);
        }),
        { numRuns: 12 },
      );
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps the audit log and the transition log append-only in the database itself', async () => {
    const transactions = t.app.get(Transactions);
    const before = await counts();
    for (const table of ['audit_entries', 'transition_log']) {
      const column = table === 'transition_log' ? 'event' : 'action';
      const write = (sql: string) => transactions.run((manager) => manager.query(sql));
      await expect(write(`UPDATE "${table}" SET "${column}" = 'x'`)).rejects.toThrow(/append-only/);
      await expect(write(`DELETE FROM "${table}"`)).rejects.toThrow(/append-only/);
    }
    expect(await counts()).toEqual(before);
    expect(before.transition_log).toBeGreaterThan(0);
    expect(before.audit_entries).toBeGreaterThan(0);
  });

  it('writes no password, token or secret to its logs', async () => {
    const secret = 'a-production-secret-that-is-long-enough-12345';
    const app = await spawnBuiltApp({
      NODE_ENV: 'production',
      JWT_SECRET: secret,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'logs-')),
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
    });
    try {
      const http = app.asTestApp();
      await http.http().post('/api/auth/login').send({ username: ADMIN.username, password: 'wrong-password-9876' });
      const token = await login(http, ADMIN.username, ADMIN.password);
      await http.http().get('/api/users/me').set(bearer(token)).expect(200);
      await http.http().get('/api/nominations/abc').set(bearer(token));
      await http.http().post('/api/nominations').set(bearer(token)).send('{bad json');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const output = app.output();
      expect(output).toContain('"reqId"');
      for (const secretValue of [ADMIN.password, 'wrong-password-9876', token, secret])
        expect(output).not.toContain(secretValue);
    } finally {
      await app.stop();
    }
  });
});
