/** Today's date on this machine's clock, as YYYY-MM-DD in local time: what rules about dates compare with. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
