// Endpoint load benchmark (placeholder until the Slack and Teams adapters land).
// biome-ignore lint/suspicious/noExplicitAny: rows are plain JSON.
export async function runLoad(_options: { concurrencies: number[]; seconds: number }): Promise<any[]> {
  return [];
}
