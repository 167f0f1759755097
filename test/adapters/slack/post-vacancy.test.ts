// The recruiter flow over real HTTP: /post-vacancy modal, inline errors for a bad notice,
// preview / confirm exactly once, refusals for non-recruiters, closing a vacancy.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CardAction } from "../../../src/cards/actions.ts";
import { blockKitProblems, modalProblems } from "../../fakes/blockKit.ts";
import { slashCommand, viewSubmission } from "../../fakes/slackRequests.ts";
import { buttonActions } from "./cardButtons.ts";
import {
  cardClick,
  fixtureNotice,
  RECRUITER,
  type SlackHarness,
  settle,
  startSlackHarness,
} from "./harness.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

const ANNOUNCE = "C0JOBS0001";

function noticeSubmission(text: string, userId = RECRUITER) {
  return viewSubmission({
    callbackId: "post_vacancy",
    userId,
    values: {
      notice: { notice_text: { type: "plain_text_input", value: text } },
      announce_channel: { channel: { type: "conversations_select", selected_conversation: ANNOUNCE } },
    },
  });
}

const submitNotice = (text: string, userId = RECRUITER) =>
  h.send("interaction", noticeSubmission(text, userId));

describe("/post-vacancy", () => {
  it("opens the notice modal for a recruiter", async () => {
    const command = slashCommand("/post-vacancy", "", { user_id: RECRUITER });
    const res = await h.send("command", command);
    expect(res.status).toBe(200);
    const [open] = await h.fake.waitForCalls("views.open");
    expect(open?.params.trigger_id).toBe(command.trigger_id);
    const view = open?.params.view;
    expect(modalProblems(view)).toEqual([]);
    const [notice, channel] = view.blocks;
    expect(notice.element).toMatchObject({ type: "plain_text_input", multiline: true });
    expect(channel.element.type).toBe("conversations_select");
  });

  it("politely refuses a non-recruiter and opens nothing", async () => {
    const before = h.store.list().length;
    const res = await h.send("command", slashCommand("/post-vacancy", "", { user_id: "U0STAFF001" }));
    expect(res.json.response_type).toBe("ephemeral");
    expect(res.json.text).toMatch(/only recruiters/i);
    await settle(100);
    expect(h.fake.callsTo("views.open")).toEqual([]);
    expect(h.store.list()).toHaveLength(before);
  });

  it.each([
    ["empty", "   \n  "],
    ["binary", "\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000\ufffd\ufffd\u0007\u0008"],
  ])("shows parse problems of a %s notice inline on the field", async (_name, text) => {
    const before = h.store.list().length;
    const res = await submitNotice(text);
    expect(res.status).toBe(200);
    expect(res.json.response_action).toBe("errors");
    expect(Object.keys(res.json.errors)).toEqual(["notice"]);
    expect(String(res.json.errors.notice).length).toBeGreaterThan(0);
    expect(h.store.list()).toHaveLength(before);
  });

  it("refuses a submission from a non-recruiter and stores nothing", async () => {
    const before = h.store.list().length;
    const res = await submitNotice(fixtureNotice(), "U0STAFF001");
    expect(res.json.response_action).toBe("errors");
    expect(res.json.errors.notice).toMatch(/only recruiters/i);
    expect(h.store.list()).toHaveLength(before);
  });

  it("previews a good notice in the modal", async () => {
    const res = await submitNotice(fixtureNotice());
    expect(res.json.response_action).toBe("update");
    expect(modalProblems(res.json.view)).toEqual([]);
  });

  it("Confirm stores and announces exactly once, even when clicked twice; close updates the announcement", async () => {
    // An empty store, so the posted notice cannot collide with a fixture vacancy.
    const own = await startSlackHarness({ vacancies: [] });
    try {
      const preview = await own.send("interaction", noticeSubmission(fixtureNotice()));
      const confirm = buttonActions(preview.json.view.blocks).find((a) => a?.kind === "draft.confirm") as
        | Extract<CardAction, { kind: "draft.confirm" }>
        | undefined;
      expect(confirm).toBeDefined();
      const click = () =>
        own.send(
          "interaction",
          cardClick(confirm as CardAction, { userId: RECRUITER, viewId: "V0MODAL001" }),
        );
      // A double click: two requests in flight at once, then a late third.
      await Promise.all([click(), click()]);
      await click();
      const [update] = await own.fake.waitForCalls("views.update");
      expect(modalProblems(update?.params.view)).toEqual([]);
      await settle();
      const announcements = own.fake.callsTo("chat.postMessage");
      expect(announcements).toHaveLength(1);
      expect(announcements[0]?.params.channel).toBe(ANNOUNCE);
      expect(blockKitProblems(announcements[0]?.params.blocks ?? [])).toEqual([]);
      expect(own.store.list()).toHaveLength(1);
      const posted = own.store.list()[0];
      expect(posted?.title).toMatch(/technical security/i);
      expect(posted?.source).toMatch(/via slack/);
      expect(announcements[0]?.params.blocks[0].text.text).toBe(posted?.title);

      const id = posted?.id ?? "";
      const closed = await own.send(
        "command",
        slashCommand("/vacancy", `close ${id}`, { user_id: RECRUITER }),
      );
      expect(closed.status).toBe(200);
      const [edit] = await own.fake.waitForCalls("chat.update");
      expect(edit?.params.channel).toBe(ANNOUNCE);
      expect(edit?.params.ts).toBe(announcements[0]?.response?.body.ts);
      expect(own.store.get(id)?.state).toBe("closed");
    } finally {
      await own.close();
    }
  });

  it("Edit reopens the form with the notice; the old preview cannot be confirmed", async () => {
    const own = await startSlackHarness({ vacancies: [] });
    try {
      const notice = fixtureNotice();
      const preview = await own.send("interaction", noticeSubmission(notice));
      const actions = buttonActions(preview.json.view.blocks);
      const edit = actions.find((a) => a?.kind === "draft.edit");
      const confirm = actions.find((a) => a?.kind === "draft.confirm");
      await own.send(
        "interaction",
        cardClick(edit as CardAction, { userId: RECRUITER, viewId: "V0MODAL001" }),
      );
      const [update] = await own.fake.waitForCalls("views.update");
      expect(modalProblems(update?.params.view)).toEqual([]);
      expect(update?.params.view.blocks[0].element.initial_value).toBe(notice);
      expect(update?.params.view.blocks[1].element.initial_conversation).toBe(ANNOUNCE);
      await own.send(
        "interaction",
        cardClick(confirm as CardAction, { userId: RECRUITER, viewId: "V0MODAL001" }),
      );
      await own.fake.waitForCalls("views.update", 2);
      expect(own.fake.callsTo("chat.postMessage")).toEqual([]);
      expect(own.store.list()).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it("Confirm into a channel the bot is not in stores it and says how to invite the bot", async () => {
    const own = await startSlackHarness({ vacancies: [] });
    try {
      own.fake.failNext("chat.postMessage", { error: "not_in_channel" });
      const preview = await own.send("interaction", noticeSubmission(fixtureNotice()));
      const confirm = buttonActions(preview.json.view.blocks).find((a) => a?.kind === "draft.confirm");
      await own.send(
        "interaction",
        cardClick(confirm as CardAction, { userId: RECRUITER, viewId: "V0MODAL001" }),
      );
      const [update] = await own.fake.waitForCalls("views.update");
      expect(JSON.stringify(update?.params.view)).toContain("/invite");
      expect(own.store.list()).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  it("Cancel stores and announces nothing", async () => {
    const own = await startSlackHarness({ vacancies: [] });
    try {
      const preview = await own.send("interaction", noticeSubmission(fixtureNotice()));
      const cancel = buttonActions(preview.json.view.blocks).find((a) => a?.kind === "draft.cancel");
      await own.send(
        "interaction",
        cardClick(cancel as CardAction, { userId: RECRUITER, viewId: "V0MODAL001" }),
      );
      const [update] = await own.fake.waitForCalls("views.update");
      expect(JSON.stringify(update?.params.view)).toContain("Nothing was stored");
      expect(own.fake.callsTo("chat.postMessage")).toEqual([]);
      expect(own.store.list()).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

describe("closing a vacancy", () => {
  it("/vacancy close <id> closes it for a recruiter", async () => {
    const res = await h.send(
      "command",
      slashCommand("/vacancy", "close bices-network-operations-and-security-centre-chief", {
        user_id: RECRUITER,
        response_url: h.fake.responseUrl("close-1"),
      }),
    );
    expect(res.status).toBe(200);
    const [response] = await h.fake.waitForResponses(1, "close-1");
    expect(response?.body.response_type).toBe("ephemeral");
    expect(response?.body.text).toMatch(/^Closed/);
    expect(h.store.get("bices-network-operations-and-security-centre-chief")?.state).toBe("closed");
  });

  it("/vacancy close <id> is refused to a non-recruiter and changes nothing", async () => {
    const res = await h.send(
      "command",
      slashCommand("/vacancy", "close officer-digital-backbone-cis-and-cybersecurity", {
        user_id: "U0STAFF001",
      }),
    );
    expect(res.json.response_type).toBe("ephemeral");
    expect(res.json.text).toMatch(/only recruiters/i);
    expect(h.store.get("officer-digital-backbone-cis-and-cybersecurity")?.state).toBe("published");
  });

  it("/vacancy close with an unknown id says which id is unknown", async () => {
    await h.send(
      "command",
      slashCommand("/vacancy", "close no-such-post", {
        user_id: RECRUITER,
        response_url: h.fake.responseUrl("close-2"),
      }),
    );
    const [response] = await h.fake.waitForResponses(1, "close-2");
    expect(response?.body.text).toContain("no-such-post");
  });

  it("the Close button closes the vacancy for a recruiter", async () => {
    await h.send(
      "interaction",
      cardClick(
        { kind: "close", vacancyId: "officer-digital-backbone-cis-and-cybersecurity" },
        {
          userId: RECRUITER,
          ephemeral: true,
          responseUrl: h.fake.responseUrl("close-3"),
        },
      ),
    );
    const [response] = await h.fake.waitForResponses(1, "close-3");
    expect(response?.body.text).toMatch(/^Closed/);
    expect(h.store.get("officer-digital-backbone-cis-and-cybersecurity")?.state).toBe("closed");
  });
});
