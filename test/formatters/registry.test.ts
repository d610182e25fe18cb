import {
  compareFormatNames,
  compareFormatters,
  formatNames,
  isPlanFormat,
  isValidateFormat,
  planFormatNames,
  planFormatters,
  syncFormatNames,
  syncFormatters,
  validateFormatNames,
  validateFormatters,
} from '../../src/formatters/index.js';
import type { PlanReport, ValidateReport } from '../../src/reports/types.js';
import { PLAIN, readFixture } from './golden.js';

describe('formatter registry', () => {
  test('names list exactly the registered formatters, default first', () => {
    expect([...validateFormatNames].sort()).toEqual(Object.keys(validateFormatters).sort());
    expect([...planFormatNames].sort()).toEqual(Object.keys(planFormatters).sort());
    expect([...syncFormatNames].sort()).toEqual(Object.keys(syncFormatters).sort());
    expect([...compareFormatNames].sort()).toEqual(Object.keys(compareFormatters).sort());
    expect(formatNames).toEqual({ validate: validateFormatNames, plan: planFormatNames, sync: syncFormatNames, compare: compareFormatNames });
    expect(compareFormatNames[0]).toBe('stylish');
    expect(syncFormatNames[0]).toBe('stylish');
    expect(validateFormatNames[0]).toBe('stylish');
    expect(planFormatNames[0]).toBe('stylish');
  });

  test.each([
    ['sarif', true, true],
    ['markdown', false, true],
    ['toString', false, false],
    ['', false, false],
  ])('%j: validate %s, plan %s', (name, validate, plan) => {
    expect(isValidateFormat(name)).toBe(validate);
    expect(isPlanFormat(name)).toBe(plan);
  });

  test('formatters are pure: same output twice, report untouched, newline-terminated', () => {
    const validate = readFixture<ValidateReport>('validate-report.json');
    const plan = readFixture<PlanReport>('plan-report.json');
    const [validateCopy, planCopy] = [structuredClone(validate), structuredClone(plan)];
    for (const format of validateFormatNames) {
      const first = validateFormatters[format](validate, PLAIN);
      expect(validateFormatters[format](validate, PLAIN)).toBe(first);
      expect(first.endsWith('\n') && !first.endsWith('\n\n')).toBe(true);
    }
    for (const format of planFormatNames) {
      const first = planFormatters[format](plan, PLAIN);
      expect(planFormatters[format](plan, PLAIN)).toBe(first);
      expect(first.endsWith('\n') && !first.endsWith('\n\n')).toBe(true);
    }
    expect(validate).toEqual(validateCopy);
    expect(plan).toEqual(planCopy);
  });

  test('colour appears only when asked for', () => {
    const validate = readFixture<ValidateReport>('validate-report.json');
    const plan = readFixture<PlanReport>('plan-report.json');
    for (const format of validateFormatNames) expect(validateFormatters[format](validate, PLAIN)).not.toContain('\u001b[');
    for (const format of planFormatNames) expect(planFormatters[format](plan, PLAIN)).not.toContain('\u001b[');
    expect(validateFormatters.stylish(validate, { ...PLAIN, color: true })).toContain('\u001b[31m');
    // Machine formats never colour.
    for (const format of ['json', 'sarif', 'github'] as const) {
      expect(validateFormatters[format](validate, { ...PLAIN, color: true })).toBe(validateFormatters[format](validate, PLAIN));
    }
  });
});
