import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, bearer, expectErrorShape, login, startApp, type TestApp } from './helpers/test-app.js';

describe('platform: OpenAPI, error shape, limits, headers', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startApp({ BODY_LIMIT_BYTES: '4096' });
    token = await login(t, ADMIN.username, ADMIN.password);
  });
  afterAll(() => t.close());

  it('serves an OpenAPI document that Spectral’s OpenAPI rules find nothing wrong with', async () => {
    const document = (await t.http().get('/api/docs-json').expect(200)).body;
    const directory = mkdtempSync(join(tmpdir(), 'openapi-'));
    const file = join(directory, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const linted = spawnSync(
      'node_modules/.bin/spectral',
      [
        'lint',
        file,
        '--ruleset',
        'test/openapi.spectral.yaml',
        '--format',
        'json',
        '--fail-severity',
        'hint',
        '--quiet',
      ],
      { encoding: 'utf8' },
    );
    rmSync(directory, { recursive: true, force: true });
    const findings = JSON.parse(linted.stdout || '[]') as { code: string; path: string[] }[];
    expect(findings.map((finding) => `${finding.code} at ${finding.path.join('.')}`)).toEqual([]);
    expect(document.tags.length).toBeGreaterThan(10);
  });

  it('serves the OpenAPI document describing the contract’s endpoints', async () => {
    const response = await t.http().get('/api/docs-json').expect(200);
    const paths = Object.keys(response.body.paths);
    for (const path of [
      '/api/health',
      '/api/auth/login',
      '/api/users/me',
      '/api/users',
      '/api/units',
      '/api/units/{id}',
      '/api/units/{id}/evaluations',
      '/api/people',
      '/api/people/{id}',
      '/api/people/{id}/awards',
      '/api/people/{id}/evaluations',
      '/api/people/{id}/initiatives',
      '/api/people/{id}/disciplines',
      '/api/award-types',
    ]) {
      expect(paths).toContain(path);
    }
    await t.http().get('/api/docs').expect(200);
  });

  it('answers 413 in the error shape for a JSON body over the limit, and changes nothing', async () => {
    const before = await t.http().get('/api/units').set(bearer(token)).expect(200);
    const response = await t
      .http()
      .post('/api/units')
      .set(bearer(token))
      .send({ code: 'BIG', name: 'x'.repeat(10_000), kind: 'other', parentId: 1 })
      .expect(413);
    expectErrorShape(response.body, 413);
    const after = await t.http().get('/api/units').set(bearer(token)).expect(200);
    expect(after.body.total).toBe(before.body.total);
  });

  it('answers 400 for malformed JSON and 404 for an unknown route, in the error shape', async () => {
    const malformed = await t
      .http()
      .post('/api/units')
      .set(bearer(token))
      .set('content-type', 'application/json')
      .send('{"code": ')
      .expect(400);
    expectErrorShape(malformed.body, 400);
    expect(malformed.body.details).toEqual(expect.any(Array));
    expectErrorShape((await t.http().get('/api/nowhere').set(bearer(token)).expect(404)).body, 404);
  });

  it('refuses unknown fields (whitelist) with 400 naming the field', async () => {
    const response = await t
      .http()
      .post('/api/units')
      .set(bearer(token))
      .send({ code: 'X1', name: 'X', kind: 'other', parentId: 1, isAdmin: true })
      .expect(400);
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'isAdmin' })]));
  });

  it('sends security headers and a request id', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('lists the award catalogue of both rule sets with thresholds and rules', async () => {
    const current = await t.http().get('/api/award-types').set(bearer(token)).expect(200);
    const byCode = Object.fromEntries(current.body.map((a: { code: string }) => [a.code, a]));
    expect(Object.keys(byCode)).toHaveLength(12);
    expect(byCode.chien_si_thi_dua_tinh).toMatchObject({
      kind: 'title',
      nomineeKind: 'individual',
      requiresCouncil: true,
      voteThreshold: 0.9,
    });
    expect(byCode.co_thi_dua_tinh).toMatchObject({ nomineeKind: 'collective', voteThreshold: 0.8 });
    expect(byCode.bang_khen_tinh).toMatchObject({ kind: 'form', nomineeKind: 'both', requiresCouncil: false });
    expect(byCode.lao_dong_tien_tien.rules.map((r: { code: string }) => r.code)).toContain('lao_dong_tien_tien.rating');
    const old = await t.http().get('/api/award-types?ruleSet=2024').set(bearer(token)).expect(200);
    const oldTtlđtt = old.body.find((a: { code: string }) => a.code === 'tap_the_lao_dong_tien_tien');
    expect(oldTtlđtt.conferredBy).toContain('cấp huyện');
    expect(byCode.tap_the_lao_dong_tien_tien.conferredBy).not.toContain('cấp huyện');
    expectErrorShape((await t.http().get('/api/award-types?ruleSet=1999').set(bearer(token)).expect(400)).body, 400);
  });
});
