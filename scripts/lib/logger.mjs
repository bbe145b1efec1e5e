// The production server's structured log (pino, one JSON object per line on stdout). Secrets never reach it:
// request lines carry only the path (never the query string or headers), pino's `redact` censors the usual
// secret-bearing keys anywhere in a logged object, and every string logged (messages, error messages and
// stacks) has URL credentials and `password=`/`token=`-style pairs masked (scrub).
import pino from "pino";

const CENSOR = "[redacted]";

/** Keys whose values are never logged, at the top level or one/two levels down (pino redact paths). */
const SECRET_KEYS = ["password", "passwd", "secret", "token", "accessToken", "refreshToken", "cookie", "cookies", "authorization", "set-cookie", "AUTH_SECRET", "DATABASE_URL", "REDIS_URL"];
const REDACT_PATHS = SECRET_KEYS.flatMap((k) => {
  const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`;
  const dot = key.startsWith("[") ? key : `.${key}`;
  return [key, `*${dot}`, `*.*${dot}`];
});

const PATTERNS = [
  // scheme://user:password@host → scheme://user:[redacted]@host
  [/([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, `$1${CENSOR}@`],
  // password=…, token: …, authorization=Bearer …, cookie: …
  [/\b(password|passwd|secret|token|session-token|authorization|cookie)(["']?\s*[=:]\s*["']?)(bearer\s+)?[^\s"'&;,]+/gi, `$1$2${CENSOR}`],
];

/** A string with credentials masked (see PATTERNS). */
export function scrub(text) {
  let out = String(text);
  for (const [re, to] of PATTERNS) out = out.replace(re, to);
  return out;
}

function scrubDeep(value, depth = 0) {
  if (typeof value === "string") return scrub(value);
  if (value instanceof Error) {
    // A scrubbed copy that is still an Error, so pino's err serializer keeps its type, stack and code.
    const copy = new Error(scrub(value.message), value.cause !== undefined ? { cause: scrubDeep(value.cause, depth + 1) } : undefined);
    copy.name = value.name;
    copy.stack = value.stack === undefined ? undefined : scrub(value.stack);
    for (const [k, v] of Object.entries(value)) copy[k] = scrubDeep(v, depth + 1);
    return copy;
  }
  if (!value || typeof value !== "object" || depth > 4) return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, depth + 1)]));
}

/** The logger: ISO timestamps, level names, no pid/hostname noise. `destination` defaults to stdout. */
export function createLogger(destination) {
  return pino(
    {
      base: { service: "atlas" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (obj) => scrubDeep(obj) },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === "string" ? scrub(a) : a)));
        },
      },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
    },
    destination,
  );
}
