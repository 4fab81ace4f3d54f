import { describe, expect, it } from '@jest/globals';
import { achievement } from './achievement.js';

describe('achievement rate by direction', () => {
  it('at_least: value ÷ target; met at or above it (GRDP growth 7.5 %)', () => {
    expect(achievement('at_least', 7.5, 7.8)).toEqual({ rate: 1.04, achieved: true });
    expect(achievement('at_least', 7.5, 6)).toEqual({ rate: 0.8, achieved: false });
    expect(achievement('at_least', 7.5, 7.5)).toEqual({ rate: 1, achieved: true });
  });

  it('at_most: target ÷ value; met at or below it (poverty rate ≤ 10 %)', () => {
    expect(achievement('at_most', 10, 8)).toEqual({ rate: 1.25, achieved: true });
    expect(achievement('at_most', 10, 12.5)).toEqual({ rate: 0.8, achieved: false });
  });

  it('about: closeness to the target, met within the tolerance (agriculture share ≈ 25 % ± 0.5)', () => {
    expect(achievement('about', 25, 25.4, 0.5)).toEqual({ rate: 0.984, achieved: true });
    expect(achievement('about', 25, 26, 0.5)).toEqual({ rate: 0.96, achieved: false });
    expect(achievement('about', 25, 25)).toEqual({ rate: 1, achieved: true });
  });

  it('never divides by zero: a zero target, a zero value, negative numbers', () => {
    expect(achievement('at_least', 0, 3)).toEqual({ rate: null, achieved: true });
    expect(achievement('at_least', -2, -3)).toEqual({ rate: null, achieved: false });
    expect(achievement('at_most', 10, 0)).toEqual({ rate: null, achieved: true });
    expect(achievement('at_most', 0, -1)).toEqual({ rate: null, achieved: true });
    expect(achievement('about', 0, 0.2, 0.5)).toEqual({ rate: null, achieved: true });
  });

  it('reports nothing while no value is known', () => {
    expect(achievement('at_least', 7.5, null)).toEqual({ rate: null, achieved: null });
    expect(achievement('at_most', 7.5, undefined)).toEqual({ rate: null, achieved: null });
    expect(achievement('about', 7.5, Number.NaN)).toEqual({ rate: null, achieved: null });
  });
});
