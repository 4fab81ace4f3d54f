import { Controller, Get, Inject, Query } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { todayInVietnam } from '../common/time.js';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AwardTypeView, RuleSetView } from './award-types.dto.js';
import { Authenticated } from '../access/access.js';
import { AppError } from '../common/app-error.js';
import { findRuleSet, RULE_SETS, ruleSetOn, voteThresholdOf, type AwardType } from './catalogue.js';

@ApiTags('award-types')
@Controller('api')
export class AwardTypesController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('award-types')
  @Authenticated()
  @ApiOperation({ summary: 'The award catalogue of a rule set (default: the one in force today)' })
  @ApiQuery({ name: 'ruleSet', required: false, enum: RULE_SETS.map((set) => set.code) })
  @ApiOkResponse({ type: [AwardTypeView] })
  list(@Query('ruleSet') ruleSet?: string): AwardType[] {
    const set = ruleSet === undefined ? ruleSetOn(todayInVietnam()) : findRuleSet(ruleSet);
    if (!set)
      throw AppError.invalid([
        { field: 'ruleSet', message: `một trong / one of: ${RULE_SETS.map((s) => s.code).join(', ')}` },
      ]);
    // The votes the law leaves to the province are shown as the province set them.
    return set.awardTypes.map((type) => ({
      ...type,
      voteThreshold: voteThresholdOf(type, this.config.stateAwardVoteShare),
    }));
  }

  @Get('rule-sets')
  @Authenticated()
  @ApiOperation({ summary: 'The versioned rule sets and the dates they apply from' })
  @ApiOkResponse({ type: [RuleSetView] })
  ruleSets(): RuleSetView[] {
    return RULE_SETS.map(
      ({
        code,
        name,
        effectiveFrom,
        legalBasis,
        decrees,
        provinceSetsGrassrootsDossiers,
        publicNoticeWorkingDays,
      }) => ({
        code,
        name,
        effectiveFrom,
        legalBasis,
        decrees: [...decrees],
        provinceSetsGrassrootsDossiers,
        publicNoticeWorkingDays,
      }),
    );
  }
}
