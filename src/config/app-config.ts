import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ATTACHMENT_KINDS } from './dossier-parts.js';
import { DEFAULT_HOLIDAYS } from './holidays.js';

/** The app's whole configuration, read once from the environment and validated at start. */
export interface AppConfig {
  readonly env: 'production' | 'development' | 'test';
  readonly port: number;
  readonly database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  readonly dataDir: string;
  readonly jwt: { secret: string; expiresInSeconds: number };
  readonly admin?: { username: string; password: string };
  readonly demoData: boolean;
  readonly chromiumPath?: string;
  readonly bodyLimitBytes: number;
  readonly loginRateLimit: { attempts: number; windowSeconds: number };
  /** Certificate checks a minute per client address on the public pages and API (verification). */
  readonly publicChecksPerMinute: number;
  /** Where dossier attachments are stored. */
  readonly attachmentsDir: string;
  readonly attachmentMaxBytes: number;
  /** Provinces that make registration at the start of the year a precondition (default off: the 2022 Law does not). */
  readonly requireRegistration: boolean;
  /** Caps per award type, proposing unit and year (default none). */
  readonly quotas: readonly QuotaRule[];
  /** Shares of council members present for a session to meet, and to vote awards. */
  readonly quorum: { meeting: number; awards: number };
  /** The base salary (lương cơ sở) by the day it came into force: reward money is a multiple of the one in force on the decision's date. */
  readonly baseSalaries: readonly BaseSalary[];
  /** Individual reward multiples the decrees leave to the province (Bằng khen, Giấy khen). */
  readonly individualRewardMultiples: Readonly<Record<string, number>>;
  /** Public holidays (YYYY-MM-DD) that working-day deadlines skip. */
  readonly holidays: readonly string[];
  /** The share of members holding LĐTT that Tập thể LĐTT and Tập thể LĐXS need (70 % in the provincial model). */
  readonly collectiveAdvancedShare: number;
  /** The share of all council members that must approve a Bằng khen Thủ tướng or a Huân chương before it goes up (50 %). */
  readonly stateAwardVoteShare: number;
  /** Dossier parts the province sets per award type (Decree 152 Art 6(2)(c)); an award type not listed keeps the law's. */
  readonly dossierParts: Readonly<Record<string, readonly string[]>>;
  /**
   * The province's own regulation on emulation and commendation, as its decisions cite it after the decrees ("Quyết định
   * số …/QĐ-UBND ngày … ban hành Quy định về công tác thi đua, khen thưởng …"); unset, the line is left out.
   */
  readonly provincialRegulation?: string;
  /** The address the public reaches the app at: the certificates' QR codes point to its /verify page. */
  readonly publicUrl: string;
  /** How far pre-printed certificate blanks sit from the page's origin in the printer, in mm (right and down positive). */
  readonly preprintedOffsetMm: { x: number; y: number };
  /**
   * The yearly round's submission deadlines (ROUND_DEADLINES): for the achievements of a year, the last day their
   * nominations may be submitted. A year not listed has none, so past years' dossiers can still be entered.
   */
  readonly roundDeadlines: Readonly<Record<number, string>>;
  /** Where notifications are e-mailed from (SMTP_URL, MAIL_FROM); unset, notifications stay in the inbox only. */
  readonly mail?: { smtpUrl: string; from: string };
}

