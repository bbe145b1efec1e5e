// `npm run dev`: the app in development mode on PORT (default 3000). Without DATABASE_URL it starts an embedded
// Postgres whose data survives restarts (.data/pglite); either way it applies the migrations and the idempotent
// seed first. Ctrl-C stops everything.
import { serve } from "./lib/serve.mjs";

await serve("dev", { prepareExternal: true });
