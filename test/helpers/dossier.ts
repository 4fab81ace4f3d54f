import { todayInVietnam } from '../../src/common/time.js';
import { bearer, type TestApp } from './test-app.js';

/** The fields of a nomination response the tests read. */
export interface NominationBody {
  id: number;
  state: string;
  version: number;
  allowedEvents: string[];
  [field: string]: unknown;
}

/** A minimal but real PDF: file-type recognises it by its content, as the API must. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A PNG signature and IHDR chunk. */
export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

export function upload(
  t: TestApp,
  token: string,
  nominationId: number,
  kind: string,
  content = PDF,
  fileName = `${kind}.pdf`,
) {
  return t
    .http()
    .post(`/api/nominations/${nominationId}/attachments`)
    .set(bearer(token))
    .field('kind', kind)
    .attach('file', content, fileName);
}

/** Uploads every part a regular dossier needs (plus the initiative confirmation for emulation-soldier titles). */
export async function completeDossier(
  t: TestApp,
  token: string,
  nominationId: number,
  withInitiative = false,
): Promise<void> {
  const kinds = [
    'submission',
    'achievement_report',
    'review_minutes',
    ...(withInitiative ? ['initiative_confirmation'] : []),
  ];
  for (const kind of kinds) {
    const response = await upload(t, token, nominationId, kind);
    if (response.status !== 201) throw new Error(`upload ${kind}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

export async function createPerson(
  t: TestApp,
  token: string,
  unitId: number,
  fullName = 'Nguyễn Thị Hoa',
): Promise<number> {
  const response = await t
    .http()
    .post('/api/people')
    .set(bearer(token))
    .send({ fullName, gender: 'female', position: 'Chuyên viên', unitId, category: 'civil_servant' });
  if (response.status !== 201) throw new Error(`person: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

export async function rate(t: TestApp, token: string, personId: number, year: number, rating: string): Promise<void> {
  await t.http().post(`/api/people/${personId}/evaluations`).set(bearer(token)).send({ year, rating }).expect(201);
}

export async function nominate(t: TestApp, token: string, body: Record<string, unknown>): Promise<NominationBody> {
  const response = await t
    .http()
    .post('/api/nominations')
    .set(bearer(token))
    .send({ year: 2024, achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2024', ...body });
  if (response.status !== 201) throw new Error(`nominate: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export function send(t: TestApp, token: string, nominationId: number, event: Record<string, unknown>) {
  return t.http().post(`/api/nominations/${nominationId}/events`).set(bearer(token)).send(event);
}

/**
 * A complete dossier of a new person of `unitId` for `awardTypeCode` (the province's Bằng khen by default), submitted
 * by the submitter of `token`.
 */
export async function submittedDossier(
  t: TestApp,
  token: string,
  unitId: number,
  fullName: string,
  awardTypeCode = 'bang_khen_tinh',
): Promise<number> {
  const personId = await createPerson(t, token, unitId, fullName);
  const nomination = await nominate(t, token, { awardTypeCode, proposingUnitId: unitId, personId });
  await completeDossier(t, token, nomination.id);
  await send(t, token, nomination.id, { type: 'SUBMIT' }).expect(200);
  return nomination.id;
}

/** `days` days from today, in Vietnam's calendar (YYYY-MM-DD). */
export function fromToday(days: number): string {
  return new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}
