/**
 * Seeds the catalogue with the source article's roles (prisma/seed-data.ts). Idempotent: a role whose slug
 * already exists is left exactly as it is (editors may have changed it), so running the seed twice changes
 * nothing. Seeded roles are published. Reads DATABASE_URL; prints how many roles were inserted.
 * Usage: npm run db:seed
 */
import "dotenv/config";
import { seedRoles } from "./seed-roles";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("db:seed: DATABASE_URL is not set (see .env.example)");
  process.exit(2);
}
seedRoles(url).then(
  ({ inserted, total }) => {
    console.log(`db:seed: ${inserted} role(s) inserted, ${total - inserted} already present`);
    process.exit(0);
  },
  (err: unknown) => {
    console.error(`db:seed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
