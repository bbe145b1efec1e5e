// Lets scripts run the app's server-only modules outside Next: `import "server-only"` (which throws outside React's
// server environment, to keep server code out of browser bundles) resolves to an empty module here. Used by
// `npm run worker` (`node --import ./scripts/lib/allow-server-only.mjs --import tsx …`).
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
      return next(specifier, context);
    }`),
);
