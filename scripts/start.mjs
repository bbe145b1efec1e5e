// `npm run start`: the production build (`npm run build` first) on PORT (default 3000). With DATABASE_URL it
// serves that database as it is (apply migrations with `npm run db:migrate`); without, it uses the embedded
// Postgres in .data/pglite, migrated and seeded.
import { serve } from "./lib/serve.mjs";

await serve("start", { prepareExternal: false });
