import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { nominate, PDF } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, expectErrorShape, startApp, type TestApp } from './helpers/test-app.js';
import { addTarget, createMovement, movementEvent, reportProgress, targetEvent } from './helpers/movements.js';

describe('movements and targets', () => {
  let t: TestApp;
  let org: Org;

  function importFile(token: string, path: string, content: Buffer, name: string) {
    return t.http().post(path).set(bearer(token)).attach('file', content, name);
  }

  async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Chỉ tiêu');
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async function movement(overrides: Record<string, unknown> = {}) {
    const response = await createMovement(t, org.tokens.boardRoot, {
      title: 'Phong trào thi đua năm 2024',
      theme: 'Đoàn kết, kỷ cương, đổi mới, sáng tạo',
      kind: 'regular',
      launchedByUnitId: org.rootId,
      launchDocument: 'Chỉ thị số 01/CT-UBND ngày 03/01/2024',
      startDate: '2024-01-03',
      endDate: '2024-12-31',
      participantUnitIds: [org.departmentA, org.departmentB],
      ...overrides,
    }).expect(201);
    return response.body;
  }

  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
  });
  afterAll(() => t.close());

  it('launches a movement, collects progress from the assigned unit, evaluates, and concludes only when every target is evaluated', async () => {
    const created = await movement();
    expect(created).toMatchObject({
      state: 'draft',
      scope: 'province',
      launchingLevel: 'province',
      durationBucket: '1_year',
      allowedEvents: ['LAUNCH', 'CANCEL'],
    });
    const growth = (
      await addTarget(t, org.tokens.boardRoot, created.id, {
        code: 'T01',
        name: 'Tốc độ tăng trưởng kinh tế',
        unit: '%',
        targetValue: 7.5,
        direction: 'at_least',
        assigneeUnitId: org.departmentA,
      }).expect(201)
    ).body;
    expect(growth).toMatchObject({ state: 'assigned', achievementRate: null, achieved: null });
    // Created with its assignee, the target went through its machine: draft, then ASSIGN, logged with who did it.
    const assignedLog = (
      await t.http().get(`/api/targets/${growth.id}/history`).set(bearer(org.tokens.boardRoot)).expect(200)
    ).body;
    expect(assignedLog).toEqual([expect.objectContaining({ event: 'ASSIGN', from: 'draft', to: 'assigned' })]);
    expect(assignedLog[0].actor).toMatchObject({ id: expect.any(Number) });
    const poverty = (
      await addTarget(t, org.tokens.boardRoot, created.id, {
        code: 'T16',
        name: 'Tỷ lệ hộ nghèo',
        unit: '%',
        targetValue: 10,
        direction: 'at_most',
      }).expect(201)
    ).body;
    await addTarget(t, org.tokens.boardRoot, created.id, {
      code: 'T01',
      name: 'x',
      unit: '%',
      targetValue: 1,
      direction: 'at_least',
    }).expect(409);
    await addTarget(t, org.tokens.boardA, created.id, {
      code: 'T99',
      name: 'x',
      unit: '%',
      targetValue: 1,
      direction: 'at_least',
    }).expect(403);

    await reportProgress(t, org.tokens.submitterA, growth.id, { period: '2024-06', value: 7.1 }).expect(409);
    await movementEvent(t, org.tokens.boardRoot, created.id, { type: 'LAUNCH' }).expect(200);

    const first = await reportProgress(t, org.tokens.submitterA, growth.id, {
      period: '2024-06',
      value: 7.1,
      note: '6 tháng đầu năm',
    }).expect(201);
    expect(first.body).toMatchObject({
      state: 'in_progress',
      latestValue: 7.1,
      achievementRate: 0.9467,
      achieved: false,
    });
    await reportProgress(t, org.tokens.submitterB, growth.id, { period: '2024-12', value: 9 }).expect(403);
    const full = await reportProgress(t, org.tokens.submitterA, growth.id, { period: '2024-12', value: 7.6 }).expect(
      201,
    );
    expect(full.body).toMatchObject({ latestValue: 7.6, latestPeriod: '2024-12', achieved: true, allowedEvents: [] });
    await reportProgress(t, org.tokens.submitterA, growth.id, { period: '2024-09', value: 1 }).expect(201);
    expect(
      (await t.http().get(`/api/targets/${growth.id}`).set(bearer(org.tokens.boardRoot)).expect(200)).body.latestValue,
    ).toBe(7.6);
    await reportProgress(t, org.tokens.submitterA, growth.id, { period: 'June', value: 1 }).expect(400);
    const reports = await t
      .http()
      .get(`/api/targets/${growth.id}/reports`)
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    const june = reports.body[0];
    expect(june).toMatchObject({ period: '2024-06', value: 7.1, evidence: null });
    const evidencePath = `/api/targets/${growth.id}/reports/${june.id}/evidence`;
    await t
      .http()
      .post(evidencePath)
      .set(bearer(org.tokens.submitterA))
      .attach('file', Buffer.from('not a pdf'), 'bao-cao.pdf')
      .expect(415);
    // Department B sees the province's movement but is not the assigned unit.
    await t.http().post(evidencePath).set(bearer(org.tokens.submitterB)).attach('file', PDF, 'bao-cao.pdf').expect(403);
    const attached = await t
      .http()
      .post(evidencePath)
      .set(bearer(org.tokens.submitterA))
      .attach('file', PDF, 'Báo cáo 6 tháng.pdf')
      .expect(201);
    expect(attached.body.evidence).toMatchObject({ fileName: 'Báo cáo 6 tháng.pdf', mediaType: 'application/pdf' });
    const download = await t.http().get(evidencePath).set(bearer(org.tokens.boardRoot)).buffer(true).expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    const conclude = await movementEvent(t, org.tokens.boardRoot, created.id, { type: 'CONCLUDE' }).expect(422);
    expect(conclude.body.violations.map((v: { message: string }) => v.message.slice(0, 12))).toEqual([
      'Chỉ tiêu T01',
      'Chỉ tiêu T16',
    ]);

    const evaluated = await targetEvent(t, org.tokens.boardRoot, growth.id, { type: 'EVALUATE' }).expect(200);
    expect(evaluated.body).toMatchObject({ state: 'achieved', allowedEvents: ['VERIFY', 'REOPEN'] });
    await targetEvent(t, org.tokens.boardRoot, poverty.id, { type: 'EVALUATE' }).expect(409);
    await targetEvent(t, org.tokens.boardRoot, poverty.id, { type: 'ASSIGN' }).expect(400);
    await targetEvent(t, org.tokens.boardRoot, poverty.id, { type: 'ASSIGN', assigneeUnitId: org.rootId }).expect(200);
    await reportProgress(t, org.tokens.boardRoot, poverty.id, { period: '2024', value: 10.4 }).expect(201);
    const missed = await targetEvent(t, org.tokens.boardRoot, poverty.id, { type: 'EVALUATE' }).expect(200);
    expect(missed.body).toMatchObject({ state: 'missed', achieved: false, achievementRate: 0.9615 });

    const concluded = await movementEvent(t, org.tokens.boardRoot, created.id, { type: 'CONCLUDE' }).expect(200);
    expect(concluded.body).toMatchObject({ state: 'concluded', allowedEvents: ['ARCHIVE'] });
    const history = await t
      .http()
      .get(`/api/targets/${growth.id}/history`)
      .set(bearer(org.tokens.submitterA))
      .expect(200);
    expect(history.body.map((h: { event: string }) => h.event)).toEqual(['ASSIGN', 'REPORT', 'EVALUATE']);
    const list = await t.http().get('/api/movements?year=2024').set(bearer(org.tokens.submitterA)).expect(200);
    expect(list.body.items.map((m: { id: number }) => m.id)).toContain(created.id);
    expect(
      (await t.http().get('/api/movements?year=2023').set(bearer(org.tokens.submitterA)).expect(200)).body.total,
    ).toBe(0);
  });

  it('keeps a department’s own movement to its subtree and the units above it', async () => {
    const own = await createMovement(t, org.tokens.boardA, {
      title: 'Thi đua chuyên đề chuyển đổi số',
      kind: 'thematic',
      launchedByUnitId: org.departmentA,
      startDate: '2024-03-01',
      endDate: '2024-08-31',
    }).expect(201);
    expect(own.body).toMatchObject({ scope: 'unit', launchingLevel: 'department', durationBucket: 'under_1_year' });
    await t.http().get(`/api/movements/${own.body.id}`).set(bearer(org.tokens.submitterB)).expect(404);
    await t.http().get(`/api/movements/${own.body.id}`).set(bearer(org.tokens.boardRoot)).expect(200);
    await movementEvent(t, org.tokens.boardRoot, own.body.id, { type: 'LAUNCH' }).expect(200);
    await createMovement(t, org.tokens.boardA, {
      title: 'x',
      kind: 'regular',
      launchedByUnitId: org.departmentA,
      startDate: '2024-03-01',
      endDate: '2024-01-01',
    }).expect(422);
  });

  it('imports targets from CSV and XLSX, reporting every bad row with its number and importing nothing from a bad file', async () => {
    const created = await movement({ title: 'Phong trào nhập chỉ tiêu' });
    const bad = Buffer.from(
      'code,name,unit,targetValue,direction,tolerance,assigneeUnitCode\n' +
        'T01,Tăng trưởng,%,7.5,at_least,,DEP-A\n' +
        'T02,,%,abc,sideways,,\n' +
        'T01,Trùng mã,%,1,at_most,,\n' +
        'T04,Cơ cấu nông nghiệp,%,25,about,0.5,NOWHERE\n',
    );
    const refused = await importFile(
      org.tokens.boardRoot,
      `/api/movements/${created.id}/targets/import`,
      bad,
      'chi-tieu.csv',
    ).expect(422);
    expectErrorShape(refused.body, 422);
    const messages = refused.body.violations.map((v: { message: string }) => v.message);
    expect(messages.filter((m: string) => m.startsWith('Dòng 3:'))).toHaveLength(3);
    expect(messages.some((m: string) => m.startsWith('Dòng 4:') && m.includes('T01'))).toBe(true);
    expect(messages.some((m: string) => m.startsWith('Dòng 5:') && m.includes('NOWHERE'))).toBe(true);
    expect(
      (await t.http().get(`/api/movements/${created.id}/targets`).set(bearer(org.tokens.boardRoot)).expect(200)).body,
    ).toEqual([]);

    const good = await xlsx([
      ['code', 'name', 'unit', 'targetValue', 'direction', 'tolerance', 'assigneeUnitCode'],
      ['T01', 'Tốc độ tăng trưởng kinh tế', '%', 7.5, 'at_least', '', 'DEP-A'],
      ['T04a', 'Tỷ trọng nông, lâm nghiệp và thủy sản', '%', 25, 'about', 0.5, ''],
    ]);
    const imported = await importFile(
      org.tokens.boardRoot,
      `/api/movements/${created.id}/targets/import`,
      good,
      'chi-tieu.xlsx',
    ).expect(201);
    expect(imported.body.imported).toBe(2);
    expect(imported.body.targets).toEqual([
      expect.objectContaining({ code: 'T01', state: 'assigned', assigneeUnitId: org.departmentA, targetValue: 7.5 }),
      expect.objectContaining({ code: 'T04a', state: 'draft', tolerance: 0.5 }),
    ]);

    await movementEvent(t, org.tokens.boardRoot, created.id, { type: 'LAUNCH' }).expect(200);
    const badReports = Buffer.from('targetCode,period,value\nT01,2024-06,7.2\nT09,2024-06,1\nT01,junk,x\n');
    const refusedReports = await importFile(
      org.tokens.boardRoot,
      `/api/movements/${created.id}/reports/import`,
      badReports,
      'tien-do.csv',
    ).expect(422);
    expect(refusedReports.body.violations.map((v: { message: string }) => v.message.slice(0, 6))).toEqual([
      'Dòng 3',
      'Dòng 4',
      'Dòng 4',
    ]);
    const reports = Buffer.from('\uFEFFtargetCode,period,value,note\nT01,2024-06,"7,2",Sáu tháng\n');
    const done = await importFile(
      org.tokens.boardRoot,
      `/api/movements/${created.id}/reports/import`,
      reports,
      'tien-do.csv',
    ).expect(201);
    expect(done.body.targets[0]).toMatchObject({ code: 'T01', latestValue: 7.2, state: 'in_progress' });
    await importFile(
      org.tokens.boardRoot,
      `/api/movements/${created.id}/targets/import`,
      Buffer.from(''),
      'empty.csv',
    ).expect(400);
  });

  it('requires thematic nominations to name a launched movement, and lets the provincial flag read targets and cluster leadership', async () => {
    const thematic = await movement({ title: 'Chung sức xây dựng nông thôn mới', kind: 'thematic' });
    const body = {
      year: 2024,
      awardTypeCode: 'giay_khen',
      category: 'thematic',
      proposingUnitId: org.departmentA,
      nomineeUnitId: org.communeOfA,
      achievements: 'Hiến đất làm đường',
    };
    const none = await t.http().post('/api/nominations').set(bearer(org.tokens.submitterA)).send(body).expect(422);
    expect(none.body.violations).toEqual([expect.objectContaining({ rule: 'nomination.movement' })]);
    await t
      .http()
      .post('/api/nominations')
      .set(bearer(org.tokens.submitterA))
      .send({ ...body, movementId: thematic.id })
      .expect(422);
    await movementEvent(t, org.tokens.boardRoot, thematic.id, { type: 'LAUNCH' }).expect(200);
    await nominate(t, org.tokens.submitterA, { ...body, movementId: thematic.id });

    await t
      .http()
      .post(`/api/units/${org.departmentA}/evaluations`)
      .set(bearer(org.tokens.boardRoot))
      .send({
        year: 2024,
        rating: 'excellent',
        members: {
          total: 30,
          completedTasks: 30,
          advancedWorkers: 25,
          grassrootsEmulationSoldiers: 3,
          disciplinedWarningOrAbove: 0,
          women: 12,
        },
        leadsCluster: false,
      })
      .expect(201);
    const flagTarget = (
      await addTarget(t, org.tokens.boardRoot, thematic.id, {
        code: 'NTM-1',
        name: 'Xã đạt chuẩn nông thôn mới',
        unit: 'xã',
        targetValue: 5,
        direction: 'at_least',
        assigneeUnitId: org.departmentA,
      }).expect(201)
    ).body;
    const flag = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'co_thi_dua_tinh',
      proposingUnitId: org.departmentA,
      nomineeUnitId: org.departmentA,
    });
    const before = await t
      .http()
      .get(`/api/nominations/${flag.id}/eligibility`)
      .set(bearer(org.tokens.submitterA))
      .expect(200);
    expect(before.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'co_thi_dua_tinh.leads_cluster',
      'co_thi_dua_tinh.targets_exceeded',
    ]);

    const cluster = await t
      .http()
      .post('/api/clusters')
      .set(bearer(org.tokens.boardRoot))
      .send({
        name: 'Cụm thi đua các sở',
        kind: 'cluster',
        year: 2024,
        covenant: 'Giao ước thi đua năm 2024',
        memberUnitIds: [org.departmentA, org.departmentB],
      })
      .expect(201);
    await t
      .http()
      .post(`/api/clusters/${cluster.body.id}/leader`)
      .set(bearer(org.tokens.boardRoot))
      .send({ unitId: org.communeOfA })
      .expect(422);
    // The lead follows the ranking: not before every member is scored, and then only the first.
    const score = (unitId: number, value: number) =>
      t
        .http()
        .post(`/api/clusters/${cluster.body.id}/scores`)
        .set(bearer(org.tokens.boardRoot))
        .send({ unitId, score: value, note: 'Chấm theo giao ước' });
    const lead = (unitId: number) =>
      t.http().post(`/api/clusters/${cluster.body.id}/leader`).set(bearer(org.tokens.boardRoot)).send({ unitId });
    await score(org.departmentA, 96).expect(201);
    expect((await lead(org.departmentA).expect(422)).body.violations[0].rule).toBe('cluster.ranking');
    await score(org.departmentB, 97).expect(201);
    await score(org.communeOfA, 99).expect(422);
    await score(org.departmentB, 1001).expect(400);
    await score(org.departmentB, 95).set(bearer(org.tokens.submitterA)).expect(403);
    await lead(org.departmentA).expect(422);
    // Department B's score is corrected, which the log keeps; department A now ranks first.
    const corrected = await score(org.departmentB, 94.5).expect(201);
    expect(corrected.body.members).toEqual([
      expect.objectContaining({ unitId: org.departmentA, score: 96, rank: 1 }),
      expect.objectContaining({ unitId: org.departmentB, score: 94.5, rank: 2 }),
    ]);
    expect(corrected.body).toMatchObject({ leaderCandidates: [org.departmentA], mayScore: true });
    await lead(org.departmentB).expect(422);
    await lead(org.departmentA).expect(200);
    const seen = await t.http().get(`/api/clusters/${cluster.body.id}`).set(bearer(org.tokens.submitterB)).expect(200);
    expect(seen.body).toMatchObject({ leaderUnitId: org.departmentA, mayScore: false });
    await reportProgress(t, org.tokens.submitterA, flagTarget.id, { period: '2024', value: 6 }).expect(201);
    const after = await t
      .http()
      .get(`/api/nominations/${flag.id}/eligibility`)
      .set(bearer(org.tokens.submitterA))
      .expect(200);
    // Leadership now holds and NTM-1 is exceeded (6 of 5); the T01 assigned in another of the year's movements (7.2 of
    // 7.5) still is not.
    expect(after.body.violations).toEqual([
      expect.objectContaining({ rule: 'co_thi_dua_tinh.targets_exceeded', message: expect.stringContaining('T01') }),
    ]);
    expect(after.body.violations[0].message).not.toContain('NTM-1');
    expect(after.body.violations[0].message).toContain('T01');
    expect(after.body.violations[0].message).not.toContain('NTM-1');
    const clusters = await t.http().get('/api/clusters?year=2024').set(bearer(org.tokens.submitterB)).expect(200);
    expect(clusters.body.items).toEqual([
      expect.objectContaining({ leaderUnitId: org.departmentA, memberUnitIds: [org.departmentA, org.departmentB] }),
    ]);
  });
});
