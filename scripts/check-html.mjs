// `npm run check:html`: the Nu HTML Checker over the main public pages in both locales (scripts/lib/html-check.mjs)
// of a running production server; exits 1 when it reports any error.
//   npm run check:html                         (against http://localhost:${PORT:-3000})
//   npm run check:html -- http://localhost:3100
// Needs Java 17+ (`java`, or JAVA=/path/to/java). Start the server first (`npm run build && npm start`).
import { checkPages, formatMessages, publicPages } from "./lib/html-check.mjs";

const origin = process.argv[2] ?? `http://localhost:${process.env.PORT ?? 3000}`;
const openings = await fetch(new URL("/api/openings?pageSize=1", origin)).then((r) => r.json());
const paths = publicPages({ openingSlug: openings.items?.[0]?.slug });
const errors = await checkPages(origin, paths);
if (errors.length) {
  console.error(formatMessages(errors));
  console.error(`\n${errors.length} error(s) on ${new Set(errors.map((e) => e.page)).size} of ${paths.length} pages`);
  process.exit(1);
}
console.log(`Nu HTML Checker: 0 errors on ${paths.length} pages`);
