import { describe, expect, it } from '@jest/globals';
import { findAwardType, findRuleSet } from '../award-types/catalogue.js';
import { missingDossierParts, partPresent, requiredDossierParts } from './dossier.js';

const type = (code: string) => findAwardType(code)!;

describe('dossier parts (Law Arts 84–85)', () => {
  it('asks a regular dossier for the submission, the achievement report and the review minutes', () => {
    expect(requiredDossierParts(type('lao_dong_tien_tien'), 'merit')).toEqual([
      'submission',
      'achievement_report',
      'review_minutes',
    ]);
  });

  it('adds the initiative confirmation for emulation-soldier titles', () => {
    expect(requiredDossierParts(type('chien_si_thi_dua_tinh'), 'merit')).toContain('initiative_confirmation');
  });

  it('asks the simplified procedure (ad hoc, dedication, foreign) for the submission and a summary report only', () => {
    for (const category of ['ad_hoc', 'dedication', 'foreign'] as const) {
      expect(requiredDossierParts(type('bang_khen_tinh'), category)).toEqual(['submission', 'achievement_report']);
    }
  });

  it('asks for the parts the province set for a grassroots title under Decree 152 (Art 6(2)(c)), not under Decree 98', () => {
    const province = { lao_dong_tien_tien: ['submission', 'review_minutes'] };
    expect(requiredDossierParts(type('lao_dong_tien_tien'), 'merit', province, findRuleSet('2025-07'))).toEqual([
      'submission',
      'review_minutes',
    ]);
    expect(requiredDossierParts(type('lao_dong_tien_tien'), 'merit', province, findRuleSet('2024'))).toContain(
      'achievement_report',
    );
  });

  it('names each missing part', () => {
    expect(
      missingDossierParts(['submission', 'achievement_report'], ['achievement_report', 'other']).map((v) => v.rule),
    ).toEqual(['dossier.submission']);
  });
});

describe('a CSTĐCS earned by the excellent rating (Law Art 23; domain.md, corrections)', () => {
  it('takes the confirmation of the excellent rating instead of the initiative’s', () => {
    const required = requiredDossierParts(type('chien_si_thi_dua_co_so'), 'merit');
    const present = ['submission', 'achievement_report', 'review_minutes', 'excellence_confirmation'] as const;
    expect(missingDossierParts(required, [...present], 'chien_si_thi_dua_co_so')).toEqual([]);
    expect(partPresent('chien_si_thi_dua_co_so', 'initiative_confirmation', new Set(present))).toBe(true);
  });

  it('does not let it stand for a provincial title’s initiative confirmation', () => {
    const required = requiredDossierParts(type('chien_si_thi_dua_tinh'), 'merit');
    const present = ['submission', 'achievement_report', 'review_minutes', 'excellence_confirmation'] as const;
    expect(missingDossierParts(required, [...present], 'chien_si_thi_dua_tinh').map((v) => v.rule)).toEqual([
      'dossier.initiative_confirmation',
    ]);
  });
});
