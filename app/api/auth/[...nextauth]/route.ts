import { handlers } from "@/lib/auth/config";

/** Auth.js endpoints (/api/auth/*: session, csrf, callback/credentials, signout). Configuration: lib/auth/config.ts. */
export const { GET, POST } = handlers;
