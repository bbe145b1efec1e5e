/**
 * The HTTP methods each route handler answers, and the 405 for any other method. Next answers a method a route
 * does not export with a bare 405 that has no `Allow` header (RFC 9110 §15.5.6 requires one), so the proxy
 * answers those itself from this table. tests/unit/methods.test.ts keeps the table equal to what every
 * `app/**\/route.ts` exports (and Next's own metadata routes), so a new handler cannot be forgotten.
 * Edge-safe: no server imports.
 */

/** Route path as in `app/` (dynamic segments in brackets) → the methods its handler exports. */
export const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = {
  "/api/admin/export": ["GET"],
  "/api/admin/import": ["POST"],
  "/api/admin/openings/export": ["GET"],
  "/api/admin/openings/import": ["POST"],
  "/api/alerts/unsubscribe": ["POST"],
  "/api/auth/[...nextauth]": ["GET", "POST"],
  "/api/health": ["GET"],
  "/api/openapi.json": ["GET"],
  "/api/openings": ["GET"],
  "/api/openings/[slug]": ["GET"],
  "/api/ready": ["GET"],
  "/api/roles": ["GET"],
  "/api/roles/[slug]": ["GET"],
  "/atom.xml": ["GET"],
  "/feed.xml": ["GET"],
  "/jobs-atom.xml": ["GET"],
  "/jobs-feed.xml": ["GET"],
  "/sitemap.xml": ["GET"],
  // Metadata routes Next makes from app/robots.ts, app/icon.svg and app/favicon.ico.
  "/favicon.ico": ["GET"],
  "/robots.txt": ["GET"],
  "/icon.svg": ["GET"],
};

function pattern(route: string): RegExp {
  const source = route
    .split("/")
    .map((part) => (/^\[\.\.\.\w+\]$/.test(part) ? ".+" : /^\[\w+\]$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}/?$`);
}

const ROUTES = Object.entries(ROUTE_METHODS).map(([route, methods]) => ({ route, re: pattern(route), methods }));

/**
 * The `Allow` value for a path (methods sorted and comma-separated, as Next's automatic OPTIONS answer writes it:
 * the exported ones, HEAD when GET is, and OPTIONS), or null when no route handler in the table serves the path.
 * Static routes win over dynamic ones (`/api/roles` is not `/api/roles/[slug]`), as in Next's router.
 */
export function allowedMethods(pathname: string): string | null {
  const hit = ROUTES.find((r) => !r.route.includes("[") && r.re.test(pathname)) ?? ROUTES.find((r) => r.re.test(pathname));
  if (!hit) return null;
  const allow = new Set([...hit.methods, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  return [...allow].sort().join(", ");
}

/** True when `method` is one `allow` (an allowedMethods value) lists. */
export function isAllowed(method: string, allow: string): boolean {
  return allow.split(", ").includes(method.toUpperCase());
}
