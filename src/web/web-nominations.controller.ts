import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Roles } from '../access/access.js';
import { AppError } from '../common/app-error.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { readMultipart } from '../files/multipart.js';
import { AttachmentsService } from '../nominations/attachments.service.js';
import { NOMINATION_STATES, type NominationState } from '../nominations/nomination.machine.js';
import {
  CreateNominationDto,
  NominationEventDto,
  UpdateNominationDto,
  AcceptLateDto,
} from '../nominations/nominations.dto.js';
import { CommentAnswerDto } from '../public-notices/public-notices.dto.js';
import { PublicNoticesService } from '../public-notices/public-notices.service.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { PeopleService } from '../people/people.service.js';
import { UnitsService } from '../units/units.service.js';
import { PAGE_ROLES } from './page-access.js';
import { validated } from '../common/validation.js';
import { formValues, pageNumber, pager, type Form } from './web-forms.js';
import { WebPage } from '../auth/web-session.js';
import { inLanguage, WebErrorFilter, WebPages, type WebRequest } from './web-pages.js';

const PAGE_SIZE = 50;

@WebPage()
@UseFilters(WebErrorFilter)
@Controller('nominations')
export class WebNominationsController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(NominationsService) private readonly nominations: NominationsService,
    @Inject(UnitsService) private readonly units: UnitsService,
    @Inject(PeopleService) private readonly people: PeopleService,
    @Inject(AttachmentsService) private readonly attachments: AttachmentsService,
    @Inject(PublicNoticesService) private readonly notices: PublicNoticesService,
  ) {}

  @Get()
  async list(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Query('state') state?: string,
    @Query('page') page?: string,
  ) {
    const states = NOMINATION_STATES.includes(state as NominationState) ? [state as NominationState] : undefined;
    const current = pageNumber(page);
    const { items: rows, total } = await this.nominations.search(
      request.user!,
      { states },
      { skip: (current - 1) * PAGE_SIZE, take: PAGE_SIZE },
    );
    const model = await this.pages.model(request, reply, 'nominations.title', 'nominations', {
      rows,
      total,
      state: states?.[0] ?? '',
      states: NOMINATION_STATES,
      pager: pager('/nominations', { state: states?.[0] }, { page: current, pageSize: PAGE_SIZE, total }),
    });
    this.pages.send(reply, 'nominations', model);
  }

  @Get('new')
  @Roles(...PAGE_ROLES.newNomination)
  async newForm(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    this.pages.send(
      reply,
      'nomination-new',
      await this.formModel(request, reply, { year: new Date().getFullYear() - 1 }),
    );
  }

  @Post()
  @Roles(...PAGE_ROLES.newNomination)
  async create(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        const dto = await validated(
          CreateNominationDto,
          formValues(form, ['year', 'proposingUnitId', 'personId', 'nomineeUnitId']),
        );
        const created = await this.nominations.create(request.user!, dto);
        return `/nominations/${created.id}?notice=notice.saved`;
      },
      async (errors) => ['nomination-new', await this.formModel(request, reply, { ...form, errors })],
    );
  }

  /** The form's live check: the verdict the nomination would get, as JSON for the page's script. */
  @Post('eligibility')
  @Roles(...PAGE_ROLES.newNomination)
  async eligibility(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    const lang = this.pages.lang(request);
    // The page's script shows `message`: each violation in the page's language only.
    const inLang = (items: { message: string; messageEn?: string }[]) =>
      items.map((item) => ({ ...item, message: inLanguage(item, lang) }));
    try {
      const dto = await validated(CreateNominationDto, {
        achievements: '—',
        ...formValues(form, ['year', 'proposingUnitId', 'personId', 'nomineeUnitId']),
      });
      const verdict = await this.nominations.previewEligibility(request.user!, dto);
      void reply.send({
        ...verdict,
        violations: inLang(verdict.violations),
        // Nothing automatic applies: the page says what the board will judge.
        message: verdict.judgement ? inLanguage(verdict.judgement, lang) : undefined,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const problems = (error.extra.violations ?? error.extra.details ?? []) as {
        message: string;
        messageEn?: string;
      }[];
      void reply.send({
        eligible: false,
        message: lang === 'en' ? error.messageEn : error.message,
        violations: inLang(problems),
      });
    }
  }

  @Get(':id')
  async detail(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'nomination', await this.detailModel(request, reply, id));
  }

  @Post(':id')
  @Roles(...PAGE_ROLES.newNomination)
  async update(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onDetail(request, reply, id, async () => {
      // An emptied citation is sent as "" to clear it (formValues leaves empty fields out).
      const dto = await validated(UpdateNominationDto, {
        ...formValues(form, ['version', 'year']),
        ...(typeof form.citation === 'string' ? { citation: form.citation } : {}),
      });
      await this.nominations.update(request.user!, id, dto);
      return `/nominations/${id}?notice=notice.saved`;
    });
  }

  @Post(':id/attachments')
  @Roles(...PAGE_ROLES.newNomination)
  async upload(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    await this.onDetail(request, reply, id, async () => {
      await this.attachments.add(request.user!, id, await readMultipart(request));
      return `/nominations/${id}?notice=notice.uploaded#dossier`;
    });
  }

  @Post(':id/events')
  async event(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onDetail(request, reply, id, async () => {
      const values = formValues(form, ['version']);
      if (values.override !== undefined) values.override = values.override === 'true';
      await this.nominations.sendEvent(request.user!, id, await validated(NominationEventDto, values));
      return `/nominations/${id}?notice=notice.sent`;
    });
  }

  /** The deciding board accepts a dossier after its submission deadline, with the reason. */
  @Post(':id/accept-late')
  @Roles('board')
  async acceptLate(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onDetail(request, reply, id, async () => {
      await this.nominations.acceptLate(
        request.user!,
        id,
        await validated(AcceptLateDto, formValues(form, ['version'])),
      );
      return `/nominations/${id}?notice=notice.saved`;
    });
  }

  /** The board records how it handled a comment from the public notice (an internal note, listed in the minutes). */
  @Post(':id/comments/:commentId/answer')
  @Roles('board')
  async answerComment(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Param('commentId', ParseIdPipe) commentId: number,
    @Body() form: Form,
  ) {
    await this.onDetail(request, reply, id, async () => {
      const values = formValues(form, ['noticeId']);
      const comment = (await this.notices.commentsOnNomination(request.user!, id)).find((c) => c.id === commentId);
      if (!comment) throw AppError.notFound('ý kiến', 'Comment');
      await this.notices.answer(request.user!, comment.noticeId, commentId, await validated(CommentAnswerDto, values));
      return `/nominations/${id}?notice=notice.saved#comments`;
    });
  }

  /** An action on the nomination's page: a refusal shows the same page again with what went wrong at the top. */
  private onDetail(request: WebRequest, reply: FastifyReply, id: number, action: () => Promise<string>) {
    return this.pages.submitForm(request, reply, action, async (errors) => [
      'nomination',
      await this.detailModel(request, reply, id, { errors }),
    ]);
  }

  private async formModel(request: WebRequest, reply: FastifyReply, values: Record<string, unknown>) {
    const caller = request.user!;
    return this.pages.model(request, reply, 'nominations.new', 'nominations', {
      values: { proposingUnitId: String(caller.unitId), category: 'merit', ...values },
      units: await this.units.inScopeOf(caller),
      people: await this.people.inScopeOf(caller),
      ...this.nominations.formOptions(),
      errors: values.errors,
    });
  }

  private async detailModel(request: WebRequest, reply: FastifyReply, id: number, extra: Record<string, unknown> = {}) {
    const page = await this.nominations.detail(request.user!, id);
    return this.pages.model(request, reply, 'nomination.title', 'nominations', {
      ...page,
      comments: await this.notices.commentsOnNomination(request.user!, id),
      canAnswer: request.user!.roles.includes('board'),
      kinds: page.attachmentKinds,
      ...extra,
    });
  }
}
