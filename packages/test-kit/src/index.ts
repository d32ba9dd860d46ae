import './vitest-context.ts';
export { startPostgres, startTestCluster, createTestDatabase, urlFor, type TestCluster, type TestDatabase, type ClusterSetup } from './cluster.ts';
export { findFreePort } from './free-port.ts';
export { launchBrowser, expectNoSeriousA11yViolations, CHROMIUM_PATH } from './browser.ts';
export { startE2EServer, type E2EServer } from './e2e-server.ts';
export { FakeClock } from './fake-clock.ts';
export { startSmtpCapture, extractLinks, type SmtpCapture, type SmtpCaptureOptions, type CapturedMail, type SmtpRefusal } from './smtp-capture.ts';
export { decodeMail, type DecodedMail } from './mime.ts';
