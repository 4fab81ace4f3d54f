import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { BootstrapService } from './seeds/bootstrap.service.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  app.enableShutdownHooks();
  const bootstrap = await app.get(BootstrapService).run();
  await app.listen({ port: config.port, host: '0.0.0.0' });
  const url = `http://localhost:${config.port}`;
  const line = `Listening on ${url} (API docs: ${url}/api/docs, database: ${config.database.kind})`;
  if (config.env === 'production') new Logger('Main').log(line);
  else console.log(line);
  if (bootstrap.demoLogins.length > 0) {
    const lines = bootstrap.demoLogins.map(
      (login) => `  ${login.username.padEnd(14)} ${login.roles.join(',').padEnd(30)} ${login.unit}`,
    );
    console.log(
      [
        '',
        `Demo data loaded. Open ${url} in a browser and sign in with a demo login (the API: ${url}/api/docs).`,
        `Demo logins (password for all: ${bootstrap.demoPassword}):`,
        ...lines,
        '',
      ].join('\n'),
    );
  }
}

main().catch((error: unknown) => {
  console.error('Failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
