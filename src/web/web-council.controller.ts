import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Roles } from '../access/access.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { todayInVietnam } from '../common/time.js';
import {
  CHOICES,
  BallotDto,
  CouncilSessionEventDto,
  CouncilSessionQuery,
  CreateCouncilSessionDto,
  PaperTallyDto,
} from '../council/council.dto.js';
import { COUNCIL_SESSION_STATES } from '../council/council-session.machine.js';
import { CouncilSessionsService } from '../council/council-sessions.service.js';
import { CertificatePrintsService } from '../decisions/certificate-prints.service.js';
import { CertificatePrintRequestDto, CreateDecisionDto, DecisionQuery } from '../decisions/decisions.dto.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { PageQuery } from '../common/pagination.js';
import { CreateProposalDto } from '../proposals/proposals.dto.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { CreatePublicNoticeDto } from '../public-notices/public-notices.dto.js';
import { PublicNoticesService } from '../public-notices/public-notices.service.js';
import { UnitsService } from '../units/units.service.js';
import { PAGE_ROLES } from './page-access.js';
import { validated } from '../common/validation.js';
import { filtersOf, formValues, idsOf, pager, type Form } from './web-forms.js';
import { WebPage } from '../auth/web-session.js';
import { WebErrorFilter, WebPages, type FormErrors, type WebRequest } from './web-pages.js';

const PAGE_SIZE = 50;

