import request from 'supertest';
import type { TestApp } from './test-app.js';

/** The CSRF token of the first form on a page. */
export function csrfOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

/** A browser-like client signed in through the login form, in Vietnamese unless English is asked for. */
export async function signedIn(t: TestApp, username: string, password: string, lang: 'vi' | 'en' = 'vi') {
  const agent = request.agent(t.url);
  const page = await agent.get('/login').expect(200);
  await agent
    .post('/login')
    .type('form')
    .send({ _csrf: csrfOf(page.text), username, password, next: '/' })
    .expect(303)
    .expect('location', '/');
  if (lang === 'en') await agent.get('/lang/en').expect(303);
  return agent;
}
