// Auth.js needs a secret to sign session cookies and must trust the Host header (or be told AUTH_URL).
// The dev, start and test scripts call this so the app runs with no configuration; an AUTH_SECRET the user set
// always wins.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Extra environment for Auth.js. `persist`: keep a generated secret in .data/auth-secret (git-ignored, mode 600)
 * so sessions survive restarts of `npm run dev` / `npm start`; otherwise (tests) a fresh one each run.
 */
export function authEnv({ persist }) {
  const env = {};
  if (!process.env.AUTH_URL && !process.env.AUTH_TRUST_HOST) env.AUTH_TRUST_HOST = "true";
  if (!process.env.AUTH_SECRET) {
    if (!persist) {
      env.AUTH_SECRET = crypto.randomBytes(32).toString("base64url");
    } else {
      const file = path.resolve(".data/auth-secret");
      let secret = fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "";
      if (secret.length < 32) {
        secret = crypto.randomBytes(32).toString("base64url");
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
        console.log(`[atlas] AUTH_SECRET not set: generated one in ${path.relative(process.cwd(), file)}`);
      }
      env.AUTH_SECRET = secret;
    }
  }
  return env;
}
