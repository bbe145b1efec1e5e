// Small process helpers shared by the dev, start and test scripts.
import { spawn } from "node:child_process";

/**
 * Runs a command with inherited stdio and the given extra environment.
 * @returns {Promise<number>} its exit code (1 when killed by a signal).
 */
export function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (err) => {
      console.error(`${cmd}: ${err.message}`);
      resolve(1);
    });
  });
}

/** Runs a node script from node_modules/.bin-free paths with the current Node binary. */
export const node = (args, env) => run(process.execPath, args, env);

/** Throws when a step exits non-zero, naming the step. */
export async function step(name, promise) {
  const code = await promise;
  if (code !== 0) throw new Error(`${name} failed (exit code ${code})`);
}
