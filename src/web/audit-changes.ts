import { findAwardType } from '../award-types/catalogue.js';
import { hasTranslation, translate, type Lang } from './i18n.js';

/** The label of each field the audit log records; a field not listed keeps its stored name. */
const FIELD_LABELS: Record<string, string> = {
  displayName: 'admin.displayName',
  username: 'login.username',
  unitId: 'audit.unitId',
  roles: 'common.roles',
  active: 'admin.active',
  mustChangePassword: 'audit.mustChangePassword',
  name: 'common.name',
  code: 'common.code',
  kind: 'common.kind',
  parentId: 'audit.parentId',
  fullName: 'people.fullName',
  gender: 'people.gender',
  birthYear: 'people.birthYear',
  position: 'people.position',
  category: 'people.category',
  year: 'common.year',
  rating: 'audit.rating',
  previousRating: 'audit.previousRating',
  title: 'people.initiativeTitle',
  scope: 'people.initiativeScope',
  recognizedOn: 'people.recognizedOn',
  recognizedBy: 'people.recognizedBy',
  level: 'people.disciplineLevel',
  from: 'people.from',
  to: 'audit.to',
  pendingInvestigation: 'audit.pendingInvestigation',
  workerCriteriaMet: 'people.workerCriteriaMet',
  awardTypeCode: 'common.award',
  decisionNumber: 'decision.number',
  decidedOn: 'decision.signedOn',
  intoUnitId: 'audit.intoUnitId',
  fromUnitId: 'audit.fromUnitId',
  effectiveOn: 'audit.effectiveOn',
  moved: 'audit.moved',
  removed: 'audit.removed',
  recordId: 'audit.recordId',
  basis: 'audit.basis',
  startsOn: 'audit.startsOn',
  endsOn: 'audit.to',
  note: 'audit.note',
  people: 'people.title',
  users: 'admin.users',
  units: 'admin.units',
  nominations: 'nominations.title',
};

/** Where a field's coded values have names: the prefixes of their keys, tried in order. */
const VALUE_NAMES: Record<string, string[]> = {
  roles: ['role'],
  gender: ['gender'],
  category: ['personCategory', 'category'],
  rating: ['rating'],
  previousRating: ['rating'],
  scope: ['initiativeScope'],
  kind: ['unitKind', 'initiativeKind'],
  level: ['discipline'],
  basis: ['restriction'],
};

function valueText(field: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return translate(lang, value ? 'common.yes' : 'common.no');
  if (Array.isArray(value)) return value.map((item) => valueText(field, item, lang)).join(', ');
  if (typeof value === 'object') return fieldsText(value as Record<string, unknown>, lang);
  if (field === 'awardTypeCode') {
    const type = findAwardType(String(value));
    if (type) return lang === 'en' ? type.nameEn : type.name;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  if (date) return `${date[3]}/${date[2]}/${date[1]}`;
  const key = (VALUE_NAMES[field] ?? []).map((prefix) => `${prefix}.${String(value)}`).find(hasTranslation);
  return key ? translate(lang, key) : String(value);
}

function label(field: string, lang: Lang): string {
  return FIELD_LABELS[field] ? translate(lang, FIELD_LABELS[field]) : field;
}

function fieldsText(fields: Record<string, unknown>, lang: Lang): string {
  return Object.entries(fields)
    .filter(([field]) => field !== 'recordedAt')
    .map(([field, value]) => `${label(field, lang)}: ${valueText(field, value, lang)}`)
    .join('; ');
}

/** An audit entry's changes as lines a clerk reads: "Xếp loại: Hoàn thành tốt → Hoàn thành xuất sắc", or "Năm: 2024". */
export function changeLines(changes: Record<string, unknown> | null, lang: Lang): string[] {
  return Object.entries(changes ?? {}).map(([field, change]) =>
    change && typeof change === 'object' && 'from' in change && 'to' in change
      ? `${label(field, lang)}: ${valueText(field, change.from, lang)} → ${valueText(field, change.to, lang)}`
      : `${label(field, lang)}: ${valueText(field, change, lang)}`,
  );
}
