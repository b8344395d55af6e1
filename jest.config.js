// Two projects: node (domain, scripts, server, golden, API) and jsdom (client components).
const transform = {
  '^.+\\.tsx?$': [
    'ts-jest',
    {
      tsconfig: {
        jsx: 'react-jsx',
        module: 'commonjs',
        moduleResolution: 'node10',
        esModuleInterop: true,
        isolatedModules: true,
        resolveJsonModule: true,
      },
      diagnostics: false,
    },
  ],
};
const moduleNameMapper = {
  '^(\\.{1,2}/.*)\\.js$': '$1',
  '\\.(css|svg|png|woff2?|ttf)$': '<rootDir>/test/style-stub.cjs',
};
const common = { transform, moduleNameMapper, rootDir: '.', testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'] };

export default {
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/{domain,scripts,server,test}/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'client',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/client/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-jsdom.ts'],
    },
  ],
};
