/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The benchmark's generated repositories (tens of thousands of files) are not tests.
  modulePathIgnorePatterns: ['<rootDir>/test/bench/.work/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/bench/'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^(\\.{1,2}/.*)\\.cjs$': '$1.cts' },
  // src/parse/bundled-require.cts is CommonJS on purpose (see there): compiled by ts-jest as such.
  moduleFileExtensions: ['ts', 'cts', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.c?ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testTimeout: 60000,
};
