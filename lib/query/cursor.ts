import type { z } from "zod";

/*
 * Opaque keyset cursors, shared by the roles' and the openings' contracts: a small JSON payload as base64url. Each
 * contract gives its own zod schema of the payload, so a decoded cursor is validated as strictly as any parameter.
 */

/** The payload as a URL-safe string. */
export function encodeCursorPayload(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

/**
 * The payload of `raw` when it is base64url JSON (at most 512 characters) that `schema` accepts; null for anything
 * else (tampered, truncated, another contract's cursor). Never throws.
 */
export function decodeCursorPayload<S extends z.ZodType>(raw: string, schema: S): z.output<S> | null {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(raw)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const r = schema.safeParse(json);
  return r.success ? r.data : null;
}
