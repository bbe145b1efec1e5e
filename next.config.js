import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { FORM_MAX_BYTES, MULTIPART_OVERHEAD_BYTES, UPLOAD_MAX_BYTES } from "./lib/http/limits.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // pg and the PGlite socket are Node-only; keep them out of the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "nodemailer", "@node-rs/jieba"],
  // Public reads are cached with "use cache" + cacheTag/cacheLife (lib/cache/policy.ts; handler: lib/cache/handler.mjs).
  // Not `cacheComponents`: it prerenders a static shell per route and wants every request-time read (headers(),
  // params, searchParams) under <Suspense> or the route marked blocking, while every page here reads its CSP nonce
  // (proxy.ts) in the root layout, so its HTML is rendered per request anyway; the data is what can be cached.
  // `experimental.useCache` enables the directive alone (Next logs that it is deprecated in favour of cacheComponents).
  cacheHandlers: { default: fileURLToPath(new URL("./lib/cache/handler.mjs", import.meta.url)) },
  experimental: {
    useCache: true,
    // proxy.ts refuses larger bodies with a 413 first; these keep Next's own buffers from cutting an allowed one
    // short (the proxy buffered only 10 MB by default, so 10–20 MB imports arrived truncated).
    proxyClientMaxBodySize: UPLOAD_MAX_BYTES + MULTIPART_OVERHEAD_BYTES,
    serverActions: { bodySizeLimit: FORM_MAX_BYTES },
  },
};

// next-intl reads its per-request configuration (locale, messages, formats) from this file.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
