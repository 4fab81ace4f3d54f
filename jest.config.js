// Jest runs the ESM build of the code through @swc/jest (legacy decorators + metadata, as Nest needs).
// Some CommonJS dependencies require ESM-only packages; Jest's loader cannot on Node 20, so swc transforms them.
const esmOnly = [
  'content-disposition',
  'cookie',
  'light-my-request',
  'file-type',
  'strtok3',
  'token-types',
  'peek-readable',
  'uint8array-extras',
  '@tokenizer',
];
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];
const swcJs = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': swc, [`node_modules/(${esmOnly.join('|')})/.+\\.js$`]: swcJs },
  transformIgnorePatterns: [`node_modules/(?!(${esmOnly.join('|')})/)`],
  testEnvironment: 'node',
};

export default {
  // e2e files start a real app and may sign in a dozen users (scrypt): more than Jest's default 5 s.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
