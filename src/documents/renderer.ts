import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileChecked } from './template-checks.js';
import {
  issuerLines,
  parentBodyLine,
  vietnameseDate,
  vietnameseNumber,
  vietnamesePercent,
  vietnameseSigned,
} from './format.js';

/** templates/ at the project root, found from this file in src/ (tests) and in dist/ (the built app) alike. */
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

/**
 * Renders the official documents from templates/documents: every template and partial is compiled once, at start, with the
 * Vietnamese helpers. Handlebars escapes every value; templates never use triple braces on data.
 */
@Injectable()
export class DocumentRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly templates = new Map<string, Handlebars.TemplateDelegate>();

  constructor() {
    const h = this.handlebars;
    h.registerHelper('date', (iso: string) => (iso ? vietnameseDate(iso) : ''));
    h.registerHelper('number', (value: number) => vietnameseNumber(value));
    h.registerHelper('signed', (value: number) => vietnameseSigned(value));
    h.registerHelper('percent', (value: number) => vietnamesePercent(value));
    h.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    h.registerHelper('upper', (text: string) => (text ?? '').toLocaleUpperCase('vi'));
    h.registerHelper('issuerLines', (name: string) => issuerLines(name ?? ''));
    h.registerHelper('parentBody', (name: string) => parentBodyLine(name ?? ''));
    const documents = join(TEMPLATES_DIR, 'documents');
    for (const file of readdirSync(join(documents, 'partials')).filter((name) => name.endsWith('.hbs'))) {
      const name = basename(file, '.hbs');
      const source = readFileSync(join(documents, 'partials', file), 'utf8');
      h.registerPartial(name, compileChecked(h, `partials/${name}`, source, { strict: true }));
    }
    for (const file of readdirSync(documents).filter((name) => name.endsWith('.hbs'))) {
      const name = basename(file, '.hbs');
      this.templates.set(name, compileChecked(h, name, readFileSync(join(documents, file), 'utf8'), { strict: true }));
    }
  }

  render(template: string, model: object): string {
    const compiled = this.templates.get(template);
    if (!compiled) throw new Error(`No template ${template}`);
    return compiled(model);
  }
}
