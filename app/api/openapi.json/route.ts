import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { siteUrl } from "@/lib/site";

/** GET /api/openapi.json — the public API's OpenAPI 3.1 document (lib/api/openapi.ts), always 200 JSON. */
export async function GET(): Promise<NextResponse> {
  return NextResponse.json(openApiDocument(await siteUrl()));
}
