import { hash, verify } from "@node-rs/argon2";

/** Shortest password accepted for a staff account (characters). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest accepted, so hashing cost stays bounded. */
export const PASSWORD_MAX_LENGTH = 256;

// argon2id (the library's default algorithm) with OWASP's second recommended setting: 19 MiB, 2 iterations.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id PHC string for the password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), OPTIONS);
}

/** Whether the password matches the stored hash; false (never a throw) for a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the email is unknown so both cases take as long. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

/** Why a new password is not acceptable, or null when it is. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `The password must have at most ${PASSWORD_MAX_LENGTH} characters.`;
  return null;
}
