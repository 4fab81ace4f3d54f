import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildOrg, type Org } from './helpers/org.js';
import { nominate } from './helpers/dossier.js';
import { bearer, expectErrorShape, startApp, type TestApp } from './helpers/test-app.js';

describe('people with yearly ratings, initiatives, disciplines and award history', () => {
  let t: TestApp;
  let org: Org;
  let personA: number;
  let personInCommune: number;
  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
    const create = async (token: string, unitId: number, fullName: string) =>
      (
        await t
          .http()
          .post('/api/people')
          .set(bearer(token))
          .send({
            fullName,
            gender: 'female',
            birthYear: 1985,
            position: 'Chuyên viên',
            unitId,
            category: 'civil_servant',
          })
          .expect(201)
      ).body.id as number;
    personA = await create(org.tokens.submitterA, org.departmentA, 'Nguyễn Thị Hoa');
    personInCommune = await create(org.tokens.submitterA, org.communeOfA, 'Lò Văn Thành');
  });
  afterAll(() => t.close());

  it('lets a submitter register people in its unit and sub-units and read them back', async () => {
    const person = await t.http().get(`/api/people/${personInCommune}`).set(bearer(org.tokens.submitterA)).expect(200);
    expect(person.body).toMatchObject({
      id: personInCommune,
      fullName: 'Lò Văn Thành',
      gender: 'female',
      birthYear: 1985,
      position: 'Chuyên viên',
      unitId: org.communeOfA,
      category: 'civil_servant',
      awards: [],
    });
  });

  it('answers 404 to a submitter of another unit, for reads and writes alike', async () => {
    const read = await t.http().get(`/api/people/${personA}`).set(bearer(org.tokens.submitterB)).expect(404);
    expectErrorShape(read.body, 404);
    await t
      .http()
      .post(`/api/people/${personA}/evaluations`)
      .set(bearer(org.tokens.submitterB))
      .send({ year: 2024, rating: 'excellent' })
      .expect(404);
    const list = await t.http().get('/api/people').set(bearer(org.tokens.submitterB)).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('refuses to register a person in a unit outside the caller’s scope (422) or with a bad category (400)', async () => {
    const outside = await t
      .http()
      .post('/api/people')
      .set(bearer(org.tokens.submitterB))
      .send({ fullName: 'X', position: 'Y', unitId: org.departmentA, category: 'worker' })
      .expect(422);
    expect(outside.body.violations).toEqual([expect.objectContaining({ rule: 'person.unit' })]);
    const bad = await t
      .http()
      .post('/api/people')
      .set(bearer(org.tokens.submitterB))
      .send({ fullName: 'X', position: 'Y', unitId: org.departmentB, category: 'astronaut' })
      .expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'category' })]);
    await t
      .http()
      .post('/api/people')
      .set(bearer(org.tokens.boardRoot))
      .send({ fullName: 'Z', position: 'Y', unitId: org.departmentB, category: 'worker' })
      .expect(201);
  });

  it('keeps one rating per year: a second replaces the first', async () => {
    await t
      .http()
      .post(`/api/people/${personA}/evaluations`)
      .set(bearer(org.tokens.submitterA))
      .send({ year: 2023, rating: 'good' })
      .expect(201);
    const replaced = await t
      .http()
      .post(`/api/people/${personA}/evaluations`)
      .set(bearer(org.tokens.submitterA))
      .send({ year: 2023, rating: 'excellent' })
      .expect(201);
    expect(replaced.body).toMatchObject({ year: 2023, rating: 'excellent', replaced: 'good' });
    const person = await t.http().get(`/api/people/${personA}`).set(bearer(org.tokens.submitterA)).expect(200);
    expect(person.body.evaluations).toEqual([
      { id: expect.any(Number), year: 2023, rating: 'excellent', workerCriteriaMet: false },
    ]);
  });

  it('records a farmer’s year on the province’s criteria for LĐTT without a rating, which makes the nomination eligible (Law Art 24(2))', async () => {
    const farmer = (
      await t
        .http()
        .post('/api/people')
        .set(bearer(org.tokens.submitterA))
        .send({ fullName: 'Giàng A Páo', position: 'Nông dân', unitId: org.communeOfA, category: 'farmer' })
        .expect(201)
    ).body.id;
    const nothing = await t
      .http()
      .post(`/api/people/${farmer}/evaluations`)
      .set(bearer(org.tokens.submitterA))
      .send({ year: 2024 })
      .expect(400);
    expect(nothing.body.details).toEqual([expect.objectContaining({ field: 'rating' })]);
    await t
      .http()
      .post(`/api/people/${farmer}/evaluations`)
      .set(bearer(org.tokens.submitterA))
      .send({ year: 2024, workerCriteriaMet: true })
      .expect(201);
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.communeOfA,
      personId: farmer,
    });
    const verdict = await t
      .http()
      .get(`/api/nominations/${nomination.id}/eligibility`)
      .set(bearer(org.tokens.submitterA))
      .expect(200);
    expect(verdict.body).toMatchObject({ eligible: true, violations: [] });
  });

  it('records initiatives (submitter) and disciplines (board only), refusing a period that ends before it starts', async () => {
    await t
      .http()
      .post(`/api/people/${personA}/initiatives`)
      .set(bearer(org.tokens.submitterA))
      .send({
        title: 'Số hóa hồ sơ',
        scope: 'provincial',
        recognizedOn: '2024-05-02',
        recognizedBy: 'Hội đồng sáng kiến tỉnh',
      })
      .expect(201);
    await t
      .http()
      .post(`/api/people/${personA}/disciplines`)
      .set(bearer(org.tokens.submitterA))
      .send({ level: 'reprimand', from: '2022-01-01', to: '2022-12-31' })
      .expect(403);
    await t
      .http()
      .post(`/api/people/${personA}/disciplines`)
      .set(bearer(org.tokens.boardA))
      .send({ level: 'reprimand', from: '2022-01-01', to: '2022-12-31' })
      .expect(201);
    const backwards = await t
      .http()
      .post(`/api/people/${personA}/disciplines`)
      .set(bearer(org.tokens.boardA))
      .send({ level: 'warning', from: '2023-05-01', to: '2023-01-01' })
      .expect(422);
    expect(backwards.body.violations).toEqual([expect.objectContaining({ rule: 'discipline.period' })]);
    await t
      .http()
      .post(`/api/people/${personA}/disciplines`)
      .set(bearer(org.tokens.boardA))
      .send({ level: 'warning', from: '2023-02-30' })
      .expect(400);
    const person = await t.http().get(`/api/people/${personA}`).set(bearer(org.tokens.boardA)).expect(200);
    expect(person.body.initiatives).toEqual([
      expect.objectContaining({ scope: 'provincial', recognizedOn: '2024-05-02' }),
    ]);
    expect(person.body.disciplines).toEqual([
      expect.objectContaining({
        level: 'reprimand',
        from: '2022-01-01',
        to: '2022-12-31',
        pendingInvestigation: false,
      }),
    ]);
  });

  it('records award history (board) and shows it on the person; a collective-only award is refused (422)', async () => {
    await t
      .http()
      .post(`/api/people/${personA}/awards`)
      .set(bearer(org.tokens.boardA))
      .send({
        year: 2022,
        awardTypeCode: 'chien_si_thi_dua_co_so',
        decisionNumber: '12/QĐ-SNN',
        decidedOn: '2023-01-10',
      })
      .expect(201);
    const collective = await t
      .http()
      .post(`/api/people/${personA}/awards`)
      .set(bearer(org.tokens.boardA))
      .send({ year: 2022, awardTypeCode: 'co_thi_dua_tinh', decisionNumber: '13/QĐ-UBND', decidedOn: '2023-01-10' })
      .expect(422);
    expect(collective.body.violations).toEqual([expect.objectContaining({ rule: 'award.nominee_kind' })]);
    await t
      .http()
      .post(`/api/people/${personA}/awards`)
      .set(bearer(org.tokens.boardA))
      .send({ year: 2022, awardTypeCode: 'medal_of_nothing', decisionNumber: '1', decidedOn: '2023-01-10' })
      .expect(400);
    await t
      .http()
      .post(`/api/people/${personA}/awards`)
      .set(bearer(org.tokens.submitterA))
      .send({ year: 2022, awardTypeCode: 'giay_khen', decisionNumber: '1', decidedOn: '2023-01-10' })
      .expect(403);
    const person = await t.http().get(`/api/people/${personA}`).set(bearer(org.tokens.submitterA)).expect(200);
    expect(person.body.awards).toEqual([
      expect.objectContaining({ year: 2022, awardTypeCode: 'chien_si_thi_dua_co_so', decisionNumber: '12/QĐ-SNN' }),
    ]);
  });

  it('imports people from CSV all or nothing, naming each bad row, and only into units in scope', async () => {
    const count = async () =>
      (await t.http().get('/api/people?pageSize=200').set(bearer(org.tokens.boardA)).expect(200)).body.total as number;
    const before = await count();
    const send = (csv: string) =>
      t.http().post('/api/people/import').set(bearer(org.tokens.boardA)).attach('file', Buffer.from(csv), 'people.csv');
    const header = 'fullName,gender,birthYear,position,unitCode,category\n';
    const bad = await send(
      header +
        'Lò Thị Xuân,female,1990,Kế toán,DEP-A,worker\n' +
        'Cầm Văn Bốn,male,19x0,Lái xe,DEP-A,driver\n' +
        'Vì Thị Năm,female,1991,Văn thư,DEP-B,worker\n',
    ).expect(422);
    expectErrorShape(bad.body, 422);
    const messages = bad.body.violations.map((v: { message: string }) => v.message).join('\n');
    expect(messages).toContain('Dòng 3: birthYear');
    expect(messages).toContain('Dòng 3: category');
    // Department B is outside board A's scope: its code is unknown here.
    expect(messages).toContain('Dòng 4: mã đơn vị "DEP-B"');
    expect(messages).not.toContain('Dòng 2');
    expect(await count()).toBe(before);

    const good = await send(
      header + 'Lò Thị Xuân,female,1990,Kế toán,DEP-A,worker\nCầm Văn Bốn,,,Lái xe,COM-A1,other\n',
    );
    expect(good.status).toBe(201);
    expect(good.body).toEqual({ imported: 2 });
    expect(await count()).toBe(before + 2);
    // Once the import has committed, the planner's statistics of the table it filled are made afresh.
    const dataSource = t.app.get(DataSource);
    const analysed = async () =>
      Number(
        (
          await dataSource.query(
            dataSource.options.type === 'postgres'
              ? `SELECT COUNT(*) AS count FROM pg_stat_user_tables WHERE relname = 'people' AND last_analyze IS NOT NULL`
              : `SELECT COUNT(DISTINCT tbl) AS count FROM sqlite_stat1 WHERE tbl = 'people'`,
          )
        )[0].count,
      );
    for (let wait = 0; wait < 50 && (await analysed()) === 0; wait++)
      await new Promise((done) => setTimeout(done, 100));
    expect(await analysed()).toBe(1);
    await send(header).expect(422);
    await t
      .http()
      .post('/api/people/import')
      .set(bearer(org.tokens.submitterA))
      .attach('file', Buffer.from(header), 'p.csv')
      .expect(403);
  });
});
