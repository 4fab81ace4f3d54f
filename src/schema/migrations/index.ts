// Migrations are listed here (not found by a glob) so the app, the CLI and Jest load them alike.
// After `npm run migration:generate -- src/schema/migrations/<sqlite|postgres>/<Name>`, add the class below.
import { Initial1795459546382 } from './postgres/1795459546382-Initial.js';
import { Nominations1795460874603 } from './postgres/1795460874603-Nominations.js';
import { Councils1795463193151 } from './postgres/1795463193151-Councils.js';
import { Movements1795463694955 } from './postgres/1795463694955-Movements.js';
import { ReportEvidence1795464402682 } from './postgres/1795464402682-ReportEvidence.js';
import { AppendOnlyLogs1795500000000 as PostgresAppendOnlyLogs } from './postgres/1795500000000-AppendOnlyLogs.js';
import { AccountsAndUnits1796160377385 } from './postgres/1796160377385-AccountsAndUnits.js';
import { PeopleSearchAndRecordSources1796170000001 } from './postgres/1796170000001-PeopleSearchAndRecordSources.js';
import { DecisionNumbersAndMoney1796500000001 as DecisionNumbersAndMoneyPostgres } from './postgres/1796500000001-DecisionNumbersAndMoney.js';
import { SessionTimeAndPlace1796500000013 } from './postgres/1796500000013-SessionTimeAndPlace.js';
import { Proposals1796500000015 } from './postgres/1796500000015-Proposals.js';
import { CertificateCitation1796500000017 } from './postgres/1796500000017-CertificateCitation.js';
import { MinutesNumber1796500000019 } from './postgres/1796500000019-MinutesNumber.js';
import { PublicNotices1796500000021 } from './postgres/1796500000021-PublicNotices.js';
import { RegisterSearch1796500000023 } from './postgres/1796500000023-RegisterSearch.js';
import { RegisterSearchIndex1796500000025 } from './postgres/1796500000025-RegisterSearchIndex.js';
import { SessionTimeAndPlace1796500000012 } from './sqlite/1796500000012-SessionTimeAndPlace.js';
import { Proposals1796500000014 } from './sqlite/1796500000014-Proposals.js';
import { CertificateCitation1796500000016 } from './sqlite/1796500000016-CertificateCitation.js';
import { MinutesNumber1796500000018 } from './sqlite/1796500000018-MinutesNumber.js';
import { PublicNotices1796500000020 } from './sqlite/1796500000020-PublicNotices.js';
import { RegisterSearch1796500000022 } from './sqlite/1796500000022-RegisterSearch.js';
import { RegisterSearchIndex1796500000024 } from './sqlite/1796500000024-RegisterSearchIndex.js';
import { VerificationCodes1796500000011 } from './postgres/1796500000011-VerificationCodes.js';
import { VerificationCodes1796500000010 } from './sqlite/1796500000010-VerificationCodes.js';
import { UnitRestrictions1796500000009 } from './postgres/1796500000009-UnitRestrictions.js';
import { UnitRestrictions1796500000008 } from './sqlite/1796500000008-UnitRestrictions.js';
import { WorkerCriteriaAndScienceProjects1796500000007 } from './postgres/1796500000007-WorkerCriteriaAndScienceProjects.js';
import { WorkerCriteriaAndScienceProjects1796500000006 } from './sqlite/1796500000006-WorkerCriteriaAndScienceProjects.js';
import { HigherDecisions1796500000005 } from './postgres/1796500000005-HigherDecisions.js';
import { HigherDecisions1796500000004 } from './sqlite/1796500000004-HigherDecisions.js';
import { PaperTally1796500000003 } from './postgres/1796500000003-PaperTally.js';
import { PaperTally1796500000002 } from './sqlite/1796500000002-PaperTally.js';
import { Initial1795459543676 } from './sqlite/1795459543676-Initial.js';
import { DecisionNumbersAndMoney1796500000000 as DecisionNumbersAndMoneySqlite } from './sqlite/1796500000000-DecisionNumbersAndMoney.js';
import { AccountsAndUnits1796160364711 } from './sqlite/1796160364711-AccountsAndUnits.js';
import { PeopleSearchAndRecordSources1796170000000 } from './sqlite/1796170000000-PeopleSearchAndRecordSources.js';
import { AppendOnlyLogs1795500000000 as SqliteAppendOnlyLogs } from './sqlite/1795500000000-AppendOnlyLogs.js';
import { ReportEvidence1795464392036 } from './sqlite/1795464392036-ReportEvidence.js';
import { Movements1795463686664 } from './sqlite/1795463686664-Movements.js';
import { Councils1795463184461 } from './sqlite/1795463184461-Councils.js';
import { Nominations1795460867062 } from './sqlite/1795460867062-Nominations.js';

