/** What the server's vitest globalSetup provides to test files (`inject('testCluster')`). */
import type { TestCluster } from './cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testCluster: TestCluster;
  }
}