/** A day that exists, written YYYY-MM-DD. */
function isDay(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** ROUND_DEADLINES: "2025:2026-01-15,2026:2027-01-15", a year of achievements and the last day to submit for it. */
function roundDeadlines(env: Env, problems: string[]): Record<number, string> {
  const result: Record<number, string> = {};
  for (const entry of (env.ROUND_DEADLINES ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(\d{4}):(\d{4}-\d{2}-\d{2})$/.exec(entry);
    if (!match || !isDay(match[2])) {
      problems.push(`ROUND_DEADLINES: "${entry}" is not year:YYYY-MM-DD (e.g. 2025:2026-01-15)`);
      continue;
    }
    result[Number(match[1])] = match[2];
  }
  return result;
}

/** SMTP_URL: smtp:// or smtps:// with optional user and password; MAIL_FROM: the sender, by default the app's name. */
function mail(env: Env, problems: string[]): AppConfig['mail'] {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  if (!/^smtps?:\/\/[^\s/]+(\/[^\s]*)?$/.test(smtpUrl)) {
    problems.push('SMTP_URL must be an smtp:// or smtps:// address (e.g. smtps://user:password@mail.sonla.gov.vn:465)');
    return undefined;
  }
  return { smtpUrl, from: env.MAIL_FROM?.trim() || '"Thi đua - Khen thưởng" <no-reply@localhost>' };
}

/** The grassroots titles whose dossier parts a province sets (Decree 152 Art 6(2)(c)): LĐTT, CSTĐCS, Tập thể LĐTT. */
export const PROVINCE_DOSSIER_TITLES = ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so', 'tap_the_lao_dong_tien_tien'];

/** DOSSIER_PARTS: a JSON object, award type code → its required parts, e.g. {"lao_dong_tien_tien":["submission"]}. */
function dossierParts(env: Env, problems: string[]): Readonly<Record<string, readonly string[]>> {
  if (!env.DOSSIER_PARTS) return {};
  const message =
    'DOSSIER_PARTS must be a JSON object of grassroots titles (lao_dong_tien_tien, chien_si_thi_dua_co_so, tap_the_lao_dong_tien_tien) to lists of parts (submission, achievement_report, review_minutes, initiative_confirmation, excellence_confirmation, other)';
  try {
    const parsed = JSON.parse(env.DOSSIER_PARTS) as unknown;
    const valid =
      parsed !== null &&
      typeof parsed === 'object' &&
      !Array.isArray(parsed) &&
      Object.entries(parsed).every(
        ([code, parts]) =>
          PROVINCE_DOSSIER_TITLES.includes(code) &&
          Array.isArray(parts) &&
          parts.length > 0 &&
          parts.every((part) => typeof part === 'string' && (ATTACHMENT_KINDS as readonly string[]).includes(part)),
      );
    if (valid) return parsed as Record<string, string[]>;
  } catch {
    // reported below
  }
  problems.push(message);
  return {};
}

/** PUBLIC_URL: an http(s) address without a trailing slash; by default this machine's port. */
function publicUrl(env: Env, port: number, problems: string[]): string {
  const value = env.PUBLIC_URL?.trim().replace(/\/+$/, '');
  if (!value) return `http://localhost:${port}`;
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(value)) {
    problems.push('PUBLIC_URL must be an http:// or https:// address (e.g. https://thiduakhenthuong.sonla.gov.vn)');
    return `http://localhost:${port}`;
  }
  return value;
}

/** PREPRINTED_OFFSET_MM: "x,y" in millimetres, each between -30 and 30 (e.g. "2.5,-1"). */
function preprintedOffset(env: Env, problems: string[]): { x: number; y: number } {
  if (!env.PREPRINTED_OFFSET_MM) return { x: 0, y: 0 };
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(env.PREPRINTED_OFFSET_MM);
  const [x, y] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(Math.abs(x) <= 30 && Math.abs(y) <= 30)) {
    problems.push('PREPRINTED_OFFSET_MM must be "x,y" in millimetres, each between -30 and 30 (e.g. "2.5,-1")');
    return { x: 0, y: 0 };
  }
  return { x, y };
}

/** A base salary in VND and the first day it is in force (Decree 38/2019, 24/2023, 73/2024 …). */
export interface BaseSalary {
  from: string;
  vnd: number;
}

/** The base salaries since the 2019 reform: 1,490,000 VND from 2019-07-01, 1,800,000 from 2023-07-01, 2,340,000 from 2024-07-01. */
export const DEFAULT_BASE_SALARIES: readonly BaseSalary[] = [
  { from: '2019-07-01', vnd: 1_490_000 },
  { from: '2023-07-01', vnd: 1_800_000 },
  { from: '2024-07-01', vnd: 2_340_000 },
];

/** A cap on one award type per proposing unit and year: an absolute count, or a share of another award type's nominations. */
export interface QuotaRule {
  awardTypeCode: string;
  maxCount?: number;
  maxShareOf?: { awardTypeCode: string; share: number };
}