import { RegisterScope1796500000026 } from './both/1796500000026-RegisterScope.js';
import { Notifications1796500000027 } from './sqlite/1796500000027-Notifications.js';
import { Notifications1796500000028 } from './postgres/1796500000028-Notifications.js';
import { NotificationEmail1796500000029 } from './sqlite/1796500000029-NotificationEmail.js';
import { NotificationEmail1796500000030 } from './postgres/1796500000030-NotificationEmail.js';
import { Holidays1796500000031 } from './sqlite/1796500000031-Holidays.js';
import { Holidays1796500000032 } from './postgres/1796500000032-Holidays.js';
import { SubmissionDeadlines1796500000033 } from './both/1796500000033-SubmissionDeadlines.js';
import { EmailClaims1796500000034 } from './both/1796500000034-EmailClaims.js';
import { CertificatePrints1796500000035 } from './both/1796500000035-CertificatePrints.js';
import { RegistrationsAndClusterScores1796500000036 } from './both/1796500000036-RegistrationsAndClusterScores.js';
import { NominationScopeIndex1796500000037 } from './both/1796500000037-NominationScopeIndex.js';
import { RunningTallies1796500000038 } from './both/1796500000038-RunningTallies.js';
import { RegisterOrder1796500000039 } from './both/1796500000039-RegisterOrder.js';
import { NominationScopeIds1796500000040 } from './both/1796500000040-NominationScopeIds.js';
import { RegisterScopeOrder1796500000041 } from './both/1796500000041-RegisterScopeOrder.js';
export const SQLITE_MIGRATIONS = [
  Initial1795459543676,
  Nominations1795460867062,
  Councils1795463184461,
  Movements1795463686664,
  ReportEvidence1795464392036,
  SqliteAppendOnlyLogs,
  AccountsAndUnits1796160364711,
  PeopleSearchAndRecordSources1796170000000,
  DecisionNumbersAndMoneySqlite,
  PaperTally1796500000002,
  HigherDecisions1796500000004,
  WorkerCriteriaAndScienceProjects1796500000006,
  UnitRestrictions1796500000008,
  VerificationCodes1796500000010,
  SessionTimeAndPlace1796500000012,
  Proposals1796500000014,
  CertificateCitation1796500000016,
  MinutesNumber1796500000018,
  PublicNotices1796500000020,
  RegisterSearch1796500000022,
  RegisterSearchIndex1796500000024,
  RegisterScope1796500000026,
  Notifications1796500000027,
  NotificationEmail1796500000029,
  Holidays1796500000031,
  SubmissionDeadlines1796500000033,
  EmailClaims1796500000034,
  CertificatePrints1796500000035,
  RegistrationsAndClusterScores1796500000036,
  NominationScopeIndex1796500000037,
  RunningTallies1796500000038,
  RegisterOrder1796500000039,
  NominationScopeIds1796500000040,
  RegisterScopeOrder1796500000041,
];
export const POSTGRES_MIGRATIONS = [
  Initial1795459546382,
  Nominations1795460874603,
  Councils1795463193151,
  Movements1795463694955,
  ReportEvidence1795464402682,
  PostgresAppendOnlyLogs,
  AccountsAndUnits1796160377385,
  PeopleSearchAndRecordSources1796170000001,
  DecisionNumbersAndMoneyPostgres,
  PaperTally1796500000003,
  HigherDecisions1796500000005,
  WorkerCriteriaAndScienceProjects1796500000007,
  UnitRestrictions1796500000009,
  VerificationCodes1796500000011,
  SessionTimeAndPlace1796500000013,
  Proposals1796500000015,
  CertificateCitation1796500000017,
  MinutesNumber1796500000019,
  PublicNotices1796500000021,
  RegisterSearch1796500000023,
  RegisterSearchIndex1796500000025,
  RegisterScope1796500000026,
  Notifications1796500000028,
  NotificationEmail1796500000030,
  Holidays1796500000032,
  SubmissionDeadlines1796500000033,
  EmailClaims1796500000034,
  CertificatePrints1796500000035,
  RegistrationsAndClusterScores1796500000036,
  NominationScopeIndex1796500000037,
  RunningTallies1796500000038,
  RegisterOrder1796500000039,
  NominationScopeIds1796500000040,
  RegisterScopeOrder1796500000041,
];
