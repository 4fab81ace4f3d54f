import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnBuiltApp, type ProcessApp } from './helpers/process-app.js';

/** README command 1 ends in `node dist/main.js` with DEMO_DATA=true: the built app must start, load Son La and say how to sign in. */
describe('the demo start (built app)', () => {
  let app: ProcessApp | undefined;
  afterAll(() => app?.stop());

  it('prints the URL and the demo logins, and the printed logins work', async () => {
    expect(existsSync('dist/main.js')).toBe(true);
    const dataDir = mkdtempSync(join(tmpdir(), 'demo-'));
    app = await spawnBuiltApp({ DATA_DIR: dataDir, DEMO_DATA: 'true', NODE_ENV: 'development' }, 'ban.tdkt');
    const output = app.output();
    const port = new URL(app.url).port;
    expect(output).toContain(`Listening on http://localhost:${port}`);
    const password = /password for all: (\S+)\)/.exec(output)?.[1];
    expect(password).toBeDefined();
    expect(existsSync(join(dataDir, 'emulation.sqlite'))).toBe(true);
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'sonn.vanthu', password }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const units = await fetch(`http://127.0.0.1:${port}/api/units?pageSize=200`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const all = (
      (await units.json()) as {
        items: { id: number; name: string; parentId: number | null; active: boolean; mergedIntoId: number | null }[];
      }
    ).items;
    const names = all.map((unit) => unit.name);
    expect(names).toEqual(expect.arrayContaining(['Tỉnh Sơn La', 'Sở Nội vụ', 'Xã Hua La', 'Huyện Quỳnh Nhai']));
    // The province as of 2026: districts gone (communes directly under the province), departments merged in 2025.
    const named = (name: string) => all.find((unit) => unit.name === name)!;
    const province = named('Tỉnh Sơn La');
    expect(named('Huyện Quỳnh Nhai')).toMatchObject({ active: false, mergedIntoId: province.id });
    expect(named('Xã Mường Giàng')).toMatchObject({ active: true, parentId: province.id });
    expect(named('Sở Nông nghiệp và Phát triển nông thôn')).toMatchObject({
      active: false,
      mergedIntoId: named('Sở Nông nghiệp và Môi trường').id,
    });
    const me = (await (
      await fetch(`http://127.0.0.1:${port}/api/users/me`, { headers: { authorization: `Bearer ${accessToken}` } })
    ).json()) as { unitId: number };
    expect(me.unitId).toBe(named('Sở Nông nghiệp và Môi trường').id);
    // Son La's 2024 movement (Directive 01/CT-UBND) with every target line of the directive.
    const headers = { authorization: `Bearer ${accessToken}` };
    const movements = (await (
      await fetch(`http://127.0.0.1:${port}/api/movements?year=2024&pageSize=50`, { headers })
    ).json()) as {
      items: { id: number; title: string; launchDocument: string | null; state: string; phase: string }[];
    };
    const directive = movements.items.find((movement) => movement.launchDocument?.includes('01/CT-UBND'));
    expect(directive).toMatchObject({ title: 'Phong trào thi đua năm 2024 của tỉnh Sơn La', state: 'launched' });
    expect(movements.items.length).toBeGreaterThan(10);
    // Every title in Vietnamese, and the 2024 movements, ended, await their evaluation.
    expect(
      movements.items.filter((movement) => !/[àáảãạăâđèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]/i.test(movement.title)),
    ).toEqual([]);
    expect(new Set(movements.items.map((movement) => movement.phase))).toEqual(new Set(['awaiting_evaluation']));
    const targets = (await (
      await fetch(`http://127.0.0.1:${port}/api/movements/${directive!.id}/targets`, { headers })
    ).json()) as {
      code: string;
      latestValue: number | null;
    }[];
    expect(targets).toHaveLength(33);
    expect(targets.find((target) => target.code === 'T13b')).toMatchObject({ latestValue: 65 });
  });
});
