import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../users/password.js';
import { nowIso } from '../../common/time.js';
import { Council, CouncilMember } from '../../council/council.entity.js';
import { provinceNames } from '../../documents/format.js';
import { foldForSearch } from '../../common/fold.js';
import { Movement, ProgressReport, Target } from '../../movements/movement.entity.js';
import { TransitionLog } from '../../workflow/transition-log.entity.js';
import { PersonAward, PersonEvaluation, Initiative } from '../../people/person-facts.entity.js';
import { Person } from '../../people/person.entity.js';
import { type UnitKind } from '../../units/unit-kinds.js';
import { Unit } from '../../units/unit.entity.js';
import type { UnitsService } from '../../units/units.service.js';
import type { Role } from '../../access/roles.js';
import { User } from '../../users/user.entity.js';
import { SON_LA_2024 } from './son-la-2024.js';
import { MEASURE_UNITS_VI, TARGET_NAMES_VI } from './target-names.js';

/** The password of every demo user (printed at start; the demo is for trying the system, never for production). */
export const DEMO_PASSWORD = 'demo@2024';

export interface DemoLogin {
  username: string;
  roles: Role[];
  unit: string;
  description: string;
}

/** The kinds of the source's example units mapped to the API's unit kinds. */
const KIND: Record<string, UnitKind> = {
  city: 'district',
  district: 'district',
  commune: 'commune',
  department: 'department',
  office: 'agency',
};

