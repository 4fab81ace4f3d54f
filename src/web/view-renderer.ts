import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findAwardType } from '../award-types/catalogue.js';
import { vietnameseNumber, vietnamesePercent } from '../documents/format.js';
import { TEMPLATES_DIR } from '../documents/renderer.js';
import { compileChecked } from '../documents/template-checks.js';
import { changeLines } from './audit-changes.js';
import { vietnameseDate } from '../common/time.js';
import { hasTranslation, translate, type Lang } from './i18n.js';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** 2024-01-03 → 03/01/2024; an ISO timestamp → 03/01/2024 14:05 (Vietnam time). */
export function shortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (iso.length === 10) return vietnameseDate(iso);
  const local = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString();
  return `${shortDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** What every page's model carries besides its own data. */
export interface PageModel {
  lang: Lang;
  title: string;
  user?: { displayName: string; roles: string[]; unitPath: string };
  csrf?: string;
  nav?: string;
  notice?: string;
  [field: string]: unknown;
}

/**
 * The web pages: Handlebars views in templates/views, compiled once, each rendered into layout.hbs. Every value is
 * escaped; the only triple brace is the layout's slot for the page it has just rendered itself.
 */
@Injectable()
export class ViewRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly views = new Map<string, Handlebars.TemplateDelegate>();

  constructor() {
    const h = this.handlebars;
    const lang = (options: Handlebars.HelperOptions): Lang => (options.data?.root?.lang as Lang) ?? 'vi';
    h.registerHelper('t', function (key: string, options: Handlebars.HelperOptions) {
      return translate(lang(options), key);
    });
    h.registerHelper('tk', function (prefix: string, key: string, options: Handlebars.HelperOptions) {
      return translate(lang(options), `${prefix}.${key}`);
    });
    /** A code's label where one is written, else the code itself (audit actions are open-ended). */
    h.registerHelper('codeLabel', function (prefix: string, key: string, options: Handlebars.HelperOptions) {
      return hasTranslation(`${prefix}.${key}`) ? translate(lang(options), `${prefix}.${key}`) : key;
    });
    h.registerHelper('list', (...args: unknown[]) => args.slice(0, -1));
    h.registerHelper(
      'changeLines',
      function (changes: Record<string, unknown> | null, options: Handlebars.HelperOptions) {
        return changeLines(changes, lang(options));
      },
    );
    /** A message answered in both languages (`message`, `messageEn`), in the page's. */
    h.registerHelper(
      'say',
      function (item: { message: string; messageEn?: string }, options: Handlebars.HelperOptions) {
        return lang(options) === 'en' ? (item.messageEn ?? item.message) : item.message;
      },
    );
    h.registerHelper('awardName', function (code: string, options: Handlebars.HelperOptions) {
      const type = findAwardType(code);
      return type ? (lang(options) === 'en' ? type.nameEn : type.name) : code;
    });
    h.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    h.registerHelper('includes', (list: unknown, item: unknown) => Array.isArray(list) && list.includes(item));
    h.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
    h.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
    h.registerHelper('not', (value: unknown) => !value);
    h.registerHelper('encode', (value: string) => encodeURIComponent(value ?? ''));
    h.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
    h.registerHelper('date', (iso: string | null) => shortDate(iso));
    h.registerHelper('number', (value: number | null) => vietnameseNumber(value));
    h.registerHelper('percent', (value: number | null) => vietnamesePercent(value));
    h.registerHelper('fraction', (part: number, whole: number | null) => (whole ? part / whole : 0));
    h.registerHelper('width', (rate: number | null) => Math.max(0, Math.min(100, Math.round((rate ?? 0) * 100))));
    const root = join(TEMPLATES_DIR, 'views');
    for (const file of readdirSync(join(root, 'partials')).filter((name) => name.endsWith('.hbs'))) {
      const name = basename(file, '.hbs');
      h.registerPartial(
        name,
        compileChecked(h, `partials/${name}`, readFileSync(join(root, 'partials', file), 'utf8')),
      );
    }
    for (const file of readdirSync(root).filter((name) => name.endsWith('.hbs'))) {
      const name = basename(file, '.hbs');
      this.views.set(name, compileChecked(h, name, readFileSync(join(root, file), 'utf8')));
    }
  }

  render(view: string, model: PageModel): string {
    const page = this.views.get(view);
    if (!page) throw new Error(`No view ${view}`);
    return this.views.get('layout')!({ ...model, body: page(model) });
  }
}
