import { expect, type Page } from "@playwright/test";

/**
 * Waits until the page has hydrated: ThemeScript (components/ui/theme-script.tsx) marks <html data-hydrated> in
 * the effect after the first hydration. Controls that are in the server's HTML but only work with JavaScript
 * (the save toggle) can be seen before that; a click on one before hydration does nothing.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "");
}