/** Council sessions (agenda, secret ballot, results) and decisions (issue, print certificates). */
@WebPage()
@UseFilters(WebErrorFilter)
@Controller()
export class WebCouncilController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(NominationsService) private readonly nominations: NominationsService,
    @Inject(UnitsService) private readonly units: UnitsService,
    @Inject(CouncilSessionsService) private readonly sessions: CouncilSessionsService,
    @Inject(DecisionsService) private readonly decisions: DecisionsService,
    @Inject(CertificatePrintsService) private readonly prints: CertificatePrintsService,
    @Inject(ProposalsService) private readonly proposals: ProposalsService,
    @Inject(PublicNoticesService) private readonly notices: PublicNoticesService,
  ) {}

  @Get('council/sessions')
  async sessionList(@Req() request: WebRequest, @Res() reply: FastifyReply, @Query() query: Form) {
    const caller = request.user!;
    const filter = await validated(CouncilSessionQuery, filtersOf(query, ['councilId', 'state', 'page']));
    filter.pageSize = PAGE_SIZE;
    const [list, { items: councils }] = await Promise.all([
      this.sessions.listSessions(caller, filter),
      this.sessions.listCouncils(caller),
    ]);
    const filters = { councilId: filter.councilId, state: filter.state };
    const model = await this.pages.model(request, reply, 'council.sessions', 'council', {
      sessions: list.items,
      total: list.total,
      councils,
      states: COUNCIL_SESSION_STATES,
      filter: { councilId: filter.councilId === undefined ? '' : String(filter.councilId), state: filter.state ?? '' },
      pager: pager('/council/sessions', filters, list),
    });
    this.pages.send(reply, 'sessions', model);
  }

  @Get('council/sessions/new')
  @Roles(...PAGE_ROLES.planSession)
  async newSession(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    this.pages.send(reply, 'session-new', await this.sessionForm(request, reply, {}));
  }

  @Post('council/sessions')
  @Roles(...PAGE_ROLES.planSession)
  async createSession(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        const dto = await validated(CreateCouncilSessionDto, {
          ...formValues(form, ['councilId']),
          nominationIds: idsOf(form.nominationIds),
        });
        const session = await this.sessions.create(request.user!, dto);
        return `/council/sessions/${session.id}?notice=notice.saved`;
      },
      async (errors) => ['session-new', await this.sessionForm(request, reply, { ...form, errors })],
    );
  }

  @Get('council/sessions/:id')
  async session(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'session', await this.sessionModel(request, reply, id));
  }

  @Post('council/sessions/:id/events')
  async sessionEvent(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.sessionAction(request, reply, id, 'notice.sent', async () => {
      const values = formValues(form, ['version']);
      if (values.type === 'OPEN') values.presentMemberIds = idsOf(form.presentMemberIds);
      else delete values.presentMemberIds;
      await this.sessions.sendEvent(request.user!, id, await validated(CouncilSessionEventDto, values));
    });
  }

  @Post('council/sessions/:id/ballot')
  async ballot(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.sessionAction(request, reply, id, 'notice.voted', async () => {
      const votes = Object.entries(form)
        .filter(([key]) => /^vote-\d+$/.test(key))
        .map(([key, choice]) => ({ nominationId: Number(key.slice(5)), choice }));
      await this.sessions.castBallot(request.user!, id, await validated(BallotDto, { votes }));
    });
  }

  /** The chair or the secretary enters the counts of paper ballots (fields `approve-12`, `reject-12`, `abstain-12`). */
  @Post('council/sessions/:id/paper-tally')
  async paperTally(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.sessionAction(request, reply, id, 'notice.saved', async () => {
      const counts = new Map<number, Record<string, unknown>>();
      for (const [key, value] of Object.entries(form)) {
        const match = /^(approve|reject|abstain)-(\d+)$/.exec(key);
        if (!match) continue;
        const nominationId = Number(match[2]);
        const count = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
        counts.set(nominationId, { ...(counts.get(nominationId) ?? { nominationId }), [match[1]]: count });
      }
      const dto = await validated(PaperTallyDto, { tallies: [...counts.values()] });
      await this.sessions.recordPaperTally(request.user!, id, dto);
    });
  }

  /** A member with a conflict of interest steps aside from one nomination (Decree 152): no vote on it is asked of them. */
  @Post('council/sessions/:id/recusals')
  async recuse(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.sessionAction(request, reply, id, 'notice.recused', () =>
      this.sessions.recuse(request.user!, id, idsOf(form.nominationId)[0] ?? 0),
    );
  }

  @Get('decisions')
  @Roles(...PAGE_ROLES.decisions)
  async decisionList(@Req() request: WebRequest, @Res() reply: FastifyReply, @Query() query: Form) {
    const caller = request.user!;
    const filter = await validated(DecisionQuery, filtersOf(query, ['year', 'issuingUnitId', 'q', 'page']));
    filter.pageSize = PAGE_SIZE;
    const [list, units] = await Promise.all([this.decisions.list(caller, filter), this.units.inScopeOf(caller)]);
    const filters = { year: filter.year, issuingUnitId: filter.issuingUnitId, q: filter.q };
    const model = await this.pages.model(request, reply, 'decisions.title', 'decisions', {
      decisions: list.items,
      total: list.total,
      units,
      filter: Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, value ?? ''])),
      pager: pager('/decisions', filters, list),
    });
    this.pages.send(reply, 'decisions', model);
  }

  @Get('decisions/new')
  @Roles(...PAGE_ROLES.decisions)
  async newDecision(@Req() request: WebRequest, @Res() reply: FastifyReply, @Query('proposalId') proposalId?: string) {
    // Opened from a Tờ trình: the decision answers it and awards what it asked for.
    const proposal = /^\d+$/.test(proposalId ?? '')
      ? await this.proposals.get(request.user!, Number(proposalId))
      : undefined;
    const values = proposal
      ? { proposalId: String(proposal.id), nominationIds: proposal.nominationIds.map(String) }
      : {};
    this.pages.send(reply, 'decision-new', await this.decisionForm(request, reply, values));
  }

  @Get('public-notices/new')
  @Roles(...PAGE_ROLES.planSession)
  async newNotice(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    this.pages.send(reply, 'public-notice-new', await this.noticeForm(request, reply, {}));
  }

  @Post('public-notices')
  @Roles(...PAGE_ROLES.planSession)
  async createNotice(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        const dto = await validated(CreatePublicNoticeDto, {
          ...formValues(form, []),
          nominationIds: idsOf(form.nominationIds),
        });
        const notice = await this.notices.create(request.user!, dto);
        // An open notice is shown as the public sees it; one that opens later, from the sessions.
        return notice.startsOn <= todayInVietnam() && notice.endsOn >= todayInVietnam()
          ? `/cong-khai/${notice.id}?notice=notice.saved`
          : '/council/sessions?notice=notice.saved';
      },
      async (errors) => ['public-notice-new', await this.noticeForm(request, reply, { ...form, errors })],
    );
  }

  @Get('proposals')
  @Roles(...PAGE_ROLES.decisions)
  async proposalList(@Req() request: WebRequest, @Res() reply: FastifyReply, @Query() query: Form) {
    const filter = await validated(PageQuery, filtersOf(query, ['page']));
    filter.pageSize = PAGE_SIZE;
    const list = await this.proposals.list(request.user!, filter);
    const model = await this.pages.model(request, reply, 'proposals.title', 'decisions', {
      proposals: list.items,
      total: list.total,
      pager: pager('/proposals', {}, list),
    });
    this.pages.send(reply, 'proposals', model);
  }

  @Get('proposals/new')
  @Roles(...PAGE_ROLES.decisions)
  async newProposal(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    this.pages.send(reply, 'proposal-new', await this.proposalForm(request, reply, {}));
  }

  @Post('proposals')
  @Roles(...PAGE_ROLES.decisions)
  async createProposal(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        const dto = await validated(CreateProposalDto, {
          ...formValues(form, ['issuingUnitId']),
          nominationIds: idsOf(form.nominationIds),
        });
        const proposal = await this.proposals.create(request.user!, dto);
        return `/proposals/${proposal.id}?notice=notice.saved`;
      },
      async (errors) => ['proposal-new', await this.proposalForm(request, reply, { ...form, errors })],
    );
  }

  @Get('proposals/:id')
  @Roles(...PAGE_ROLES.decisions)
  async proposal(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    const caller = request.user!;
    const proposal = await this.proposals.get(caller, id);
    const { items } = await this.nominations.search(caller, { ids: proposal.nominationIds }, { skip: 0, take: 500 });
    const nominations = proposal.nominationIds.map((nominationId) => items.find((item) => item.id === nominationId)!);
    const model = await this.pages.model(request, reply, 'proposals.title', 'decisions', {
      proposal,
      nominations,
      // What is still approved can be decided from here.
      canDecide: nominations.some((nomination) => nomination?.state === 'approved'),
    });
    this.pages.send(reply, 'proposal', model);
  }

  @Post('decisions')
  @Roles(...PAGE_ROLES.decisions)
  async createDecision(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        const dto = await validated(CreateDecisionDto, {
          ...formValues(form, ['issuingUnitId', 'proposalId']),
          nominationIds: idsOf(form.nominationIds),
        });
        const decision = await this.decisions.create(request.user!, dto);
        return `/decisions/${decision.id}?notice=notice.saved`;
      },
      async (errors) => ['decision-new', await this.decisionForm(request, reply, { ...form, errors })],
    );
  }

  @Get('decisions/:id')
  @Roles(...PAGE_ROLES.decisions)
  async decision(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'decision', await this.decisionModel(request, reply, id, {}));
  }

  /** The board prints every certificate in the background; the page shows the progress and then the PDF. */
  @Post('decisions/:id/prints')
  @Roles('board')
  async printCertificates(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.pages.actOnPage(
      request,
      reply,
      {
        view: 'decision',
        address: `/decisions/${id}`,
        model: (extra) => this.decisionModel(request, reply, id, extra),
      },
      async () => {
        const dto = await validated(CertificatePrintRequestDto, formValues(form, []));
        await this.prints.request(request.user!, id, dto.layout ?? 'framed');
      },
      'notice.printing',
    );
  }

  private async decisionModel(request: WebRequest, reply: FastifyReply, id: number, extra: { errors?: FormErrors }) {
    const decision = await this.decisions.get(request.user!, id);
    const printing = await this.prints.printsPage(request.user!, id);
    return this.pages.model(request, reply, 'decisions.title', 'decisions', { decision, printing, ...extra });
  }

  private async sessionForm(request: WebRequest, reply: FastifyReply, values: Form) {
    const caller = request.user!;
    const candidates = await this.sessions.agendaCandidates(caller);
    return this.pages.model(request, reply, 'council.newSession', 'council', {
      councils: candidates.map(({ councilId, councilName }) => ({ id: councilId, name: councilName })),
      candidates,
      values: { meetingDate: todayInVietnam(), ...values, nominationIds: idsOf(values.nominationIds) },
      errors: values.errors,
    });
  }

  /** An action on the session page: back to the page with a notice, or the page again with the problems. */
  private sessionAction(
    request: WebRequest,
    reply: FastifyReply,
    id: number,
    notice: string,
    action: () => Promise<unknown>,
  ): Promise<void> {
    const model = (extra: { errors: FormErrors }) => this.sessionModel(request, reply, id, extra);
    const page = { view: 'session', address: `/council/sessions/${id}`, model };
    return this.pages.actOnPage(request, reply, page, action, notice);
  }

  private async sessionModel(
    request: WebRequest,
    reply: FastifyReply,
    id: number,
    extra: Record<string, unknown> = {},
  ) {
    const session = await this.sessions.get(request.user!, id);
    const results = session.closed ? await this.sessions.results(request.user!, id) : [];
    return this.pages.model(request, reply, 'council.sessions', 'council', {
      session,
      agenda: session.agenda.map((item) => ({
        ...item,
        conflict: item.conflictOfInterestMemberIds.length > 0,
        result: results.find((result) => result.nominationId === item.nominationId),
      })),
      choices: CHOICES,
      ...extra,
    });
  }

  private async noticeForm(request: WebRequest, reply: FastifyReply, values: Form) {
    const caller = request.user!;
    const { items } = await this.nominations.search(
      caller,
      { states: ['verified', 'in_council'] },
      { skip: 0, take: 500 },
    );
    return this.pages.model(request, reply, 'notices.new', 'council', {
      nominations: items,
      values: { startsOn: todayInVietnam(), ...values, nominationIds: idsOf(values.nominationIds) },
      errors: values.errors,
    });
  }

  private async proposalForm(request: WebRequest, reply: FastifyReply, values: Form) {
    const caller = request.user!;
    const { items } = await this.nominations.search(caller, { states: ['approved'] }, { skip: 0, take: 500 });
    return this.pages.model(request, reply, 'proposals.new', 'decisions', {
      nominations: items,
      units: await this.units.inScopeOf(caller),
      values: {
        date: todayInVietnam(),
        issuingUnitId: String(caller.unitId),
        ...values,
        nominationIds: idsOf(values.nominationIds),
      },
      errors: values.errors,
    });
  }

  private async decisionForm(request: WebRequest, reply: FastifyReply, values: Form) {
    const caller = request.user!;
    const page = { skip: 0, take: 500 };
    const { items } = await this.nominations.search(caller, { states: ['approved'] }, page);
    const { items: forwarded } = await this.nominations.search(caller, { states: ['forwarded'] }, page);
    return this.pages.model(request, reply, 'decisions.new', 'decisions', {
      nominations: items,
      forwarded,
      units: await this.units.inScopeOf(caller),
      values: {
        signedOn: todayInVietnam(),
        issuingUnitId: String(caller.unitId),
        ...values,
        nominationIds: idsOf(values.nominationIds),
      },
      errors: values.errors,
    });
  }
}