function codeOf(nameEn: string): string {
  return (
    'SL-' +
    nameEn
      .replace(/^(Department of|Provincial People's Committee)\s*/i, '')
      .split(/\s+/)
      .filter((word) => !/^(and|of|the|district|commune|city)$/i.test(word))
      .map((word) => word[0].toUpperCase())
      .join('')
  );
}

/**
 * Loads Son La's province, its departments, districts and communes, one user per role and a few people with
 * ratings, initiatives and award history, into an empty database.
 */
export async function loadDemoData(manager: EntityManager, units: UnitsService): Promise<DemoLogin[]> {
  const province = SON_LA_2024.province;
  const root = await units.insertUnit(
    manager,
    { code: province.code, name: province.name_vi, kind: 'province', parentId: null },
    '/',
  );
  const byName = new Map<string, Unit>();
  const used = new Set<string>();
  const uniqueCode = (nameEn: string) => {
    let code = codeOf(nameEn);
    for (let n = 2; used.has(code); n++) code = `${codeOf(nameEn)}${n}`;
    used.add(code);
    return code;
  };
  // Parents before children: the source lists each commune's parent by English name.
  const examples = [...province.examples_of_units].sort((a, b) => Number('parent' in a) - Number('parent' in b));
  for (const example of examples) {
    const parent = 'parent' in example ? (byName.get(example.parent) ?? root) : root;
    const unit = await units.insertUnit(
      manager,
      {
        code: uniqueCode(example.name_en),
        name: example.name_vi,
        kind: KIND[example.kind] ?? 'other',
        parentId: parent.id,
      },
      parent.path,
    );
    byName.set(example.name_en, unit);
  }
  const internalAffairs = byName.get('Department of Internal Affairs')!;
  const agriculture = byName.get('Department of Agriculture and Rural Development')!;
  const huaLa = byName.get('Hua La commune')!;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins: (DemoLogin & { unitId: number; displayName: string })[] = [
    {
      username: 'admin.sonla',
      roles: ['admin'],
      unit: root.name,
      unitId: root.id,
      displayName: 'Quản trị hệ thống',
      description: 'users and units',
    },
    {
      username: 'ban.tdkt',
      roles: ['board'],
      unit: root.name,
      unitId: root.id,
      displayName: 'Phòng Thi đua - Khen thưởng (Sở Nội vụ)',
      description: 'the emulation board: verifies dossiers, runs movements and reports',
    },
    {
      username: 'sonn.vanthu',
      roles: ['submitter'],
      unit: agriculture.name,
      unitId: agriculture.id,
      displayName: 'Văn thư Sở Nông nghiệp và PTNT',
      description: 'a department submitting dossiers',
    },
    {
      username: 'xa.huala',
      roles: ['submitter'],
      unit: huaLa.name,
      unitId: huaLa.id,
      displayName: 'Cán bộ thi đua Xã Hua La',
      description: 'a commune submitting dossiers',
    },
    {
      username: 'chutich.hd',
      roles: ['council_chair', 'council_member'],
      unit: root.name,
      unitId: root.id,
      displayName: 'Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh',
      description: 'chairs the provincial council',
    },
    {
      username: 'uyvien.hd',
      roles: ['council_member'],
      unit: internalAffairs.name,
      unitId: internalAffairs.id,
      displayName: 'Ủy viên Hội đồng (Giám đốc Sở Nội vụ)',
      description: 'a council member',
    },
  ];
  for (const login of logins) {
    await manager.insert(User, {
      username: login.username,
      passwordHash,
      displayName: login.displayName,
      unitId: login.unitId,
      roles: login.roles,
      active: true,
      createdAt: nowIso(),
    });
  }
  // The provincial council: its chair presides and the Director of Internal Affairs keeps the minutes.
  const chair = await manager.findOneByOrFail(User, { username: 'chutich.hd' });
  const secretary = await manager.findOneByOrFail(User, { username: 'uyvien.hd' });
  const council = await manager.save(
    manager.create(Council, {
      unitId: root.id,
      name: `Hội đồng Thi đua - Khen thưởng tỉnh ${provinceNames(root.name).place}`,
      chairUserId: chair.id,
      secretaryUserId: secretary.id,
      createdAt: nowIso(),
    }),
  );
  await manager.insert(CouncilMember, [
    { councilId: council.id, userId: chair.id },
    { councilId: council.id, userId: secretary.id },
  ]);

  const people = [
    {
      fullName: 'Lò Văn Thành',
      gender: 'male',
      birthYear: 1982,
      position: 'Nông dân',
      unitId: huaLa.id,
      category: 'farmer',
    },
    {
      fullName: 'Nguyễn Thị Hoa',
      gender: 'female',
      birthYear: 1987,
      position: 'Chuyên viên',
      unitId: agriculture.id,
      category: 'civil_servant',
    },
    {
      fullName: 'Cầm Thị Mai',
      gender: 'female',
      birthYear: 1979,
      position: 'Trưởng phòng',
      unitId: agriculture.id,
      category: 'leader',
    },
    {
      fullName: 'Quàng Văn Hưng',
      gender: 'male',
      birthYear: 1990,
      position: 'Công nhân',
      unitId: huaLa.id,
      category: 'direct_labourer',
    },
  ] as const;
  const saved: Person[] = [];
  for (const person of people)
    saved.push(
      await manager.save(
        manager.create(Person, { ...person, searchName: foldForSearch(person.fullName), createdAt: nowIso() }),
      ),
    );
  const [thanh, hoa, mai] = saved;
  for (const year of [2021, 2022, 2023]) {
    for (const person of [hoa, mai]) {
      await manager.insert(PersonEvaluation, { personId: person.id, year, rating: 'excellent', recordedAt: nowIso() });
      await manager.insert(PersonAward, {
        personId: person.id,
        year,
        awardTypeCode: 'chien_si_thi_dua_co_so',
        decisionNumber: `${10 + year - 2021}/QĐ-SNN`,
        decidedOn: `${year + 1}-01-15`,
        category: 'merit',
      });
    }
    await manager.insert(PersonEvaluation, { personId: thanh.id, year, rating: 'good', recordedAt: nowIso() });
  }
  await manager.insert(Initiative, {
    personId: hoa.id,
    title: 'Ứng dụng bản đồ số quản lý vùng trồng cây ăn quả',
    scope: 'provincial',
    recognizedOn: '2023-11-20',
    recognizedBy: 'Hội đồng sáng kiến tỉnh Sơn La',
  });
  await loadMovements(manager, root);
  const after = await reorganise2025(manager, units, root, byName);
  return logins.map(({ username, roles, unit, unitId, description }) => ({
    username,
    roles,
    unit: after.get(unitId) ?? unit,
    description,
  }));
}

/**
 * The province as of 2026, after the 2025 reorganisation, recorded as mergers so that the 2024 records keep the units
 * they had: the district level ends on 2025-07-01 (two-level local government, Decree 129/2025), so each district's
 * communes come directly under the province; and the departments merged that year (agriculture with natural resources
 * and environment, information and communications into science and technology) hand over to the merged department.
 * Answers, for each unit that merged, the name of the unit that took over.
 */
async function reorganise2025(
  manager: EntityManager,
  units: UnitsService,
  root: Unit,
  byName: Map<string, Unit>,
): Promise<Map<number, string>> {
  const took = new Map<number, string>();
  const department = (code: string, name: string) =>
    units.insertUnit(manager, { code, name, kind: 'department', parentId: root.id }, root.path);
  const mergers: [from: Unit, into: Unit, effectiveOn: string][] = [];
  const agriculture = await department('SNNMT', 'Sở Nông nghiệp và Môi trường');
  const science = await department('SKHCN', 'Sở Khoa học và Công nghệ');
  mergers.push([byName.get('Department of Agriculture and Rural Development')!, agriculture, '2025-03-01']);
  mergers.push([byName.get('Department of Information and Communications')!, science, '2025-03-01']);
  for (const unit of byName.values()) {
    if (unit.kind === 'district') mergers.push([unit, root, '2025-07-01']);
  }
  for (const [from, into, effectiveOn] of mergers) {
    // Each merger reads the tree as the one before left it.
    const current = await manager.findOneByOrFail(Unit, { id: from.id });
    const target = await manager.findOneByOrFail(Unit, { id: into.id });
    await units.mergeWithin(manager, null, current, target, effectiveOn);
    took.set(from.id, target.name);
  }
  return took;
}

/**
 * Son La's 2024 movement (Directive 01/CT-UBND of 2024-01-03) with every target line, launched, with the progress the
 * sources report; and the movements the sources list, launched for 2024.
 */
async function loadMovements(manager: EntityManager, province: Unit): Promise<void> {
  const boardUser = await manager.findOneByOrFail(User, { username: 'ban.tdkt' });
  const now = nowIso();
  const directive = SON_LA_2024.directive;
  const movement = await manager.save(
    manager.create(Movement, {
      title: 'Phong trào thi đua năm 2024 của tỉnh Sơn La',
      theme:
        'Đoàn kết, kỷ cương, đổi mới, sáng tạo, đẩy mạnh thi đua thực hiện thắng lợi kế hoạch phát triển kinh tế - xã hội, từng bước xây dựng tỉnh Sơn La phát triển xanh, nhanh và bền vững',
      kind: 'regular',
      scope: 'province',
      launchedByUnitId: province.id,
      launchDocument: `Chỉ thị số ${directive.number} ngày 03/01/2024 của Chủ tịch UBND tỉnh`,
      startDate: directive.date,
      endDate: '2024-12-31',
      state: 'launched',
      version: 2,
      createdById: boardUser.id,
      createdAt: now,
    }),
  );
  const log = (
    workflow: string,
    entityId: number,
    event: string,
    fromState: string,
    toState: string,
    comment: string,
  ) =>
    manager.insert(TransitionLog, {
      workflow,
      entityId,
      event,
      fromState,
      toState,
      actorId: boardUser.id,
      at: now,
      comment,
      details: null,
    } as never);
  await log('movement', movement.id, 'LAUNCH', 'draft', 'launched', movement.launchDocument!);
  for (const line of SON_LA_2024.targets_2024) {
    const reported = line.code === 'T13b';
    const target = await manager.save(
      manager.create(Target, {
        movementId: movement.id,
        code: line.code,
        name: TARGET_NAMES_VI[line.code] ?? line.name_en,
        unit: MEASURE_UNITS_VI[line.unit] ?? line.unit,
        targetValue: line.value,
        direction: line.direction,
        // The economic-structure shares are met within half a percentage point.
        tolerance: line.direction === 'about' ? 0.5 : null,
        assigneeUnitId: province.id,
        state: reported ? 'in_progress' : 'assigned',
        version: reported ? 2 : 1,
        latestValue: reported ? 65 : null,
        latestPeriod: reported ? '2024-06' : null,
        createdAt: now,
      }),
    );
    if (reported) {
      await log('target', target.id, 'REPORT', 'assigned', 'in_progress', 'Báo cáo kỳ 2024-06');
      // "By end of June 2024: 65 communes meet new rural standards" (progress facts of the sources).
      await manager.insert(ProgressReport, {
        targetId: target.id,
        period: '2024-06',
        value: 65,
        note: 'Đến hết tháng 6/2024: 65 xã đạt chuẩn nông thôn mới',
        reportedById: boardUser.id,
        reportedAt: now,
      });
    }
  }
  for (const listed of SON_LA_2024.movements) {
    const saved = await manager.save(Movement, {
      title: listed.name_vi,
      theme: null,
      kind: listed.kind,
      scope: 'province',
      launchedByUnitId: province.id,
      launchDocument: null,
      startDate: '2024-01-03',
      endDate: '2024-12-31',
      state: 'launched',
      version: 2,
      createdById: boardUser.id,
      createdAt: now,
    });
    await log('movement', saved.id, 'LAUNCH', 'draft', 'launched', 'Phong trào phát động năm 2024');
  }
}
