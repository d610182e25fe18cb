import { planFormatters, validateFormatters } from '../../src/formatters/index.js';
import type { PlanReport, ValidateReport } from '../../src/reports/types.js';
import { expectGolden, PLAIN, readFixture } from './golden.js';

const validate = readFixture<ValidateReport>('validate-report.json');
const clean = readFixture<ValidateReport>('validate-clean.json');
// Ends, a related place (a key written twice) and a base's finding referred to by a second flow.
const ranges = readFixture<ValidateReport>('validate-ranges.json');
const plan = readFixture<PlanReport>('plan-report.json');
const noChanges = readFixture<PlanReport>('plan-no-changes.json');

const EXTENSIONS = { stylish: 'txt', json: 'json', sarif: 'sarif', github: 'txt', markdown: 'md' } as const;

describe('validate formatters match their goldens', () => {
  test.each(Object.keys(validateFormatters) as Array<keyof typeof validateFormatters>)('%s', (format) => {
    expectGolden(`validate.${format}.golden.${EXTENSIONS[format]}`, validateFormatters[format](validate, PLAIN));
  });

  test.each(Object.keys(validateFormatters) as Array<keyof typeof validateFormatters>)('%s, every file valid', (format) => {
    expectGolden(`validate-clean.${format}.golden.${EXTENSIONS[format]}`, validateFormatters[format](clean, PLAIN));
  });

  test.each(['sarif', 'github', 'stylish'] as const)('sarif-region-has-no-end: %s with ranges, a related place and a base referred to', (format) => {
    expectGolden(`validate-ranges.${format}.golden.${EXTENSIONS[format]}`, validateFormatters[format](ranges, PLAIN));
  });

  test('stylish with colour', () => {
    expectGolden('validate.stylish-color.golden.txt', validateFormatters.stylish(validate, { ...PLAIN, color: true }));
  });
});

describe('plan formatters match their goldens', () => {
  test.each(Object.keys(planFormatters) as Array<keyof typeof planFormatters>)('%s', (format) => {
    expectGolden(`plan.${format}.golden.${EXTENSIONS[format]}`, planFormatters[format](plan, PLAIN));
  });

  test.each(Object.keys(planFormatters) as Array<keyof typeof planFormatters>)('%s, nothing to change', (format) => {
    expectGolden(`plan-no-changes.${format}.golden.${EXTENSIONS[format]}`, planFormatters[format](noChanges, PLAIN));
  });

  test('stylish with colour', () => {
    expectGolden('plan.stylish-color.golden.txt', planFormatters.stylish(plan, { ...PLAIN, color: true }));
  });
});

describe('goldens are never written silently', () => {
  // Skipped while updating, when writing is exactly what is asked for.
  (process.env.UPDATE_GOLDEN === '1' ? test.skip : test)('a missing golden fails and says how to create it', () => {
    expect(() => expectGolden('no-such-output.golden.txt', 'anything')).toThrow(/UPDATE_GOLDEN=1/);
  });
});
