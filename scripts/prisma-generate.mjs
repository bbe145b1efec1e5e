// Runs `prisma generate` offline. Prisma's CLI downloads a native schema engine before every command, which
// cannot work without internet; generate itself runs on WASM and only needs the variable to name an existing
// file (see ../shared/NOTES-STACK.md). An engine path the user set is respected.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
const r = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