function share(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 1) {
    problems.push(`${name} must be a share between 0 and 1, e.g. 0.8 (got "${raw}")`);
    return fallback;
  }
  return value;
}

function quotas(env: Env, problems: string[]): QuotaRule[] {
  const raw = env.QUOTAS;
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    const valid =
      Array.isArray(parsed) &&
      parsed.every(
        (rule: QuotaRule) =>
          typeof rule?.awardTypeCode === 'string' &&
          (rule.maxCount === undefined || (Number.isInteger(rule.maxCount) && rule.maxCount >= 0)) &&
          (rule.maxShareOf === undefined ||
            (typeof rule.maxShareOf.awardTypeCode === 'string' &&
              rule.maxShareOf.share >= 0 &&
              rule.maxShareOf.share <= 1)) &&
          (rule.maxCount !== undefined || rule.maxShareOf !== undefined),
      );
    if (valid) return parsed as QuotaRule[];
  } catch {
    // reported below
  }
  problems.push(
    'QUOTAS must be a JSON list like [{"awardTypeCode":"chien_si_thi_dua_co_so","maxShareOf":{"awardTypeCode":"lao_dong_tien_tien","share":0.15}}]',
  );
  return [];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  problems.push(`${name} must be true or false (got "${env[name]}")`);
  return fallback;
}

/**
 * A production app needs an explicit JWT_SECRET; elsewhere (the demo start, tests) a random secret is generated once
 * and kept under the data directory so tokens survive a restart.
 */
