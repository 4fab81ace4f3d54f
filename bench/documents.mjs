// Benchmarks of the official documents and the yearly report: each figure measured side by side with its reference in
// the same run.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../dist/config/app-config.js';
import { vietnameseDate } from '../dist/documents/format.js';
import { PdfService } from '../dist/documents/pdf.service.js';
import { DocumentRenderer } from '../dist/documents/renderer.js';
import { scaleDatabase, SECONDS, startScaleApp } from './lib.mjs';

const certificate = (index) => ({
  official: 'Chủ tịch Ủy ban nhân dân tỉnh Sơn La',
  award: { name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', kind: 'form' },
  recipient: { name: `Lò Thị Mai ${index}`, position: 'Chuyên viên', unit: 'Sở Nông nghiệp & Môi trường' },
  achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Đoàn kết, sáng tạo" năm 2024',
  decision: { number: '125/QĐ-UBND', signedOn: '2024-01-03', signerName: 'Nguyễn Đình Việt', signerTitle: 'Chủ tịch' },
  goldenBookNumber: index,
  place: 'Sơn La',
});

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
const escape = (value) => String(value).replace(/[&<>"'`=]/g, (character) => ESCAPES[character]);

/** The certificate written by hand as a template literal, with the same escaping and date helper as the template. */
function literalCertificates() {
  const template = readFileSync('templates/documents/certificate.hbs', 'utf8');
  const head = template.slice(0, template.indexOf('  {{#each certificates}}'));
  const tail = '</body>\n</html>\n';
  return (model) =>
    head +
    model.certificates
      .map(
        (c) => `  <section class="sheet"><div class="frame">
    <div class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
    <div class="motto">Độc lập - Tự do - Hạnh phúc</div>
    <div class="official">${escape(c.official)}</div>
    <div class="give">${c.award.kind === 'title' ? 'TẶNG DANH HIỆU' : 'TẶNG'}</div>
    <div class="award">${escape(c.award.name)}</div>
    <div class="recipient">${escape(c.recipient.name)}</div>
    ${c.recipient.position ? `<div class="detail">${escape(c.recipient.position)}</div>` : ''}
    ${c.recipient.unit ? `<div class="detail">${escape(c.recipient.unit)}</div>` : ''}
    <div class="achievement">Đã có thành tích: ${escape(c.achievement)}</div>
    <div class="bottom">
      <div class="left">
        <div>Quyết định số ${escape(c.decision.number)}, ${escape(vietnameseDate(c.decision.signedOn))}</div>
        <div>Số sổ vàng: ${escape(c.goldenBookNumber)}</div>
      </div>
      <div class="right">
        <div><em>${escape(c.place)}, ${escape(vietnameseDate(c.decision.signedOn))}</em></div>
        <div class="signer-title">${escape(c.decision.signerTitle)}</div>
        <div class="signer-name">${escape(c.decision.signerName)}</div>
      </div>
    </div>
  </div></section>
`,
      )
      .join('') +
    tail;
}

function rate(fn, seconds = SECONDS / 3) {
  let count = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    fn(count);
    count++;
  }
  return count / seconds;
}

/** Certificate HTML renders per second: the compiled template against the template literal, identical output. */
function certificateRender() {
  const renderer = new DocumentRenderer();
  const literal = literalCertificates();
  const model = { certificates: [certificate(1)] };
  const viaTemplate = renderer.render('certificate', model);
  if (viaTemplate !== literal(model)) throw new Error('The template literal does not produce the template’s HTML');
  // Alternating rounds, best of each, so that neither side is favoured by running first or by the JIT warming up.
  const best = { template: 0, literal: 0 };
  for (let round = 0; round < 3; round++) {
    best.template = Math.max(
      best.template,
      rate(() => renderer.render('certificate', model)),
    );
    best.literal = Math.max(
      best.literal,
      rate(() => literal(model)),
    );
  }
  return best;
}

/** Certificates per second into PDF with a warm browser: a decision's 50 certificates in one PDF, and one per PDF. */
async function certificatePdfs() {
  const renderer = new DocumentRenderer();
  const pdf = new PdfService(loadConfig({ ...process.env, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }));
  const single = renderer.render('certificate', { certificates: [certificate(1)] });
  const batch = renderer.render('certificate', { certificates: Array.from({ length: 50 }, (_, i) => certificate(i)) });
  await pdf.print(single);
  let batched = 0;
  let start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    await pdf.print(batch);
    batched += 50;
  }
  const batchedRate = batched / ((performance.now() - start) / 1000);
  let singles = 0;
  start = performance.now();
  await Promise.all(
    [0, 1].map(async () => {
      while (performance.now() - start < SECONDS * 1000) {
        await pdf.print(single);
        singles++;
      }
    }),
  );
  const singleRate = singles / ((performance.now() - start) / 1000);
  await pdf.onModuleDestroy();
  return { batchedRate, singleRate };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The yearly report over the national dataset (npm run seed:scale, 1M nominations; SCALE_SQLITE names an existing file)
 * through the app's HTTP endpoint, against the raw SQL it needs run by the driver directly: the counts by state, the
 * award GROUP BY with its joins, and the transition-log scan for processing times.
 */
async function yearlyReportAtScale() {
  const path = scaleDatabase();
  const year = 2025;
  const db = new Database(path, { readonly: true });
  const [{ nominations }] = db.prepare('SELECT COUNT(*) AS nominations FROM nominations').all();
  const queries = [
    db.prepare(
      `SELECT n.year, n.state, COUNT(*) FROM nominations n JOIN units u ON u.id = n.proposingUnitId
       WHERE u.path LIKE '/1/%' AND n.year IN (?, ?) GROUP BY n.year, n.state`,
    ),
    db.prepare(
      `SELECT n.year, n.awardTypeCode, n.proposingUnitId, u.name, n.nomineeKind, n.category, p.category, nu.kind, COUNT(*)
       FROM nominations n JOIN units u ON u.id = n.proposingUnitId LEFT JOIN people p ON p.id = n.personId
       LEFT JOIN units nu ON nu.id = n.nomineeUnitId
       WHERE u.path LIKE '/1/%' AND n.year IN (?, ?) AND n.state IN ('decided', 'awarded')
       GROUP BY n.year, n.awardTypeCode, n.proposingUnitId, u.name, n.nomineeKind, n.category, p.category, nu.kind`,
    ),
    db.prepare(
      `SELECT l.entityId, l.event, l.at FROM transition_log l JOIN nominations n ON n.id = l.entityId
       JOIN units u ON u.id = n.proposingUnitId
       WHERE l.workflow = 'nomination' AND l.event IN ('SUBMIT', 'RESUBMIT', 'VERIFY', 'RETURN', 'REJECT')
       AND u.path LIKE '/1/%' AND n.year = ? ORDER BY l.id`,
    ),
  ];
  const raw = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    queries[0].all(year, year - 1);
    queries[1].all(year, year - 1);
    queries[2].all(year);
    raw.push(performance.now() - start);
  }
  db.close();

  const app = await startScaleApp(path);
  const base = app.base;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'national', password: 'scale@2025' }),
  });
  const { accessToken } = await login.json();
  const timings = [];
  let report;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const response = await fetch(`${base}/api/reports/yearly?year=${year}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    report = await response.json();
    if (!response.ok) throw new Error(`report: ${response.status} ${JSON.stringify(report)}`);
    timings.push(performance.now() - start);
  }
  app.stop();
  return { nominations, app: median(timings), raw: median(raw), total: report.nominations.total };
}

/** The rows of the summary table for documents and the yearly report. */
export async function documentRows() {
  const render = certificateRender();
  const pdfs = await certificatePdfs();
  const report = await yearlyReportAtScale();
  return [
    [
      'certificate HTML render: Handlebars template vs template literal',
      `${render.template.toFixed(0)}/s`,
      `${render.literal.toFixed(0)}/s`,
      `${((render.template / render.literal) * 100).toFixed(0)} %`,
      '≥ 50 %',
    ],
    [
      'certificates into PDF, warm browser: 50 per PDF (one decision) / one per PDF, 2 pages at once',
      `${pdfs.batchedRate.toFixed(1)}/s / ${pdfs.singleRate.toFixed(1)}/s`,
      '20/s',
      `${(pdfs.batchedRate / 20).toFixed(1)}× / ${(pdfs.singleRate / 20).toFixed(1)}×`,
      '≥ 20/s',
    ],
    [
      `yearly report over ${report.nominations.toLocaleString('en')} nominations (year 2025: ${report.total.toLocaleString('en')}) vs raw GROUP BY`,
      `${report.app.toFixed(0)} ms`,
      `${report.raw.toFixed(0)} ms`,
      `${(report.app / report.raw).toFixed(2)}×`,
      '≤ 2×',
    ],
  ];
}
