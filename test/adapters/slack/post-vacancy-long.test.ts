// Full-length notices (10-16k characters, over a text input's 3,000) over real HTTP: uploaded
// as a .txt in the /post-vacancy modal (files.info + authorized download from the fake), or sent
// in a DM as "post vacancy <notice>". Each ends in exactly one announcement.
import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { CardAction } from "../../../src/cards/actions.ts";
import { blockKitProblems, modalProblems } from "../../fakes/blockKit.ts";
import type { FakeSlackFile } from "../../fakes/slackApi.ts";
import { directMessage, eventCallback, viewSubmission } from "../../fakes/slackRequests.ts";
import { buttonActions } from "./cardButtons.ts";
import { cardClick, RECRUITER, type SlackHarness, settle, startSlackHarness } from "./harness.ts";

const ANNOUNCE = "C0JOBS0001";
const NOTICES_DIR = new URL("../../../data/notices/", import.meta.url);

/** Every seed notice longer than a text input accepts. */
const longNotices = readdirSync(NOTICES_DIR)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => ({ name, text: readFileSync(new URL(name, NOTICES_DIR), "utf8") }))
  .filter((n) => n.text.length > 3000);

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function formSubmission(options: { text?: string; files?: FakeSlackFile[]; userId?: string }) {
  return viewSubmission({
    callbackId: "post_vacancy",
    userId: options.userId ?? RECRUITER,
    values: {
      notice: { notice_text: { type: "plain_text_input", value: options.text ?? null } },
      notice_file: { file: { type: "file_input", files: options.files ?? [] } },
      announce_channel: { channel: { type: "conversations_select", selected_conversation: ANNOUNCE } },
    },
  });
}

function confirmOf(blocks: unknown[]): CardAction {
  const confirm = buttonActions(blocks).find((a) => a?.kind === "draft.confirm");
  expect(confirm).toBeDefined();
  return confirm as CardAction;
}

describe("/post-vacancy with an uploaded notice", () => {
  it("has long seed notices to test with", () => {
    expect(longNotices.length).toBeGreaterThan(0);
  });

  it.each(longNotices.map((n) => [n.name, n.text]))(
    "reads %s with the bot token, previews it, and announces it once",
    async (name, text) => {
      h = await startSlackHarness({ vacancies: [] });
      const file = h.fake.addFile(name, text);
      const preview = await h.send("interaction", formSubmission({ files: [file] }));
      expect(preview.status).toBe(200);
      expect(preview.json.response_action).toBe("update");
      expect(modalProblems(preview.json.view)).toEqual([]);

      const [info] = h.fake.callsTo("files.info");
      expect(info?.params.file).toBe(file.id);
      expect(info?.authenticated).toBe(true);
      expect(h.fake.downloads).toEqual([
        expect.objectContaining({ fileId: file.id, authorized: true, status: 200 }),
      ]);

      const click = () =>
        h?.send(
          "interaction",
          cardClick(confirmOf(preview.json.view.blocks), { userId: RECRUITER, viewId: "V0MODAL001" }),
        );
      await Promise.all([click(), click()]);
      await h.fake.waitForCalls("views.update");
      await settle();
      const announcements = h.fake.callsTo("chat.postMessage");
      expect(announcements).toHaveLength(1);
      expect(announcements[0]?.params.channel).toBe(ANNOUNCE);
      expect(blockKitProblems(announcements[0]?.params.blocks ?? [])).toEqual([]);
      expect(h.store.list()).toHaveLength(1);
      expect(announcements[0]?.params.blocks[0].text.text).toBe(h.store.list()[0]?.title);
    },
  );

  it("refuses a binary file inline on the upload field and stores nothing", async () => {
    h = await startSlackHarness({ vacancies: [] });
    const zip = Buffer.from([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0xc3, 0x28,
    ]);
    const file = h.fake.addFile("notice.txt", zip);
    const res = await h.send("interaction", formSubmission({ files: [file] }));
    expect(res.json.response_action).toBe("errors");
    expect(Object.keys(res.json.errors)).toEqual(["notice_file"]);
    expect(res.json.errors.notice_file).toMatch(/not a UTF-8 text file/);
    expect(h.store.list()).toEqual([]);
  });

  it("refuses a file over the size limit without downloading it all", async () => {
    h = await startSlackHarness({ vacancies: [] });
    const file = h.fake.addFile("huge.txt", "a".repeat(300 * 1024));
    const res = await h.send("interaction", formSubmission({ files: [file] }));
    expect(res.json.response_action).toBe("errors");
    expect(res.json.errors.notice_file).toMatch(/larger than/);
    expect(h.fake.downloads).toEqual([]);
  });

  it("asks for a notice on the text field when neither field is filled", async () => {
    h = await startSlackHarness({ vacancies: [] });
    const res = await h.send("interaction", formSubmission({}));
    expect(res.json.response_action).toBe("errors");
    expect(Object.keys(res.json.errors)).toEqual(["notice"]);
    expect(res.json.errors.notice).toMatch(/upload/i);
    expect(h.fake.callsTo("files.info")).toEqual([]);
    expect(h.store.list()).toEqual([]);
  });

  it("shows a parse problem of an uploaded file on the upload field", async () => {
    h = await startSlackHarness({ vacancies: [] });
    const file = h.fake.addFile("empty.txt", "   \n\n  ");
    const res = await h.send("interaction", formSubmission({ files: [file] }));
    expect(res.json.response_action).toBe("errors");
    expect(Object.keys(res.json.errors)).toEqual(["notice_file"]);
    expect(h.fake.downloads).toEqual([expect.objectContaining({ authorized: true, status: 200 })]);
    expect(res.json.errors.notice_file).not.toMatch(/download/i);
    expect(h.store.list()).toEqual([]);
  });
});

