// Leaves the test database with exactly the seed catalogue, for the e2e run. Refuses non-test databases.
import { assertDisposableDatabase, resetCatalogue, testDb } from "./database";

assertDisposableDatabase(process.env.DATABASE_URL);
await resetCatalogue();
await testDb().$disconnect();
