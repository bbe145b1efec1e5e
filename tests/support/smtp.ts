import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server in the test process (smtp-server), on 127.0.0.1 and a free port. Every accepted message is
 * parsed (mailparser) into `received`. `failNext(n)` makes the next n messages fail with a 451 (temporary) reply
 * after DATA, as a real server under trouble does; recipients @bounce.example get a permanent 550.
 */
export async function startSmtp() {
  const received: ParsedMail[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // Addresses at bounce.example are refused for good (550 to RCPT TO), as a server does for a missing mailbox.
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@bounce.example")) {
        const err = new Error("Mailbox unavailable") as Error & { responseCode: number };
        err.responseCode = 550;
        callback(err);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (failures > 0) {
          failures -= 1;
          const err = new Error("Temporary failure, try again later") as Error & { responseCode: number };
          err.responseCode = 451;
          callback(err);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then((m) => {
          received.push(m);
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext(n: number) {
      failures = n;
    },
    /** Resolves once `count` messages have arrived (or rejects after `ms`). */
    async waitFor(count: number, ms = 15_000) {
      const until = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} mails, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return received;
    },
    /** Resolves with the first message after index `from` that `match` accepts (or rejects after `ms`). */
    async next(from: number, match: (m: ParsedMail) => boolean, ms = 15_000) {
      const until = Date.now() + ms;
      for (;;) {
        const found = received.slice(from).find(match);
        if (found) return found;
        if (Date.now() > until) throw new Error(`no matching mail among ${received.length - from} new ones`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