describe('"post vacancy" in a DM', () => {
  const notice = longNotices[0]?.text ?? "";
  /** Slack escapes &, < and > in message text. */
  const asSlackText = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const dm = (userId: string, text: string) =>
    eventCallback(directMessage(text, { user: userId, channel: `D${userId.slice(1)}` }));

  it("previews the notice in the DM and announces it once after a double Confirm", async () => {
    h = await startSlackHarness({ vacancies: [], env: { SLACK_ANNOUNCE_CHANNEL: ANNOUNCE } });
    expect(notice.length).toBeGreaterThan(3000);
    const res = await h.send("event", dm(RECRUITER, `post vacancy\n${asSlackText(notice)}`));
    expect(res.status).toBe(200);
    const [preview] = await h.fake.waitForCalls("chat.postMessage");
    expect(preview?.params.channel).toBe(`D${RECRUITER.slice(1)}`);
    expect(blockKitProblems(preview?.params.blocks ?? [])).toEqual([]);
    expect(JSON.stringify(preview?.params.blocks)).toContain(ANNOUNCE);
    const kinds = buttonActions(preview?.params.blocks ?? []).map((a) => a?.kind);
    expect(kinds).toEqual(expect.arrayContaining(["draft.confirm", "draft.edit", "draft.cancel"]));

    const click = () =>
      h?.send(
        "interaction",
        cardClick(confirmOf(preview?.params.blocks ?? []), {
          userId: RECRUITER,
          channelId: `D${RECRUITER.slice(1)}`,
          responseUrl: h.fake.responseUrl("dm-confirm"),
        }),
      );
    await Promise.all([click(), click()]);
    await click();
    await h.fake.waitForResponses(1, "dm-confirm");
    await settle();
    const announcements = h.fake.callsTo("chat.postMessage").filter((c) => c.params.channel === ANNOUNCE);
    expect(announcements).toHaveLength(1);
    expect(h.store.list()).toHaveLength(1);
    expect(h.fake.responsesTo("dm-confirm")).toHaveLength(1);
    expect(h.fake.responsesTo("dm-confirm")[0]?.body.text).toContain(`<#${ANNOUNCE}>`);
  });

  it("without SLACK_ANNOUNCE_CHANNEL, Confirm stores it and says how to announce it", async () => {
    h = await startSlackHarness({ vacancies: [] });
    await h.send("event", dm(RECRUITER, `Post vacancy: ${asSlackText(notice)}`));
    const [preview] = await h.fake.waitForCalls("chat.postMessage");
    expect(JSON.stringify(preview?.params.blocks)).toContain("SLACK_ANNOUNCE_CHANNEL");
    await h.send(
      "interaction",
      cardClick(confirmOf(preview?.params.blocks ?? []), {
        userId: RECRUITER,
        channelId: `D${RECRUITER.slice(1)}`,
        responseUrl: h.fake.responseUrl("dm-confirm"),
      }),
    );
    const [outcome] = await h.fake.waitForResponses(1, "dm-confirm");
    expect(outcome?.body.text).toMatch(/SLACK_ANNOUNCE_CHANNEL.*\/post-vacancy/);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.store.list()).toHaveLength(1);
  });

  it("Edit on a DM preview cancels it and asks for the corrected notice in the DM", async () => {
    h = await startSlackHarness({ vacancies: [], env: { SLACK_ANNOUNCE_CHANNEL: ANNOUNCE } });
    await h.send("event", dm(RECRUITER, `post vacancy\n${asSlackText(notice)}`));
    const [preview] = await h.fake.waitForCalls("chat.postMessage");
    const actions = buttonActions(preview?.params.blocks ?? []);
    const at = {
      userId: RECRUITER,
      channelId: `D${RECRUITER.slice(1)}`,
      responseUrl: h.fake.responseUrl("dm"),
    };
    await h.send(
      "interaction",
      cardClick(
        actions.find((a) => a?.kind === "draft.edit"),
        at,
      ),
    );
    const [edited] = await h.fake.waitForResponses(1, "dm");
    expect(edited?.body.text).toMatch(/post vacancy/);
    await h.send("interaction", cardClick(confirmOf(preview?.params.blocks ?? []), at));
    await h.fake.waitForResponses(2, "dm");
    expect(h.fake.responsesTo("dm")[1]?.body.text).toMatch(/cancelled/);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.store.list()).toEqual([]);
  });

  it("politely refuses a non-recruiter and stores nothing", async () => {
    h = await startSlackHarness({ vacancies: [], env: { SLACK_ANNOUNCE_CHANNEL: ANNOUNCE } });
    await h.send("event", dm("U0STAFF001", `post vacancy\n${asSlackText(notice)}`));
    const [reply] = await h.fake.waitForCalls("chat.postMessage");
    expect(reply?.params.channel).toBe("D0STAFF001");
    expect(reply?.params.text).toMatch(/only recruiters/i);
    expect(buttonActions(reply?.params.blocks ?? [])).toEqual([]);
    await settle();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.store.list()).toEqual([]);
  });
});
