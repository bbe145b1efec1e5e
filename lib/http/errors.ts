import { NextResponse } from "next/server";
import type { QueryIssue } from "@/lib/roles/query";

/** The JSON error body of every API route: `{ error: { status, message, issues? } }`. */
export interface ApiError {
  error: { status: number; message: string; issues?: QueryIssue[] };
}

/** A JSON error response with the given HTTP status. */
export function jsonError(status: number, message: string, issues?: QueryIssue[]): NextResponse<ApiError> {
  return NextResponse.json({ error: { status, message, ...(issues ? { issues } : {}) } }, { status });
}
