// End to end in a real Teams client: Microsoft 365 Agents Playground (Microsoft's offline Teams
// emulator, with its own connector and the real Adaptive Cards renderer) talks to our server; a user
// message in the personal chat gets a card reply, rendered in headless Chromium.
// The screenshot is left in test/artifacts/teams-playground-reply.png. Skipped without Chromium.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Playground, startPlayground } from "../../../adapters/teams/playground.ts";
import { renderAdaptiveCard } from "../../../src/cards/index.ts";
import { hasChromium, launchChromium } from "../../support/chromium.ts";
import { startTeamsHarness, type TeamsHarness } from "./helpers.ts";

const ARTIFACTS = new URL("../../artifacts/", import.meta.url);

interface PlaygroundConfig {
  currentUser: { id: string };
  personalChat: { id: string };
}

/** The text of the first TextBlock in a card's body (depth first). */
function firstText(node: unknown): string {
  if (Array.isArray(node)) {
    for (const child of node) {
      const text = firstText(child);
      if (text) return text;
    }
    return "";
  }
  if (!node || typeof node !== "object") return "";
  const element = node as Record<string, unknown>;
  if (element.type === "TextBlock" && typeof element.text === "string" && element.text.trim())
    return element.text;
  return firstText(Object.values(element).filter((v) => typeof v === "object"));
}

describe.skipIf(!hasChromium)("Teams adapter in Microsoft 365 Agents Playground", () => {
  let h: TeamsHarness;
  let playground: Playground;
  let browser: Browser;
  let config: PlaygroundConfig;

  beforeAll(async () => {
    h = await startTeamsHarness();
    playground = await startPlayground({ botEndpoint: `${h.url}/api/messages`, port: 0 });
    const response = await fetch(`${playground.url}/_internal/v1/config`);
    config = ((await response.json()) as { config: PlaygroundConfig }).config;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await h?.close();
  });

  const send = (conversationId: string, body: unknown) =>
    fetch(`${playground.url}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("renders the bot's Adaptive Card reply to a personal-chat question", async () => {
    const question = "Which vacancies are open?";
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      // Open the client first so it is connected when the reply arrives.
      await page.goto(playground.url, { waitUntil: "networkidle" });
      await page.getByText("Personal Chat").first().waitFor({ state: "visible", timeout: 30_000 });
      const res = await send(config.personalChat.id, {
        from: { id: config.currentUser.id },
        text: question,
        textFormat: "plain",
      });
      expect(res.ok).toBe(true);
      // It shows the first words of the card the cards module renders for the core's answer, in a
      // card of its own (the Adaptive Cards renderer marks each rendered card with .ac-adaptiveCard).
      const words = firstText(renderAdaptiveCard(h.server.bot.ask(question), {}).body)
        .replace(/[*_[\]()#>`]/g, "")
        .split(/\s+/)
        .slice(0, 3)
        .join(" ");
      expect(words).not.toBe("");
      await page
        .locator(".ac-adaptiveCard", { hasText: words })
        .last()
        .waitFor({ state: "visible", timeout: 30_000 });
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: new URL("teams-playground-reply.png", ARTIFACTS).pathname });
    } finally {
      await page.close();
    }
  }, 60_000);
});
