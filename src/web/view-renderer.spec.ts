import { describe, expect, it } from '@jest/globals';
import Handlebars from 'handlebars';
import { compileChecked } from '../documents/template-checks.js';
import { ViewRenderer } from './view-renderer.js';

describe('view templates', () => {
  it('compile with every helper known and none hiding a field', () => {
    expect(() => new ViewRenderer()).not.toThrow();
  });

  it('refuses a template that names a helper where a field of that name was meant', () => {
    const h = Handlebars.create();
    h.registerHelper('number', (value: number) => String(value));
    expect(() => compileChecked(h, 'list', '{{#each rows}}{{number}}{{/each}}')).toThrow(/\{\{this\.number\}\}/);
    expect(
      compileChecked(
        h,
        'list',
        '{{#each rows}}{{this.number}} {{number count}}{{/each}}',
      )({
        rows: [{ number: '12/QĐ-UBND', count: 3 }],
      }),
    ).toBe('12/QĐ-UBND 3');
  });

  it('refuses an unknown helper at compile time', () => {
    const h = Handlebars.create();
    expect(() => compileChecked(h, 'page', '{{shout name}}')({ name: 'x' })).toThrow();
  });
});
