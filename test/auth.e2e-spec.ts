import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { JwtService } from '@nestjs/jwt';
import { ADMIN, bearer, expectErrorShape, login, startApp, type TestApp } from './helpers/test-app.js';

describe('auth: login, tokens and the global guard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ LOGIN_RATE_LIMIT: '5', LOGIN_RATE_WINDOW_SECONDS: '60' });
  });
  afterAll(() => t.close());

  it('signs the bootstrap admin in and returns the user with roles', async () => {
    const response = await t.http().post('/api/auth/login').send(ADMIN).expect(200);
    expect(response.body.accessToken).toEqual(expect.any(String));
    expect(response.body.user).toMatchObject({ username: 'admin', roles: ['admin'], unitId: expect.any(Number) });
    expect(response.body.user.passwordHash).toBeUndefined();
  });

  it('answers 401 in the error shape for a wrong password and for an unknown user alike', async () => {
    const wrong = await t.http().post('/api/auth/login').send({ username: 'admin', password: 'nope-nope' }).expect(401);
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'ghost', password: 'nope-nope' })
      .expect(401);
    expectErrorShape(wrong.body, 401);
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('answers 400 with details per field for a malformed login', async () => {
    const response = await t.http().post('/api/auth/login').send({ username: '' }).expect(400);
    expectErrorShape(response.body, 400);
    const fields = response.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'password']));
  });

  it('closes every route without a token, with a malformed token, and with an expired token', async () => {
    expectErrorShape((await t.http().get('/api/users/me').expect(401)).body, 401);
    await t.http().get('/api/users/me').set('Authorization', 'Bearer not-a-token').expect(401);
    await t.http().get('/api/units').set('Authorization', 'Basic abc').expect(401);
    const jwt = t.app.get(JwtService);
    const expired = await jwt.signAsync({ sub: 1 }, { expiresIn: -10 });
    await t.http().get('/api/users/me').set(bearer(expired)).expect(401);
    const forged = await new JwtService({ secret: 'another-secret-another-secret-123' }).signAsync({ sub: 1 });
    await t.http().get('/api/users/me').set(bearer(forged)).expect(401);
  });

  it('refuses a token once it expires, even after it was accepted before', async () => {
    const jwt = t.app.get(JwtService);
    const shortLived = await jwt.signAsync({ sub: 1 }, { expiresIn: 1 });
    await t.http().get('/api/users/me').set(bearer(shortLived)).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await t.http().get('/api/users/me').set(bearer(shortLived)).expect(401);
  });

  it('keeps health public', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: process.env.E2E_DB === 'postgres' ? 'postgres' : 'sqlite',
    });
  });

  it('rate-limits repeated login attempts for one username (429) without blocking other users', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (
          await t
            .http()
            .post('/api/auth/login')
            .send({ username: 'victim', password: `guess-${i}` })
        ).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await t.http().post('/api/auth/login').send({ username: 'victim', password: 'again' }).expect(429);
    expectErrorShape(limited.body, 429);
    expect(limited.body.message).toBe('Đăng nhập sai quá nhiều lần; vui lòng thử lại sau 1 phút');
    expect(limited.body.messageEn).toBe('Too many sign-in attempts; try again in 1 minute');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await login(t, ADMIN.username, ADMIN.password);
  });

  it('answers the web login form, once limited, with a page that says when to try again', async () => {
    const agent = request.agent(t.url);
    const form = await agent.get('/login').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const attempt = (password: string) =>
      agent.post('/login').set('accept', 'text/html').type('form').send({ _csrf: csrf, username: 'clerk', password });
    for (let i = 0; i < 5; i++) expect((await attempt(`guess-${i}`)).status).toBe(401);
    const limited = await attempt('guess-5');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^text\/html/);
    expect(limited.text).toContain('Đăng nhập sai quá nhiều lần; vui lòng thử lại sau 1 phút');
    expect(limited.text).not.toContain('"statusCode"');
  });
});
