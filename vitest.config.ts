import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    "server-only": path.join(root, "tests/support/server-only-stub.ts"),
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        // next-intl's middleware (imported by proxy.ts) imports `next/server` without an extension: bundle it.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", server: { deps: { inline: ["next-intl", "use-intl"] } } },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // The files share one database; run them one after another.
          fileParallelism: false,
          setupFiles: ["tests/integration/setup.ts", "tests/support/next-stubs.ts"],
          // next-intl's ESM imports `next/navigation` without an extension, which Node cannot resolve; bundling
          // it through Vite resolves it (and lets next-stubs.ts's mocks of Next's helpers apply to it).
          server: { deps: { inline: ["next-intl", "use-intl", "next-auth", "@auth/core"] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
