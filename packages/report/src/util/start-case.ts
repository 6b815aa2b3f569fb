/** `react-hydration-errors` -> `React Hydration Errors`, `DSN limit` -> `DSN Limit`: words split, first letters raised. */
export function startCase(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}
