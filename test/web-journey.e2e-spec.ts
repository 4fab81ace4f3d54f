import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/documents/pdf.service.js';
import { PDF } from './helpers/dossier.js';
import { fallbackFonts, inspectPdf, qrCodeOnPage } from './helpers/pdf.js';
import { startApp, type TestApp } from './helpers/test-app.js';

const SCREENS = join('test-artifacts', 'screens');
/** axe-core, run in the page: WCAG 2.1 A and AA. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PASSWORD = 'demo@2024';

/**
 * The whole journey in a real browser (Debian's Chromium), on the demo province: a department submits a nomination
 * with its dossier, the board returns it, the department fixes and resubmits it, the board verifies it, the council
 * votes on it by secret ballot, the board issues the decision and prints the certificate. Each main page is kept as a
 * screenshot in test-artifacts/screens.
 */
describe('the web interface, in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let nominationId: number;
  const dialogs: string[] = [];

  /** Every page the journey shows is kept as a screenshot and must pass axe-core's WCAG 2.1 AA rules. */
  async function shot(name: string) {
    await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
    await expectAccessible(name);
  }

  async function expectAccessible(name: string) {
    // Evaluated through the browser's debugging protocol, which the pages' Content-Security-Policy does not govern.
    if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
    const violations = (await page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} } }).then((result) =>
        result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
    )) as string[];
    expect([name, violations]).toEqual([name, []]);
  }

  async function signIn(username: string) {
    await context.clearCookies();
    await page.goto(`${t.url}/login`);
    await page.fill('#f-username', username);
    await page.fill('#f-password', PASSWORD);
    await Promise.all([page.waitForURL(`${t.url}/`), page.click('button[type=submit]')]);
  }

  /** Clicks a button that posts a form and waits for the page it leads to. */
  async function submit(selector: string) {
    await Promise.all([page.waitForNavigation(), page.click(selector)]);
  }

  /** The visible text of the first element matching the selector, once it is there. */
  async function text(selector: string): Promise<string> {
    const element = page.locator(selector).first();
    await element.waitFor();
    return element.innerText();
  }

  async function upload(kind: string, fileName: string) {
    await page.selectOption('#f-kind', kind);
    await page.setInputFiles('#f-file', { name: fileName, mimeType: 'application/pdf', buffer: PDF });
    await submit('#dossier button[type=submit]');
    expect(await text('.notice')).toContain('Đã tải tệp lên.');
  }

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    t = await startApp({ DEMO_DATA: 'true' });
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium is not installed (apt-get install chromium)');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    // The pages ask for a confirmation before a ballot or a CLOSE with ballots missing: the test reads it and agrees.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sends a signed-out visitor to the login page and refuses a wrong password in Vietnamese', async () => {
    await page.goto(`${t.url}/nominations`);
    expect(page.url()).toBe(`${t.url}/login?next=%2Fnominations`);
    await shot('01-login');
    await page.fill('#f-username', 'sonn.vanthu');
    await page.fill('#f-password', 'wrong-password');
    await submit('button[type=submit]');
    expect(await text('.errors')).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  it('lets a department create a nomination with a live eligibility check, upload its dossier and submit it', async () => {
    await signIn('sonn.vanthu');
    await shot('02-home-submitter');
    await page.goto(`${t.url}/nominations/new`);
    const person = await page.locator('#f-personId option', { hasText: 'Nguyễn Thị Hoa' }).getAttribute('value');
    await page.selectOption('#f-personId', person!);
    await page.selectOption('#f-awardTypeCode', 'chien_si_thi_dua_tinh');
    await page.fill('#f-year', '2023');
    await page.fill('#f-achievements', 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến bản đồ số vùng trồng cây ăn quả');
    await page.locator('#f-year').dispatchEvent('change');
    expect(await text('#eligibility p.eligible')).toBe('Đủ điều kiện theo quy định.');
    expect(await text('#eligibility')).toContain('Đủ điều kiện theo quy định.');
    await shot('03-nomination-form');
    await submit('form[data-eligibility] button[type=submit]');
    nominationId = Number(/\/nominations\/(\d+)/.exec(page.url())![1]);
    expect(await text('h1')).toContain('Nguyễn Thị Hoa');
    expect(await text('.notice')).toContain('Đã lưu.');

    // SUBMIT is refused while parts are missing, with the missing parts named.
    await submit('button[data-event=SUBMIT]');
    expect(await text('.errors')).toContain('Hồ sơ thiếu: Biên bản');
    for (const kind of ['submission', 'achievement_report', 'review_minutes', 'initiative_confirmation'])
      await upload(kind, `${kind}.pdf`);
    await submit('button[data-event=SUBMIT]');
    expect(await text('.state')).toBe('Đã trình, chờ thẩm định');
    await shot('04-nomination-submitted');
  });

  it('lets the board find it in its queue and return it with a comment the department then reads', async () => {
    await signIn('ban.tdkt');
    expect(await text('#h-queue + .table-wrap')).toContain('Nguyễn Thị Hoa');
    expect(await text('#h-queue + .table-wrap')).toContain('20');
    await shot('05-home-board');
    // On a tablet the same page falls to one column and nothing overflows sideways.
    await page.setViewportSize({ width: 768, height: 1024 });
    await shot('05b-home-board-tablet');
    const overflow = await page.evaluate(() => {
      const root = (
        globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
      ).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${t.url}/nominations/${nominationId}`);
    await page.fill('#c-RETURN', 'Đề nghị bổ sung biên bản bình xét có chữ ký');
    await submit('button[data-event=RETURN]');
    expect(await text('.state')).toBe('Trả lại để bổ sung');

    await signIn('sonn.vanthu');
    expect(await text('#h-needs + .table-wrap')).toContain('Nguyễn Thị Hoa');
    // The header counts the unread notification; the inbox says why the dossier came back and leads to it.
    expect(await text('a.inbox .count')).toBe('1');
    await page.click('a.inbox');
    await page.waitForURL(`${t.url}/notifications`);
    expect(await text('tr.unread')).toContain('Đề nghị bổ sung biên bản bình xét có chữ ký');
    await shot('05c-inbox');
    await submit('tr.unread button[data-notification]');
    expect(page.url()).toBe(`${t.url}/nominations/${nominationId}`);
    expect(await text('main > [role=alert]')).toContain('Đề nghị bổ sung biên bản bình xét có chữ ký');
    expect(await page.locator('a.inbox .count').count()).toBe(0);
    await shot('05d-nomination-returned');
    expect(await text('.timeline')).toContain('Đề nghị bổ sung biên bản bình xét có chữ ký');
    await page.fill('#f-achievements', 'Hoàn thành xuất sắc nhiệm vụ; đã bổ sung biên bản bình xét có chữ ký');
    await submit('#h-edit ~ form button[type=submit]');
    expect(await text('.notice')).toContain('Đã lưu.');
    await upload('review_minutes', 'bien-ban-da-ky.pdf');
    await submit('button[data-event=RESUBMIT]');
    expect(await text('.state')).toBe('Đã trình, chờ thẩm định');
  });

  it('lets the board verify it and put it on a council session’s agenda', async () => {
    await signIn('ban.tdkt');
    await page.goto(`${t.url}/nominations/${nominationId}`);
    expect(await text('#h-eligibility ~ p.eligible')).toBe('Đủ điều kiện theo quy định.');
    await submit('button[data-event=VERIFY]');
    expect(await text('.state')).toBe('Đã thẩm định');
    await shot('06-nomination-verified');

    // The board posts it for public comment; a member of the public reads the notice on a phone and comments.
    await page.goto(`${t.url}/council/sessions`);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/public-notices/new"]')]);
    await page.fill('#f-title', 'Công khai danh sách đề nghị khen thưởng năm 2023');
    const inTwoWeeks = new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.fill('#f-endsOn', inTwoWeeks);
    await page.check(`#n-${nominationId}`);
    await shot('06-notice-new');
    await submit('main form button[type=submit]');
    const noticeUrl = page.url().replace(/\?.*$/, '');
    expect(noticeUrl).toMatch(/\/cong-khai\/\d+$/);
    await page.context().clearCookies();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${t.url}/cong-khai`);
    await shot('06-notices-public');
    await Promise.all([page.waitForNavigation(), page.click(`a[href="${new URL(noticeUrl).pathname}"]`)]);
    expect(await text('main')).toContain('Nguyễn Thị Hoa');
    await page.fill('#f-text', 'Đề nghị làm rõ thành tích năm 2023 của chị Hoa');
    await page.fill('#f-authorName', 'Một người dân');
    await submit('main form button[type=submit]');
    expect(await text('.notice')).toBe('Đã nhận ý kiến của bạn. Xin cảm ơn.');
    await shot('06-notice-commented');
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn('ban.tdkt');
    await page.goto(`${t.url}/nominations/${nominationId}`);
    expect(await text('#h-comments ~ .comment')).toContain('Đề nghị làm rõ thành tích năm 2023 của chị Hoa');
    await page.fill('#h-comments ~ .comment textarea', 'Đã đối chiếu hồ sơ: thành tích đúng');
    await submit('#h-comments ~ .comment button[type=submit]');
    expect(await text('#h-comments ~ .comment')).toContain('Đã đối chiếu hồ sơ: thành tích đúng');

    await page.goto(`${t.url}/council/sessions/new`);
    await page.fill('#f-title', 'Phiên họp xét khen thưởng năm 2023');
    await page.check(`#n-${nominationId}`);
    await submit('main form button[type=submit]');
    expect(await text('h1')).toBe('Phiên họp xét khen thưởng năm 2023');
    expect(await text('#h-agenda ~ .table-wrap')).toContain('Nguyễn Thị Hoa');
  });

  it('lets the council open the session, vote by secret ballot and close it', async () => {
    const sessionUrl = page.url().replace(/\?.*$/, '');
    await signIn('chutich.hd');
    await page.goto(sessionUrl);
    await submit('button[data-event=OPEN]');
    expect(await text('p .state')).toBe('Đang họp');
    await shot('07-council-ballot');
    // Nothing is chosen for the member: a ballot sent as it is, is refused, naming what is missing.
    await submit('#h-ballot ~ form button[type=submit]');
    expect(await text('.errors')).toContain('Chưa bỏ phiếu cho');
    for (const choice of await page.locator('#h-ballot ~ form input[value=approve]').all()) await choice.check();
    await submit('#h-ballot ~ form button[type=submit]');
    expect(dialogs.at(-1)).toContain('Xác nhận phiếu bầu của bạn');
    expect(dialogs.at(-1)).toContain('Tán thành');
    expect(await text('.notice')).toContain('Đã ghi nhận phiếu của bạn.');

    await signIn('uyvien.hd');
    expect(await text('#h-vote')).toBe('Chờ tôi bỏ phiếu');
    await page.goto(sessionUrl);
    for (const choice of await page.locator('#h-ballot ~ form input[value=approve]').all()) await choice.check();
    await submit('#h-ballot ~ form button[type=submit]');
    await submit('button[data-event=CLOSE]');
    expect(await text('#h-agenda ~ .table-wrap')).toContain('Đạt');
    expect(await text('#h-agenda ~ .table-wrap')).toContain('100,0%');
    await shot('08-council-results');
  });

  it('lets the board submit a Tờ trình, issue the decision it asks for and download every certificate as a PDF', async () => {
    await signIn('ban.tdkt');
    await page.goto(`${t.url}/decisions`);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/proposals"]')]);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/proposals/new"]')]);
    await shot('09-proposal-new');
    await page.fill('#f-number', '14/TTr-SNV');
    await page.fill('#f-signerName', 'Lò Văn Minh');
    await page.fill('#f-signerTitle', 'GIÁM ĐỐC');
    await page.check(`#n-${nominationId}`);
    await submit('main form button[type=submit]');
    expect(await text('h1')).toBe('Tờ trình số 14/TTr-SNV');
    expect(await text('#h-list ~ .table-wrap')).toContain('Nguyễn Thị Hoa');
    await shot('09-proposal');
    await Promise.all([page.waitForNavigation(), page.click('a[href^="/decisions/new?proposalId="]')]);
    expect(await page.isChecked(`#n-${nominationId}`)).toBe(true);
    await page.fill('#f-number', '15/QĐ-UBND');
    await page.fill('#f-signerName', 'Nguyễn Đình Việt');
    await page.fill('#f-signerTitle', 'CHỦ TỊCH');
    await page.check(`#n-${nominationId}`);
    await submit('main form button[type=submit]');
    expect(await text('h1')).toBe('Số quyết định 15/QĐ-UBND');
    expect(await text('#h-awards ~ .table-wrap')).toContain('Nguyễn Thị Hoa');
    await shot('09-decision');
    // The decision cites the Tờ trình it answers.
    const decisionHtml = await (
      await page.request.get(
        `${t.url}${await page.getAttribute('a[href$="/document?format=pdf"]', 'href')}`.replace(
          'format=pdf',
          'format=html',
        ),
      )
    ).text();
    expect(decisionHtml).toContain('tại Tờ trình số 14/TTr-SNV');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download=certificates]')]);
    const path = join('test-artifacts', 'web-certificates.pdf');
    await download.saveAs(path);
    const pdf = inspectPdf(readFileSync(path));
    expect([pdf.width, pdf.height]).toEqual([842, 595]);
    expect(pdf.text).toContain('Nguyễn Thị Hoa');
    expect(pdf.text).toContain('CHIẾN SĨ THI ĐUA');
    expect(fallbackFonts(pdf)).toEqual([]);

    // The same certificates printed in the background: the page follows the progress and then offers the kept PDF.
    await submit('form[action$="/prints"] button[type=submit]');
    expect(await text('.notice')).toContain('Đã đưa vào hàng đợi in');
    await page.waitForSelector('#h-prints ~ .table-wrap a:text("Tải PDF")', { timeout: 30_000 });
    expect(await text('#h-prints ~ .table-wrap')).toContain('Đã in xong');
    await shot('09-decision-print');

    // A member of the public scans the certificate's QR code and opens its check, without signing in.
    const verifyPath = new URL(qrCodeOnPage(readFileSync(path), 1)!).pathname;
    expect(verifyPath).toMatch(/^\/verify\/[A-Za-z0-9_-]{16,32}$/);
    await page.context().clearCookies();
    await page.goto(`${t.url}${verifyPath}`);
    expect(await text('.verify-status')).toBe('Khen thưởng còn hiệu lực.');
    expect(await text('.verify dl')).toContain('Nguyễn Thị Hoa');
    await shot('09-verify');
    await signIn('ban.tdkt');
  });

  it('shows movements with progress, the yearly report with charts, and the admin pages, in Vietnamese or English', async () => {
    await page.goto(`${t.url}/movements`);
    expect(await text('tbody tr')).toContain('Đã kết thúc, chờ đánh giá');
    await shot('10-movements');
    await Promise.all([page.waitForNavigation(), page.click('text=Phong trào thi đua năm 2024 của tỉnh Sơn La')]);
    expect(await page.locator('[role=progressbar]').count()).toBeGreaterThan(20);
    await shot('11-movement-targets');
    // The 2023 nomination was decided today: awards count in the year of their decision.
    const decisionYear = new Date().toISOString().slice(0, 4);
    await page.goto(`${t.url}/reports/yearly?year=${decisionYear}`);
    expect(await text('.stats')).toContain('Khen thưởng đã có quyết định');
    expect(await page.locator('svg[role=img] rect').count()).toBeGreaterThan(0);
    await shot('12-yearly-report');
    await Promise.all([page.waitForNavigation(), page.click('a[lang=en]')]);
    expect(await text('h1')).toBe(`Emulation and commendation report for ${decisionYear}`);
    await Promise.all([page.waitForNavigation(), page.click('a[lang=vi]')]);
    await signIn('admin.sonla');
    for (const [path, name] of [
      ['/admin/units', '13-admin-units'],
      ['/admin/users', '14-admin-users'],
      ['/admin/people', '15-admin-people'],
    ]) {
      await page.goto(`${t.url}${path}`);
      await shot(name);
    }
    await page.setInputFiles('#f-file', {
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'fullName,gender,birthYear,position,unitCode,category\nLò Thị Xuân,female,1990,Kế toán,NOPE,worker\n',
      ),
    });
    await submit('main form button[type=submit]');
    expect(await text('.errors')).toContain('Dòng 2');
  });

  it('lets the board set a target that a department reports on with evidence, register for it, and rank a cluster', async () => {
    await signIn('ban.tdkt');
    await page.goto(`${t.url}/movements`);
    await Promise.all([page.waitForNavigation(), page.click('text=Phong trào thi đua năm 2024 của tỉnh Sơn La')]);
    const movementUrl = page.url();
    const agriculture = await page
      .locator('#t-assignee option', { hasText: 'Nông nghiệp' })
      .first()
      .getAttribute('value');
    await page.fill('#t-code', 'NN-99');
    await page.fill('#t-name', 'Số xã đạt chuẩn nông thôn mới nâng cao');
    await page.fill('#t-unit', 'xã');
    await page.fill('#t-value', '12');
    await page.selectOption('#t-assignee', agriculture!);
    await submit('form[action$="/targets"] button[type=submit]');
    expect(await text('.notice')).toBe('Đã lưu.');
    await Promise.all([page.waitForNavigation(), page.click('a:text("NN-99")')]);
    const targetUrl = page.url();
    expect(await text('main p .state')).toBe('Đã giao');

    // The department reports its progress, attaches the evidence, and registers with a commitment.
    await signIn('sonn.vanthu');
    await page.goto(targetUrl);
    await page.fill('#p-period', '2024');
    await page.fill('#p-value', '13');
    await page.fill('#p-note', 'Theo báo cáo của Văn phòng Điều phối');
    await submit('form[action$="/reports"] button[type=submit]');
    await page.setInputFiles('input[type=file]', { name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: PDF });
    await submit('form[action*="/evidence"] button[type=submit]');
    expect(await text('#h-reports ~ .table-wrap')).toContain('bao-cao.pdf');
    await shot('11-target-report');
    await page.goto(movementUrl);
    await page.fill('#r-commitment', 'Phấn đấu hoàn thành xuất sắc nhiệm vụ năm 2024');
    await page.selectOption('#r-award', 'lao_dong_tien_tien');
    await submit('form[action$="/registrations"] button[type=submit]');
    expect(await text('.notice')).toBe('Đã ghi nhận đăng ký thi đua.');
    expect(await text('#h-registrations ~ .table-wrap')).toContain('Phấn đấu hoàn thành xuất sắc');

    // The board evaluates the target: 13 of 12 is achieved.
    await signIn('ban.tdkt');
    await page.goto(targetUrl);
    await submit('button[data-event=EVALUATE]');
    expect(await text('main p .state')).toBe('Đạt');
    await shot('11-target-evaluated');

    // A cluster of two departments: scored, ranked, and the first recognised as leading.
    await page.goto(`${t.url}/clusters`);
    await page.fill('#c-name', 'Cụm thi đua các sở kinh tế');
    await page.fill('#c-year', '2024');
    await page.locator('fieldset input[type=checkbox]').nth(1).check();
    await page.locator('fieldset input[type=checkbox]').nth(2).check();
    await submit('form[method=post][action="/clusters"] button[type=submit]');
    for (const [index, score] of [
      [0, '95,5'],
      [1, '97'],
    ] as const) {
      await page.selectOption('#s-unit', { index });
      await page.fill('#s-score', score);
      await submit('form[action$="/scores"] button[type=submit]');
    }
    expect(await page.locator('form[action$="/leader"]').count()).toBe(1);
    await submit('form[action$="/leader"] button[type=submit]');
    expect(await text('#h-ranking ~ .table-wrap tbody tr')).toContain('Dẫn đầu');
    await shot('11-cluster-ranking');
  });

  it('lets an administrator rename the province and lock a user out, and a clerk correct a rating that changes eligibility', async () => {
    await signIn('admin.sonla');
    await page.goto(`${t.url}/admin/units`);
    await Promise.all([page.waitForNavigation(), page.click('main table a >> text="Tỉnh Sơn La"')]);
    await page.fill('#f-name', 'Ủy ban nhân dân tỉnh Sơn La');
    await submit('form[action^="/admin/units/"]:not([action$="/merge"]) button[type=submit]');
    expect(await text('.notice')).toContain('Đã lưu.');
    expect(await text('h1')).toBe('Ủy ban nhân dân tỉnh Sơn La');
    await shot('16-admin-unit');

    await page.goto(`${t.url}/admin/users`);
    await Promise.all([page.waitForNavigation(), page.click('main table a >> text="xa.huala"')]);
    await page.check('#a-false');
    await submit('form[action^="/admin/users/"]:not([action$="/password"]) button[type=submit]');
    expect(await text('#a-false:checked + label')).toBe('Đã khóa');
    await shot('17-admin-user');
    await context.clearCookies();
    await page.goto(`${t.url}/login`);
    await page.fill('#f-username', 'xa.huala');
    await page.fill('#f-password', PASSWORD);
    await submit('button[type=submit]');
    expect(await text('.errors')).toContain('Tên đăng nhập hoặc mật khẩu không đúng');

    // The clerk records a 2025 rating for Cầm Thị Mai, which leaves a nomination for that year ineligible…
    await signIn('sonn.vanthu');
    await page.goto(`${t.url}/people?q=${encodeURIComponent('cam thi mai')}`);
    await Promise.all([page.waitForNavigation(), page.click('main table a >> text="Cầm Thị Mai"')]);
    const personId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.fill('#f-year', '2025');
    await page.selectOption('#f-rating', 'not_completed');
    await submit('form[action$="/evaluations"] button[type=submit]');
    const token = (await t.http().post('/api/auth/login').send({ username: 'sonn.vanthu', password: PASSWORD })).body
      .accessToken as string;
    const me = (await t.http().get('/api/users/me').set('Authorization', `Bearer ${token}`)).body;
    const created = await t
      .http()
      .post('/api/nominations')
      .set('Authorization', `Bearer ${token}`)
      .send({
        year: 2025,
        awardTypeCode: 'lao_dong_tien_tien',
        proposingUnitId: me.unitId,
        personId,
        achievements: 'Hoàn thành tốt nhiệm vụ năm 2025',
      })
      .expect(201);
    await page.goto(`${t.url}/nominations/${created.body.id}`);
    expect(await text('#h-eligibility ~ p')).toContain('Chưa đủ điều kiện');

    // …until the clerk corrects the rating, with the reason, on the person's page.
    await page.goto(`${t.url}/people/${personId}`);
    const correction = page.locator('details.record-correction:has(button[data-correct-rating="2025"])');
    await correction.locator('summary').click();
    await correction.locator('select').selectOption('good');
    await correction.locator('input[name=reason]').fill('Nhập nhầm mức xếp loại năm 2025');
    await Promise.all([page.waitForNavigation(), correction.locator('button[type=submit]').click()]);
    expect(await text('.notice')).toContain('Đã lưu.');
    await shot('18-person');
    await page.goto(`${t.url}/nominations/${created.body.id}`);
    expect(await text('#h-eligibility ~ p')).toContain('Đủ điều kiện theo quy định.');
  });

  it('keeps every other page accessible too (WCAG 2.1 AA), for the board and the administrator', async () => {
    const pages: [user: string, path: string][] = [
      ['ban.tdkt', '/'],
      ['ban.tdkt', '/nominations'],
      ['ban.tdkt', '/council/sessions'],
      ['ban.tdkt', '/council/sessions/new'],
      ['ban.tdkt', '/decisions'],
      ['ban.tdkt', '/decisions/new'],
      ['ban.tdkt', '/proposals'],
      ['ban.tdkt', '/register?q=nguyen%20thi%20hoa'],
      ['ban.tdkt', '/public-notices/new'],
      ['ban.tdkt', '/register/import'],
      ['ban.tdkt', '/notifications'],
      ['ban.tdkt', '/clusters'],
      ['ban.tdkt', '/notifications?unread=true'],
      ['ban.tdkt', '/people?q=nguyen'],
      ['ban.tdkt', '/admin/audit'],
      ['ban.tdkt', '/units/1'],
      ['ban.tdkt', '/no-such-page'],
      ['admin.sonla', '/'],
      ['admin.sonla', '/admin/audit?entityType=user'],
      ['admin.sonla', '/account/password'],
      ['admin.sonla', '/admin/holidays?year=2027'],
      ['sonn.vanthu', '/nominations/new'],
    ];
    let signedIn = '';
    for (const [index, [user, path]] of pages.entries()) {
      if (user !== signedIn) await signIn((signedIn = user));
      await page.goto(`${t.url}${path}`);
      await shot(
        `${String(19 + index).padStart(2, '0')}-${user}-${path.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'home'}`,
      );
    }
  });
});
