import "server-only";
import { env } from "./env";
import type { PrismaClient } from "./generated/prisma/client";
import { createPrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The app's one Prisma client (kept on globalThis so `next dev` reloads don't open new pools).
 * Throws on first use when DATABASE_URL is missing or malformed.
 */
export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    globalForPrisma.prisma = createPrismaClient(DATABASE_URL, DATABASE_POOL_MAX);
  }
  return globalForPrisma.prisma;
}
