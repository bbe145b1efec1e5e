// Leaves the test database with exactly the seed catalogue and no job alerts, for the e2e run. Refuses non-test databases.
import { assertDisposableDatabase, resetCatalogue, testDb } from "./database";

assertDisposableDatabase(process.env.DATABASE_URL);
await resetCatalogue();
// No alerts or queued alert mails from the integration tests: the e2e server's own worker would send them.
await testDb().$executeRaw`TRUNCATE alert_subscriptions, mail_suppressions CASCADE`;
await testDb().$executeRaw`DELETE FROM auth_rate_limits WHERE key LIKE 'alert-%'`;
await testDb().$executeRawUnsafe(`DO $$ BEGIN IF to_regclass('pgboss.job') IS NOT NULL THEN DELETE FROM pgboss.job WHERE name LIKE 'alert%'; END IF; END $$`);
await testDb().$disconnect();
