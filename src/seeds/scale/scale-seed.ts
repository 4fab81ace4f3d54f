import { DEFAULT_BASE_SALARIES } from '../../config/app-config.js';
import { baseSalaryOn } from '../../decisions/reward.js';
import { newVerificationCode } from '../../decisions/decision.entity.js';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../users/password.js';
import { findAwardType } from '../../award-types/catalogue.js';
import { insertRows } from '../../database/sql.js';
import { foldForSearch } from '../../common/fold.js';
import { Transactions } from '../../database/transactions.js';
import { DEFAULT_HOLIDAYS } from '../../config/holidays.js';
import { createRunningTallies, dropRunningTallies } from '../../schema/migrations/both/1796500000038-RunningTallies.js';
import { shippedHolidayName } from '../../calendar/holiday-names.js';

/**
 * A national dataset for load and report benchmarks (npm run seed:scale): 34 provinces, their departments and communes,
 * people, and nominations over five years with their transition history and decided awards. Deterministic (a seeded
 * generator), written with multi-row INSERTs so that a million nominations load in about a minute on either database.
 */
export interface ScaleOptions {
  provinces: number;
  departmentsPerProvince: number;
  communesPerProvince: number;
  nominations: number;
  firstYear: number;
  years: number;
  /** Password of every generated user: `national`, the boards `board01`…`board34` and the submitters `dept01`…`dept34`. */
  password: string;
}

export const DEFAULT_SCALE: ScaleOptions = {
  provinces: 34,
  departmentsPerProvince: 20,
  communesPerProvince: 77,
  nominations: 1_000_000,
  firstYear: 2021,
  years: 5,
  password: 'scale@2025',
};

/** mulberry32: a small, fast, seeded generator, so two runs produce the same dataset. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Lò', 'Cầm', 'Quàng', 'Vì', 'Đinh'];
const GIVEN = ['Văn An', 'Thị Bình', 'Văn Cường', 'Thị Dung', 'Văn Hải', 'Thị Hoa', 'Văn Minh', 'Thị Mai'];
const CATEGORIES = ['civil_servant', 'civil_servant', 'worker', 'farmer', 'direct_labourer', 'leader', 'other'];
const INDIVIDUAL_AWARDS = ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so', 'giay_khen', 'bang_khen_tinh'];
const RARE_AWARDS = ['chien_si_thi_dua_tinh', 'bang_khen_thu_tuong', 'huan_chuong_lao_dong_hang_ba'];
const COLLECTIVE_AWARDS = ['tap_the_lao_dong_tien_tien', 'tap_the_lao_dong_xuat_sac', 'giay_khen', 'bang_khen_tinh'];
const NOMINATION_CATEGORIES = ['merit', 'merit', 'merit', 'ad_hoc', 'thematic', 'dedication'];

/** The path of every state a nomination passes through to reach `state`, as transition-log rows. */
function history(state: string, returned: boolean): [string, string, string][] {
  const steps: [string, string, string][] = [['SUBMIT', 'draft', 'submitted']];
  if (returned) steps.push(['RETURN', 'submitted', 'returned'], ['RESUBMIT', 'returned', 'submitted']);
  if (state === 'submitted') return steps;
  if (state === 'rejected') return [...steps, ['REJECT', 'submitted', 'rejected']];
  steps.push(['VERIFY', 'submitted', 'verified']);
  if (state === 'verified') return steps;
  steps.push(['APPROVE', 'verified', 'approved']);
  if (state === 'approved') return steps;
  steps.push(['DECIDE', 'approved', 'decided']);
  if (state === 'decided') return steps;
  return [...steps, ['REVOKE', 'decided', 'revoked']];
}

function pickState(next: () => number, year: number, lastYear: number): string {
  const r = next();
  if (year < lastYear) return r < 0.85 ? 'decided' : r < 0.9 ? 'rejected' : r < 0.92 ? 'revoked' : 'approved';
  return r < 0.15
    ? 'draft'
    : r < 0.3
      ? 'submitted'
      : r < 0.45
        ? 'verified'
        : r < 0.55
          ? 'approved'
          : r < 0.95
            ? 'decided'
            : 'rejected';
}

