import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { safeRedirectPath } from "./redirect";
import { createStaffSession } from "./sessions";
import { checkSignIn, clientAddress } from "./sign-in";

/** A signed-in session lasts this long (seconds) and then expires; sign in again after. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Sign-in refused because of too many recent failures; `code` reaches the sign-in form. */
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

/*
 * Auth.js (next-auth v5): email + password (Credentials provider) checked by checkSignIn, sessions as signed JWT
 * cookies (Credentials implies JWT) that expire after SESSION_MAX_AGE_SECONDS. The token carries the staff user's id
 * (`sub`) and the id of the sign-in's row in staff_sessions (`sid`, lib/auth/sessions.ts); requireStaff accepts the
 * cookie only while that row is live and reads role and active flag from the database on every request.
 * Needs AUTH_SECRET (npm run dev/start/test provide one when unset) and AUTH_TRUST_HOST=true or AUTH_URL.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await checkSignIn(credentials?.email, credentials?.password, clientAddress(request.headers));
        if (result.ok) return { id: result.user.id, email: result.user.email };
        if (result.reason === "rate_limited") throw new SignInRateLimited();
        return null;
      },
    }),
  ],
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A wrong password is an expected outcome, not a server error: keep it out of the error log.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin" || error.name === "SignInRateLimited") return;
      console.error(error);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = await createStaffSession(user.id, SESSION_MAX_AGE_SECONDS);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      if (typeof token.sid === "string") (session as { sessionId?: string }).sessionId = token.sid;
      return session;
    },
    // Same-site paths only, whatever Auth.js was handed.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeRedirectPath(path)}`;
    },
  },
});
