import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AwardTypeView, RuleSetView } from './award-types.dto.js';
import { Authenticated } from '../access/access.js';
import { AppError } from '../common/app-error.js';
import { findRuleSet, RULE_SETS, ruleSetOn, type AwardType } from './catalogue.js';

@ApiTags('award-types')
@Controller('api')
export class AwardTypesController {
  @Get('award-types')
  @Authenticated()
  @ApiOperation({ summary: 'The award catalogue of a rule set (default: the one in force today)' })
  @ApiQuery({ name: 'ruleSet', required: false, enum: RULE_SETS.map((set) => set.code) })
  @ApiOkResponse({ type: [AwardTypeView] })
  list(@Query('ruleSet') ruleSet?: string): AwardType[] {
    if (ruleSet === undefined) return ruleSetOn(new Date().toISOString().slice(0, 10)).awardTypes;
    const found = findRuleSet(ruleSet);
    if (!found)
      throw AppError.invalid([
        { field: 'ruleSet', message: `một trong / one of: ${RULE_SETS.map((s) => s.code).join(', ')}` },
      ]);
    return found.awardTypes;
  }

  @Get('rule-sets')
  @Authenticated()
  @ApiOperation({ summary: 'The versioned rule sets and the dates they apply from' })
  @ApiOkResponse({ type: [RuleSetView] })
  ruleSets(): RuleSetView[] {
    return RULE_SETS.map(({ code, name, effectiveFrom, legalBasis }) => ({ code, name, effectiveFrom, legalBasis }));
  }
}