export async function seedScale(
  dataSource: DataSource,
  transactions: Transactions,
  options: ScaleOptions,
  log: (line: string) => void,
): Promise<{ units: number; people: number; nominations: number; logRows: number; decisions: number }> {
  const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM "units"');
  if (Number(count) > 0) throw new Error('The database is not empty: seed:scale only fills an empty database.');
  // The shipped holiday calendar first, as the app fills it at start: the appraisal rounds the database derives from the
  // log are counted with it, rather than corrected a holiday at a time at the first start.
  const [{ holidays }] = await dataSource.query('SELECT COUNT(*) AS holidays FROM "holidays"');
  if (Number(holidays) === 0) {
    await transactions.run((manager) =>
      insertRows(
        manager,
        'holidays',
        ['date', 'name'],
        DEFAULT_HOLIDAYS.map((date) => [date, shippedHolidayName(date)]),
      ),
    );
  }
  // The counts the database keeps are dropped for the load and made again from the records at its end: one GROUP BY
  // instead of a trigger for each of millions of rows.
  await transactions.run((manager) => dropRunningTallies(manager.queryRunner!));
  const next = random(20250701);
  const createdAt = '2025-01-01T00:00:00.000Z';
  const passwordHash = await hashPassword(options.password);

  // Units: a national root, then per province its departments and communes. Ids are assigned here so paths are known.
  const units: unknown[][] = [[1, 'VN', 'Ban Thi đua - Khen thưởng Trung ương', 'agency', null, '/1/', createdAt]];
  const provinces: { id: number; path: string; members: { id: number; path: string; name: string }[] }[] = [];
  let unitId = 1;
  for (let p = 1; p <= options.provinces; p++) {
    const province = {
      id: ++unitId,
      path: `/1/${unitId}/`,
      members: [] as { id: number; path: string; name: string }[],
    };
    units.push([province.id, `P${p}`, `Ủy ban nhân dân tỉnh số ${p}`, 'province', 1, province.path, createdAt]);
    for (let d = 1; d <= options.departmentsPerProvince + options.communesPerProvince; d++) {
      const id = ++unitId;
      const department = d <= options.departmentsPerProvince;
      const path = `${province.path}${id}/`;
      const name = department ? `Sở số ${d} tỉnh ${p}` : `Ủy ban nhân dân xã số ${d} tỉnh ${p}`;
      units.push([
        id,
        `P${p}-${department ? 'S' : 'X'}${d}`,
        name,
        department ? (d % 7 === 0 ? 'enterprise' : 'department') : 'commune',
        province.id,
        path,
        createdAt,
      ]);
      province.members.push({ id, path, name });
    }
    provinces.push(province);
  }
  await transactions.run(async (manager) => {
    await insertRows(manager, 'units', ['id', 'code', 'name', 'kind', 'parentId', 'path', 'createdAt'], units);
    const users: unknown[][] = [
      [1, 'national', passwordHash, 'Ban Thi đua - Khen thưởng Trung ương', 1, 'board,admin'],
    ];
    provinces.forEach((province, index) =>
      users.push([
        index + 2,
        `board${String(index + 1).padStart(2, '0')}`,
        passwordHash,
        `Ban Thi đua - Khen thưởng tỉnh ${index + 1}`,
        province.id,
        'board',
      ]),
    );
    // A submitter in each province's first department (`dept01`…), for the pages a department opens.
    provinces.forEach((province, index) =>
      users.push([
        options.provinces + index + 2,
        `dept${String(index + 1).padStart(2, '0')}`,
        passwordHash,
        `Văn thư ${province.members[0].name}`,
        province.members[0].id,
        'submitter',
      ]),
    );
    await insertRows(
      manager,
      'users',
      ['id', 'username', 'passwordHash', 'displayName', 'unitId', 'roles', 'createdAt'],
      users.map((user) => [...user, createdAt]),
    );
  });
  if (dataSource.options.type === 'postgres') {
    await dataSource.query(`SELECT setval('units_id_seq', ${unitId})`);
    await dataSource.query(`SELECT setval('users_id_seq', ${2 * options.provinces + 1})`);
  }
  log(`units: ${units.length}`);

  const allMembers = provinces.flatMap((province) => province.members.map((member) => ({ ...member, province })));
  const memberById = new Map(allMembers.map((member) => [member.id, member]));
  const peopleCount = Math.ceil(options.nominations * 0.4);
  let personId = 0;
  const personUnit: number[] = [0];
  /** Each person's folded name, for the register's search column of their awards. */
  const personSearchName: string[] = [''];
  for (let start = 0; start < peopleCount; start += 50_000) {
    const rows: unknown[][] = [];
    for (let i = start; i < Math.min(peopleCount, start + 50_000); i++) {
      const member = allMembers[Math.floor(next() * allMembers.length)];
      const category = CATEGORIES[Math.floor(next() * CATEGORIES.length)];
      personUnit.push(member.id);
      const fullName = `${FAMILY[i % FAMILY.length]} ${GIVEN[Math.floor(next() * GIVEN.length)]}`;
      personSearchName.push(foldForSearch(fullName));
      rows.push([
        ++personId,
        fullName,
        foldForSearch(fullName),
        next() < 0.5 ? 'female' : 'male',
        1965 + Math.floor(next() * 35),
        'Chuyên viên',
        member.id,
        category,
        createdAt,
      ]);
    }
    await transactions.run((manager) =>
      insertRows(
        manager,
        'people',
        ['id', 'fullName', 'searchName', 'gender', 'birthYear', 'position', 'unitId', 'category', 'createdAt'],
        rows,
      ),
    );
  }
  log(`people: ${personId}`);

  // Nominations, their transition history and, for decided ones, one decision per province and year.
  const lastYear = options.firstYear + options.years - 1;
  const decisions = new Map<string, { id: number; unitId: number; year: number; lastNumber: number }>();
  let nominationId = 0;
  let logId = 0;
  for (let start = 0; start < options.nominations; start += 20_000) {
    const nominationRows: unknown[][] = [];
    const logRows: unknown[][] = [];
    const awardRows: unknown[][] = [];
    const decisionRows: unknown[][] = [];
    for (let i = start; i < Math.min(options.nominations, start + 20_000); i++) {
      const id = ++nominationId;
      const year = options.firstYear + (i % options.years);
      const state = pickState(next, year, lastYear);
      const r = next();
      const kind = r < 0.8 ? 'individual' : r < 0.98 ? 'collective' : 'household';
      const person = kind === 'individual' ? 1 + Math.floor(next() * personId) : null;
      const member =
        kind === 'individual'
          ? memberById.get(personUnit[person!])!
          : allMembers[Math.floor(next() * allMembers.length)];
      const pool = kind === 'individual' ? (next() < 0.02 ? RARE_AWARDS : INDIVIDUAL_AWARDS) : COLLECTIVE_AWARDS;
      const awardTypeCode = kind === 'household' ? 'bang_khen_tinh' : pool[Math.floor(next() * pool.length)];
      const route = findAwardType(awardTypeCode)!.route;
      const decidingUnitId = route === 'unit' ? member.id : member.province.id;
      const submittedOn = `${year + (state === 'draft' ? 0 : 1)}-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 9)}`;
      nominationRows.push([
        id,
        year,
        awardTypeCode,
        NOMINATION_CATEGORIES[Math.floor(next() * NOMINATION_CATEGORIES.length)],
        member.id,
        decidingUnitId,
        kind,
        person,
        kind === 'collective' ? member.id : null,
        kind === 'household' ? `Hộ ${FAMILY[i % FAMILY.length]} Văn Hộ` : null,
        kind === 'household' ? 'Bản Mới' : null,
        kind === 'household' ? member.id : null,
        `Hoàn thành xuất sắc nhiệm vụ năm ${year}`,
        state,
        1,
        state === 'draft' ? null : '2024',
        state === 'draft' ? null : submittedOn,
        1,
        createdAt,
        createdAt,
      ]);
      if (state !== 'draft') {
        let day = Date.parse(`${submittedOn}T02:00:00Z`);
        for (const [event, from, to] of history(state, next() < 0.1)) {
          logRows.push([++logId, 'nomination', id, event, from, to, 1, new Date(day).toISOString()]);
          day += (1 + Math.floor(next() * 12)) * 86_400_000;
        }
      }
      if (state === 'decided' || state === 'revoked') {
        // One decision per deciding unit and year; its awards are numbered in the unit's register of the signing year.
        const key = `${decidingUnitId}:${year}`;
        let decision = decisions.get(key);
        if (!decision) {
          decision = { id: decisions.size + 1, unitId: decidingUnitId, year: year + 1, lastNumber: 0 };
          decisions.set(key, decision);
          decisionRows.push([
            decision.id,
            `${String(decision.id).padStart(2, '0')}/QĐ-KT`,
            `${year + 1}-04-15`,
            year + 1,
            baseSalaryOn(DEFAULT_BASE_SALARIES, `${year + 1}-04-15`),
            'Người ký',
            'Chủ tịch',
            decidingUnitId,
            '2024',
            1,
            createdAt,
          ]);
        }
        decision.lastNumber++;
        awardRows.push([
          decision.id,
          id,
          decision.lastNumber,
          decidingUnitId,
          decision.year,
          decision.lastNumber,
          state === 'revoked' ? createdAt : null,
          state === 'revoked' ? 'Kê khai không trung thực' : null,
          newVerificationCode(),
          kind === 'individual'
            ? personSearchName[person!]
            : foldForSearch(kind === 'collective' ? member.name : `Hộ ${FAMILY[i % FAMILY.length]} Văn Hộ`),
          member.id,
          `${decision.year}-04-15`,
        ]);
      }
    }
    await transactions.run(async (manager) => {
      await insertRows(
        manager,
        'nominations',
        [
          'id',
          'year',
          'awardTypeCode',
          'category',
          'proposingUnitId',
          'decidingUnitId',
          'nomineeKind',
          'personId',
          'nomineeUnitId',
          'householdHeadName',
          'householdAddress',
          'householdCommuneUnitId',
          'achievements',
          'state',
          'version',
          'ruleSetCode',
          'submittedOn',
          'createdById',
          'createdAt',
          'updatedAt',
        ],
        nominationRows,
      );
      await insertRows(
        manager,
        'transition_log',
        ['id', 'workflow', 'entityId', 'event', 'fromState', 'toState', 'actorId', 'at'],
        logRows,
      );
      await insertRows(
        manager,
        'decisions',
        [
          'id',
          'number',
          'signedOn',
          'signedYear',
          'baseSalaryVnd',
          'signerName',
          'signerTitle',
          'issuingUnitId',
          'ruleSetCode',
          'createdById',
          'createdAt',
        ],
        decisionRows,
      );
      await insertRows(
        manager,
        'decision_awards',
        [
          'decisionId',
          'nominationId',
          'goldenBookNumber',
          'registerUnitId',
          'registerYear',
          'registerNumber',
          'revokedAt',
          'revokeReason',
          'verificationCode',
          'nomineeSearchName',
          'proposingUnitId',
          'signedOn',
        ],
        awardRows,
      );
    });
    if (nominationId % 200_000 === 0) log(`nominations: ${nominationId}`);
  }
  // The register counters continue after the generated awards, so the next real decision gets the next number.
  await transactions.run((manager) =>
    insertRows(
      manager,
      'register_counters',
      ['unitId', 'year', 'lastNumber'],
      [...decisions.values()].map((decision) => [decision.unitId, decision.year, decision.lastNumber]),
    ),
  );
  if (dataSource.options.type === 'postgres') {
    for (const table of ['people', 'nominations', 'transition_log', 'decisions']) {
      await dataSource.query(`SELECT setval('${table}_id_seq', (SELECT MAX(id) FROM "${table}"))`);
    }
  }
  await transactions.run((manager) => createRunningTallies(manager.queryRunner!));
  // Fresh planner statistics, so that the first user after the seed does not wait for a plan made blind; on PostgreSQL
  // the vacuum also marks the pages all-visible, which is what lets the planner prefer index-only scans.
  // (VACUUM cannot run inside a transaction; SQLite's ANALYZE writes its tables like any other change.)
  if (dataSource.options.type === 'postgres') await dataSource.query('VACUUM ANALYZE');
  else await transactions.run((manager) => manager.query('ANALYZE'));
  return {
    units: units.length,
    people: personId,
    nominations: nominationId,
    logRows: logId,
    decisions: decisions.size,
  };
}
