// Two projects: unit specs beside the code, API integration tests in test/ against a real PostgreSQL.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
// The credential libraries (Digital Bazaar's and the DCC's) are ESM-only. Node 20.19+ loads them from our
// CommonJS build with require(); Jest's module system cannot, so SWC rewrites them (and their ESM-only
// dependencies) to CommonJS, the same way it compiles our TypeScript.
const ESM_ONLY = ['@digitalbazaar', '@digitalcredentials', 'base58-universal', 'base64url-universal', 'ky', '@stablelib'];
const swcJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];
const common = {
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': swc, '^.+\\.js$': swcJs },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', rootDir: 'src', testRegex: '\\.spec\\.ts$' },
    {
      ...common,
      displayName: 'api',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.api-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup-env.ts'],
    },
  ],
};
