// Vitest runs outside React Server Components, where the real `server-only` throws on import. The guard still
// protects the Next.js build, which resolves the real package.
export {};
