import { z } from "zod";

/**
 * The server's environment, validated once on first use. Fails fast with a message naming the variable.
 * DATABASE_URL: a postgres:// or postgresql:// URL (set by `npm run dev` itself when it starts the embedded
 * database). See .env.example for every variable.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (see .env.example; `npm run dev` sets it for the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL"),
  /** Connections in the app's pool; PGlite serves at most 10. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Outgoing mail (job alerts): smtp:// or smtps:// URL with credentials. Unset: mails are written to MAIL_DIR. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional(),
  /** Where mails go without SMTP_URL: one .eml file per message (default .data/mail). */
  MAIL_DIR: z.string().min(1).default(".data/mail"),
  /** The From of every mail. */
  MAIL_FROM: z.string().min(3).default("AI Jobs Atlas <alerts@localhost>"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Returns the validated environment; throws an Error listing each invalid variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
