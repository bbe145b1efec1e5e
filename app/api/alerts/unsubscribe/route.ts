import { unsubscribeByToken } from "@/lib/alerts/service";

/**
 * `POST /api/alerts/unsubscribe?token=…`: the one-click unsubscribe of RFC 8058, the URL in every digest's
 * List-Unsubscribe header (mail clients POST `List-Unsubscribe=One-Click` to it, without cookies). Marks the alert
 * the signed token names unsubscribed. 200 text on success (repeating it is harmless), 400 for a missing,
 * tampered or expired token. No same-origin check: the token is the authorisation, and RFC 8058 requests come
 * from mail providers' servers.
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token");
  const ok = await unsubscribeByToken(token);
  return new Response(ok ? "Unsubscribed.\n" : "This unsubscribe link is not valid or has expired.\n", {
    status: ok ? 200 : 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
