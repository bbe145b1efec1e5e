/**
 * Creates a staff account (the first admin, typically). There is no default password anywhere: the password is
 * read from a hidden prompt, or from the first line of standard input when that is not a terminal.
 *
 *   npm run admin:create -- --email you@example.com [--role admin|editor]
 *   printf '%s\n' "$PASSWORD" | npm run admin:create -- --email you@example.com
 *
 * Needs DATABASE_URL (while `npm run dev` runs on the embedded database it prints the URL to use).
 * Exit code 0 on success, 1 when refused or failed, 2 on usage errors. Records a staff.create audit entry (actor "cli").
 */
import "dotenv/config";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/prisma-client";
import { StaffError, createStaffUser } from "../lib/staff/service";

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.split(/\r?\n/)[0] ?? "";
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      // Echo nothing while the password is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.includes(prompt)) process.stdout.write(prompt);
      };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  const second = await ask("Repeat password: ");
  if (first !== second) throw new StaffError("The passwords do not match");
  return first;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string", default: "admin" } } }));
  } catch (err) {
    console.error(`admin:create: ${(err as Error).message}`);
    return 2;
  }
  if (!values.email) {
    console.error("usage: npm run admin:create -- --email you@example.com [--role admin|editor]  (password from prompt or stdin)");
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("admin:create: DATABASE_URL is not set. With the embedded database, start `npm run dev` and use the URL it prints.");
    return 2;
  }
  const prisma = createPrismaClient(url, 2);
  try {
    const password = await readPassword();
    const user = await createStaffUser(prisma, null, { email: values.email, password, role: values.role ?? "admin" });
    console.log(`admin:create: ${user.role.toLowerCase()} account created for ${user.email}`);
    return 0;
  } catch (err) {
    if (err instanceof StaffError) {
      console.error(`admin:create: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`admin:create: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