function jwtSecret(env: Env, nodeEnv: AppConfig['env'], dataDir: string, problems: string[]): string {
  const given = env.JWT_SECRET;
  if (given) {
    if (given.length < 32) problems.push('JWT_SECRET must be at least 32 characters long');
    return given;
  }
  if (nodeEnv === 'production') {
    problems.push('JWT_SECRET is required when NODE_ENV=production');
    return '';
  }
  // Never write a file for a configuration that will be refused anyway.
  if (nodeEnv === 'test' || problems.length > 0) return randomBytes(32).toString('hex');
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** BASE_SALARIES: `2019-07-01:1490000,2023-07-01:1800000,…`, each date with the base salary in force from it. */
function baseSalaryTable(env: Env, problems: string[]): readonly BaseSalary[] {
  if (!env.BASE_SALARIES) return DEFAULT_BASE_SALARIES;
  const entries = env.BASE_SALARIES.split(',').map((entry) => entry.trim().split(':'));
  const table = entries.map(([from, vnd]) => ({ from, vnd: Number(vnd) }));
  const bad = table.filter(
    ({ from, vnd }) => !/^\d{4}-\d{2}-\d{2}$/.test(from ?? '') || !Number.isInteger(vnd) || vnd < 1,
  );
  if (bad.length > 0 || table.length === 0) {
    problems.push('BASE_SALARIES must be comma-separated YYYY-MM-DD:VND entries (e.g. 2024-07-01:2340000)');
    return DEFAULT_BASE_SALARIES;
  }
  return [...table].sort((a, b) => a.from.localeCompare(b.from));
}

/** Reads and validates the environment; throws one ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['production', 'development', 'test'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV must be production, development or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = (
    ['production', 'development', 'test'].includes(nodeEnvRaw) ? nodeEnvRaw : 'development'
  ) as AppConfig['env'];
  const port = integer(env, 'PORT', 3000, 0, 65535, problems);
  const dataDir = env.DATA_DIR || 'data';

  let database: AppConfig['database'];
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      problems.push('DATABASE_URL must be a postgres:// URL (leave it unset for SQLite)');
    }
    database = { kind: 'postgres', url };
  } else {
    database = { kind: 'sqlite', path: env.SQLITE_PATH || join(dataDir, 'emulation.sqlite') };
  }

  const username = env.ADMIN_USERNAME;
  const password = env.ADMIN_PASSWORD;
  let admin: AppConfig['admin'];
  if (username || password) {
    if (!username) problems.push('ADMIN_USERNAME is required when ADMIN_PASSWORD is set');
    if (!password) problems.push('ADMIN_PASSWORD is required when ADMIN_USERNAME is set');
    else if (password.length < 8) problems.push('ADMIN_PASSWORD must be at least 8 characters long');
    if (username && password) admin = { username, password };
  }

  const expiresInSeconds = integer(env, 'JWT_EXPIRES_IN_SECONDS', 8 * 3600, 60, 30 * 24 * 3600, problems);
  const demoData = boolean(env, 'DEMO_DATA', false, problems);
  const bodyLimitBytes = integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024, problems);
  const loginRateLimit = {
    attempts: integer(env, 'LOGIN_RATE_LIMIT', 10, 1, 10000, problems),
    windowSeconds: integer(env, 'LOGIN_RATE_WINDOW_SECONDS', 60, 1, 86400, problems),
  };
  const attachmentMaxBytes = integer(env, 'ATTACHMENT_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024, problems);
  const requireRegistration = boolean(env, 'REQUIRE_REGISTRATION', false, problems);
  const quotaRules = quotas(env, problems);
  const quorum = {
    meeting: share(env, 'QUORUM_MEETING', 2 / 3, problems),
    awards: share(env, 'QUORUM_AWARDS', 0.8, problems),
  };
  const baseSalaries = baseSalaryTable(env, problems);
  const individualRewardMultiples = {
    bang_khen_tinh: Number(env.REWARD_MULTIPLE_BANG_KHEN_TINH ?? 1.0),
    giay_khen: Number(env.REWARD_MULTIPLE_GIAY_KHEN ?? 0.3),
  };
  for (const [code, value] of Object.entries(individualRewardMultiples)) {
    if (!Number.isFinite(value) || value < 0)
      problems.push(`REWARD_MULTIPLE_${code.toUpperCase()} must be a number ≥ 0`);
  }
  let holidays: readonly string[] = DEFAULT_HOLIDAYS;
  if (env.HOLIDAYS) {
    holidays = env.HOLIDAYS.split(',')
      .map((day) => day.trim())
      .filter(Boolean);
    const bad = holidays.filter((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day));
    if (bad.length > 0) problems.push(`HOLIDAYS must be comma-separated dates YYYY-MM-DD (bad: ${bad.join(', ')})`);
  }
  const collectiveAdvancedShare = share(env, 'COLLECTIVE_ADVANCED_SHARE', 0.7, problems);
  const stateAwardVoteShare = share(env, 'STATE_AWARD_VOTE_SHARE', 0.5, problems);
  const requiredDossierParts = dossierParts(env, problems);
  // Last, so that a generated secret is only written for an otherwise valid configuration.
  const secret = jwtSecret(env, nodeEnv, dataDir, problems);
  // Read before the check below, so that their problems are reported with the others.
  const preprintedOffsetMm = preprintedOffset(env, problems);
  const publicAddress = publicUrl(env, port, problems);
  const publicChecksPerMinute = integer(env, 'PUBLIC_CHECKS_PER_MINUTE', 30, 1, 1_000_000, problems);
  const mailSettings = mail(env, problems);
  const deadlinesOfRounds = roundDeadlines(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: nodeEnv,
    port,
    database,
    dataDir,
    jwt: { secret, expiresInSeconds },
    admin,
    demoData,
    chromiumPath: env.CHROMIUM_PATH || undefined,
    provincialRegulation: env.PROVINCIAL_REGULATION?.trim() || undefined,
    preprintedOffsetMm,
    publicUrl: publicAddress,
    mail: mailSettings,
    roundDeadlines: deadlinesOfRounds,
    bodyLimitBytes,
    loginRateLimit,
    publicChecksPerMinute,
    attachmentsDir: env.ATTACHMENTS_DIR || join(dataDir, 'attachments'),
    attachmentMaxBytes,
    requireRegistration,
    quotas: quotaRules,
    quorum,
    baseSalaries,
    collectiveAdvancedShare,
    stateAwardVoteShare,
    dossierParts: requiredDossierParts,
    individualRewardMultiples,
    holidays,
  };
}

/** Injection token for the AppConfig object. */
export const APP_CONFIG = Symbol('APP_CONFIG');
