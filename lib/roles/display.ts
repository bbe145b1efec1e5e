/** The title to show for a role: the English one, or the Chinese one when there is no English title. */
export function displayTitle(role: { titleEn: string; titleZh: string }): string {
  return role.titleEn || role.titleZh;
}

/** The second line under the title: the Chinese title when it is not already the main one. */
export function secondaryTitle(role: { titleEn: string; titleZh: string }): string {
  return role.titleEn ? role.titleZh : "";
}
