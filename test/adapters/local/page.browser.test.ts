// The local page in a real headless Chromium (Debian's chromium, driven by playwright-core):
// ask a deadline question, read the Adaptive Card, switch to the Slack preview, travel in time
// with the "as of" picker, and run the recruiter preview with a seed notice. Each state is
// screenshotted to test/artifacts/local/ for a human to look at.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium, launchChromium } from "../../support/chromium.ts";
import { type RunningServer, seedNotice, startLocalServer } from "./harness.ts";

const ARTIFACTS = new URL("../../artifacts/local/", import.meta.url).pathname;
if (!hasChromium) {
  console.warn(`local page browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}

describe.skipIf(!hasChromium)("local page in Chromium", () => {
  let app: RunningServer;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: false });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startLocalServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(app.url.replace("127.0.0.1", "localhost"));
    await page.waitForSelector("body[data-ready=true]");
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("opens on today with every vacancy listed and suggestions to try", async () => {
    expect(await page.inputValue("#asof")).toBe("2026-11-23");
    await expect.poll(() => page.locator("#catalog-list .vac").count()).toBe(4);
    expect(await page.locator(".welcome .chip").count()).toBeGreaterThan(1);
    // Every fixture deadline is past: the page offers a day when the latest one was open.
    expect(await page.locator("[data-testid=welcome-hint]").innerText()).toBe("See them as of 23 Mar 2025");
    await shot("01-welcome");
  });

  it("travels back in time with the as-of picker", async () => {
    await page.fill("#asof", "2024-06-05");
    await page.dispatchEvent("#asof", "change");
    await expect.poll(() => page.textContent("#catalog-summary")).toContain("5 Jun 2024");
    expect(await page.textContent("#asof-note")).toContain("5 Jun 2024");
    await shot("02-as-of-picker");
  });

  it("asks a deadline question and renders the answer as a Teams Adaptive Card", async () => {
    await page.fill("#question", "When does the network and communications technician application close?");
    await page.press("#question", "Enter");
    const card = page.locator(".msg-bot .preview-teams .ac-adaptiveCard").last();
    await card.waitFor();
    expect(await card.isVisible()).toBe(true);
    expect((await card.innerText()).trim().length).toBeGreaterThan(0);
    expect(await page.locator(".msg-bot .msg-asof").last().innerText()).toBe("as of 5 Jun 2024");
    expect(await page.locator(".msg-user .bubble").last().innerText()).toMatch(/technician/);
    await shot("03-teams-card");
  });

  it("shows the right post and its deadline on the Teams card", async () => {
    const card = page.locator(".msg-bot .preview-teams .ac-adaptiveCard").last();
    const text = await card.innerText();
    expect(text).toContain("Network and Communications Technician");
    expect(text).toMatch(/17 June 2024/);
    // A card button works: it asks the bot for another view of the same post.
    const before = await page.locator(".msg-bot .previews").count();
    await card.locator(".ac-pushButton").first().click();
    await expect.poll(() => page.locator(".msg-bot .previews").count()).toBe(before + 1);
    expect(await page.locator(".msg-bot .preview-teams").last().innerText()).toContain(
      "Network and Communications Technician",
    );
    await shot("03b-card-button");
  });

  it("switches the same answer to the Slack Block Kit preview", async () => {
    await page.click("[data-preview-tab=slack]");
    const slack = page.locator(".msg-bot .preview-slack").last();
    expect(await slack.isVisible()).toBe(true);
    expect(await page.locator(".msg-bot .preview-teams").last().isVisible()).toBe(false);
    expect((await slack.innerText()).trim().length).toBeGreaterThan(0);
    expect(await slack.innerText()).toContain("Network and Communications Technician");
    expect(await slack.locator(".sk-header").count()).toBeGreaterThan(0);
    await shot("04-slack-preview");
    await page.click("[data-preview-tab=text]");
    expect(await page.locator(".msg-bot .preview-text").last().isVisible()).toBe(true);
    await page.click("[data-preview-tab=teams]");
  });

  it("opens a vacancy from the list as a card in the chat", async () => {
    const before = await page.locator(".msg-bot .previews").count();
    await page.locator("#catalog-list .vac").first().click();
    await expect.poll(() => page.locator(".msg-bot .previews").count()).toBe(before + 1);
    expect(await page.locator(".msg-bot .msg-caption").last().innerText()).toMatch(/Full details/);
    await shot("05-vacancy-from-list");
  });

  it("parses a seed notice in the recruiter preview", async () => {
    await page.click("[data-view-tab=recruiter]");
    await shot("06-recruiter-empty");
    await page.fill("#notice", seedNotice("003_e27ab0440bd2b9d4.txt"));
    await page.click("#parse-notice");
    await page.waitForSelector("[data-testid=draft-title]");
    await shot("07-recruiter-parsed");
  });

  it("shows the parsed vacancy and both cards, then stores it on confirm", async () => {
    expect(await page.locator("[data-testid=draft-title]").innerText()).toMatch(/Digital Backbone/i);
    expect(await page.locator("[data-testid=parsed-vacancy]").innerText()).toMatch(/30 Mar 2025/);
    const teams = page.locator(".card-pair .preview-teams .ac-adaptiveCard");
    const slack = page.locator(".card-pair .preview-slack");
    expect(await teams.isVisible()).toBe(true);
    expect(await slack.isVisible()).toBe(true);
    await page.locator(".card-pair").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot("08-recruiter-cards");

    // Fix the text and re-parse: the preview follows the edit.
    const edited = seedNotice("003_e27ab0440bd2b9d4.txt").replace(/Digital Backbone/g, "Digital Spine");
    await page.fill("#notice", edited);
    expect(await page.locator(".rec-result.stale").count()).toBe(1);
    await page.click("#parse-notice");
    await expect.poll(() => page.locator("[data-testid=draft-title]").innerText()).toMatch(/Digital Spine/i);

    const listed = await page.locator("#catalog-list .vac").count();
    await page.click("[data-testid=confirm-draft]");
    await page.waitForSelector("[data-testid=draft-stored]");
    await expect.poll(() => page.locator("#catalog-list .vac").count()).toBe(listed + 1);
    await page.locator(".rec-result").evaluate((el) => el.scrollTo(0, 0));
    await shot("09-recruiter-stored");

    await page.click("[data-testid=ask-stored]");
    await expect
      .poll(() => page.locator(".msg-bot .preview-teams").last().innerText())
      .toMatch(/Digital Spine/i);
    await shot("10-stored-vacancy-in-chat");
  });

  it("asks for LOCAL_ADMIN_TOKEN before the recruiter preview, and refuses a wrong one", async () => {
    const guarded = await startLocalServer({ LOCAL_ADMIN_TOKEN: "open-sesame" });
    const tab = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    try {
      await tab.goto(guarded.url.replace("127.0.0.1", "localhost"));
      await tab.waitForSelector("body[data-ready=true]");
      await tab.click("[data-view-tab=recruiter]");
      const token = tab.locator("input[aria-label='Recruiter token']");
      expect(await token.isVisible()).toBe(true);
      await tab.fill("#notice", seedNotice("001_727b557c1af1bc77.txt"));
      await token.fill("wrong");
      await tab.click(".token-row button");
      await tab.click("#parse-notice");
      await tab.waitForSelector("[data-testid=draft-error]");
      expect(await tab.locator("[data-testid=draft-error]").innerText()).toMatch(/recruiter token is wrong/);
      await tab.screenshot({ path: `${ARTIFACTS}12-recruiter-token-refused.png` });
      await tab.locator("input[aria-label='Recruiter token']").fill("open-sesame");
      await tab.click(".token-row button");
      await tab.click("#parse-notice");
      await tab.waitForSelector("[data-testid=draft-title], [data-testid=draft-error]");
      expect(await tab.locator("[data-testid=draft-error]").count()).toBe(0);
    } finally {
      await tab.close();
      await guarded.close();
    }
  });

  it("stays usable on a narrow screen", async () => {
    await page.setViewportSize({ width: 420, height: 860 });
    await page.click("[data-view-tab=ask]");
    expect(await page.locator("#question").isVisible()).toBe(true);
    await shot("11-narrow");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
