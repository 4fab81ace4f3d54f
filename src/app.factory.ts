import 'reflect-metadata';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { setPublicChecksPerMinute } from './decisions/verification-rate-limit.js';
import helmet from 'helmet';
import { ConsoleLogger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { completeOpenApi } from './openapi.js';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AppModule } from './app.module.js';
import { AppError, ErrorCode } from './common/app-error.js';
import { ErrorFilter } from './common/error.filter.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig } from './config/app-config.js';
import { TEMPLATES_DIR } from './documents/renderer.js';
import { CSRF_COOKIE } from './auth/web-session.js';
import { WebErrorFilter } from './web/web-pages.js';

function logger(config: AppConfig): LoggerService | false {
  if (config.env === 'test') return new ConsoleLogger({ logLevels: ['error', 'fatal'] });
  if (config.env === 'production') return new ConsoleLogger({ json: true });
  // The demo start stays readable: warnings and errors only (main.ts prints the URL and logins itself).
  return new ConsoleLogger({ logLevels: ['warn', 'error', 'fatal'] });
}

/** Builds the whole app (HTTP, pipes, filter, OpenAPI) for main.ts and the e2e tests alike. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) =>
      (request.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID(),
    logger: config.env === 'production' ? { level: 'info', redact: ['req.headers.authorization'] } : false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: logger(config),
    abortOnError: false,
  });
  // Security headers from helmet, built once: @fastify/helmet rebuilt its middleware on every request (4 % of a read).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI needs inline styles and scripts from its own bundle.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // Offices reach the app over plain HTTP on their own network too: never rewrite requests to HTTPS.
        upgradeInsecureRequests: null,
      },
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) =>
      securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
    );
  // Only routes that opt in (config.rateLimit) are limited: login, per client address and username, so guessing one
  // account's password is slowed down without locking out colleagues behind the same office NAT.
  setPublicChecksPerMinute(config.publicChecksPerMinute);
  await app.register(rateLimit, {
    global: false,
    hook: 'preHandler',
    max: config.loginRateLimit.attempts,
    timeWindow: config.loginRateLimit.windowSeconds * 1000,
    keyGenerator: (request) => {
      const username = (request.body as { username?: unknown } | undefined)?.username;
      return `${request.ip}|${typeof username === 'string' ? username.toLowerCase() : ''}`;
    },
    errorResponseBuilder: (_request, context) => {
      const minutes = Math.max(1, Math.ceil(context.ttl / 60_000));
      return new AppError(
        ErrorCode.TooManyRequests,
        `Đăng nhập sai quá nhiều lần; vui lòng thử lại sau ${minutes} phút`,
        `Too many sign-in attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      );
    },
  });
  // Web pages: the session cookie, and CSRF tokens whose secret lives in a signed cookie (checked by the AuthGuard). The
  // cookie-signing key is derived from the JWT secret, so there is one secret to configure and rotate.
  await app.register(cookie, {
    secret: createHash('sha256').update(`cookies:${config.jwt.secret}`).digest('hex'),
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure: 'auto' },
  });
  app.useStaticAssets({ root: join(TEMPLATES_DIR, 'views', 'assets'), prefix: '/assets/', decorateReply: false });
  // Dossier uploads: one file per request, larger than the limit → 413.
  await app.register(multipart, { limits: { fileSize: config.attachmentMaxBytes, files: 1, fields: 10, parts: 12 } });
  app.useGlobalPipes(createValidationPipe());
  // Also answers what fails in Fastify's hooks (the login rate limit): Nest installs Fastify's error handler to run it.
  app.useGlobalFilters(new ErrorFilter(app.get(WebErrorFilter)));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });

  const document = completeOpenApi(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Thi đua, khen thưởng — Emulation and commendation API')
        .setDescription(
          'Movements, targets, nominations, council sessions, decisions and certificates for a provincial government. ' +
            'Errors share one shape: {statusCode, error, message, ...}.',
        )
        .setVersion('0.1.0')
        .addBearerAuth()
        .build(),
    ),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
