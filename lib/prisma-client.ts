import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/**
 * A Prisma client over node-postgres for the given database URL. Used by the app's singleton (lib/db.ts),
 * the seed and the tests. The pool has a connect timeout because pg has none by default.
 */
export function createPrismaClient(databaseUrl: string, poolMax = 10): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: poolMax,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
