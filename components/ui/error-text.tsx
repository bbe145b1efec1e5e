"use client";

import { createContext, type ReactNode, use } from "react";

/** The error boundary's words in the page's language (`common.error`). */
export interface ErrorText {
  title: string;
  body: string;
  retry: string;
}

const ErrorTextContext = createContext<ErrorText>({ title: "Something went wrong", body: "", retry: "Try again" });

/**
 * Hands the error boundary (app/[locale]/error.tsx, a client component) its three strings, translated by the
 * locale layout on the server: public pages send no NextIntlClientProvider, and importing the message files into
 * the boundary would ship both languages' `common` messages with every page.
 */
export function ErrorTextProvider({ value, children }: { value: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={value}>{children}</ErrorTextContext>;
}

/** The strings ErrorTextProvider holds (English defaults outside one). */
export function useErrorText(): ErrorText {
  return use(ErrorTextContext);
}
