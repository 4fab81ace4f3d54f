import { bearer, type TestApp } from './test-app.js';

/**
 * Requests on movements, targets and progress reports, each returned unsent so a test states the answer it expects
 * (`.expect(201)`, `.expect(409)`…) exactly as before.
 */

export function createMovement(t: TestApp, token: string, movement: Record<string, unknown>) {
  return t.http().post('/api/movements').set(bearer(token)).send(movement);
}

export function movementEvent(t: TestApp, token: string, movementId: number, event: Record<string, unknown>) {
  return t.http().post(`/api/movements/${movementId}/events`).set(bearer(token)).send(event);
}

export function addTarget(t: TestApp, token: string, movementId: number, target: Record<string, unknown>) {
  return t.http().post(`/api/movements/${movementId}/targets`).set(bearer(token)).send(target);
}

export function targetEvent(t: TestApp, token: string, targetId: number, event: Record<string, unknown>) {
  return t.http().post(`/api/targets/${targetId}/events`).set(bearer(token)).send(event);
}

export function reportProgress(t: TestApp, token: string, targetId: number, report: Record<string, unknown>) {
  return t.http().post(`/api/targets/${targetId}/reports`).set(bearer(token)).send(report);
}
