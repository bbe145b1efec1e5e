import { afterAll } from "vitest";
import { assertDisposableDatabase } from "../support/database";

// Integration tests rewrite the roles table: refuse anything but a disposable database.
assertDisposableDatabase(process.env.DATABASE_URL);

afterAll(async () => {
  const g = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await g.prisma?.$disconnect();
});
