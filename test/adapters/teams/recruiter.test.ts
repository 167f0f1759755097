// The recruiter flow in Teams over real HTTP: "post vacancy" -> notice form -> preview -> Confirm
// (twice: one announcement, the preview updated in place) and the refusals for everyone else.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { parseNotice } from "../../../src/ingest/index.ts";
import type { ConnectorCall } from "../../fakes/botConnector.ts";
import {
  cardSubmit,
  channelMention,
  personalMessage,
  postActivity,
  RECRUITER,
  STAFF,
  TEAM_CHANNEL_ID,
} from "../../fakes/teamsActivities.ts";
import { startTeamsHarness, type TeamsHarness } from "./helpers.ts";

const NOTICE = readFileSync(
  new URL("../../fixtures/teams/notice-satellite-engineer.txt", import.meta.url),
  "utf8",
);

let h: TeamsHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Recruiters are listed by AAD object id, as admins usually do. */
const start = (env: Record<string, string> = {}) =>
  startTeamsHarness({ RECRUITERS: `U0SLACKUSER,${RECRUITER.aadObjectId}`, ...env });

// biome-ignore lint/suspicious/noExplicitAny: Adaptive Card JSON.
function findElement(card: any, predicate: (element: any) => boolean): any {
  // biome-ignore lint/suspicious/noExplicitAny: Adaptive Card JSON.
  const walk = (node: any): any => {
    if (!node || typeof node !== "object") return undefined;
    if (predicate(node)) return node;
    for (const value of Object.values(node)) {
      const found = walk(value);
      if (found) return found;
    }
    return undefined;
  };
  return walk(card);
}

/** The Action.Submit data of the button whose payload kind is `kind`. */
// biome-ignore lint/suspicious/noExplicitAny: Adaptive Card JSON.
const buttonData = (card: any, kind: string) =>
  findElement(card, (e) => e.type === "Action.Submit" && e.data?.kind === kind)?.data;

async function openForm(harness: TeamsHarness, conversationText = "post vacancy") {
  harness.connector.reset();
  const res = await postActivity(
    harness.url,
    personalMessage(harness.connector.serviceUrl, RECRUITER, conversationText),
  );
  expect(res.status).toBe(200);
  const [form] = harness.connector.posted();
  expect(form).toBeDefined();
  const card = form?.body.attachments[0].content;
  const input = findElement(card, (e) => e.type === "Input.Text");
  expect(input).toMatchObject({ id: "notice", isMultiline: true });
  const submit = findElement(card, (e) => e.type === "Action.Submit");
  expect(submit.data).toBeTypeOf("object");
  return submit.data as Record<string, unknown>;
}

describe("Teams adapter: recruiter posting", () => {
  it("gives a recruiter (listed by AAD object id) the notice form with a multi-line input", async () => {
    h = await start();
    await openForm(h);
  });

  it("refuses a non-recruiter's 'post vacancy' and stores nothing", async () => {
    h = await start();
    const before = h.store.list().length;
    const res = await postActivity(h.url, personalMessage(h.connector.serviceUrl, STAFF, "post vacancy"));
    expect(res.status).toBe(200);
    const posted = h.connector.posted();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body.text).toMatch(/Only recruiters can post vacancies/);
    expect(posted[0]?.body.attachments ?? []).toHaveLength(0);
    expect(h.store.list()).toHaveLength(before);
  });

  it("refuses a forged notice-form submission from a non-recruiter and stores nothing", async () => {
    h = await start();
    const before = h.store.list().length;
    await postActivity(
      h.url,
      cardSubmit(h.connector.serviceUrl, STAFF, { form: "teams.postVacancy", notice: NOTICE }),
    );
    const posted = h.connector.posted();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body.text).toMatch(/Only recruiters can post vacancies/);
    expect(h.store.list()).toHaveLength(before);
  });

  it("asks again politely when the form is submitted empty", async () => {
    h = await start();
    const data = await openForm(h);
    h.connector.reset();
    await postActivity(h.url, cardSubmit(h.connector.serviceUrl, RECRUITER, { ...data, notice: "   " }));
    expect(h.connector.posted()[0]?.body.text).toMatch(/notice was empty/);
  });

  it("explains why a notice could not be read, and stores nothing", async () => {
    h = await start();
    const data = await openForm(h);
    h.connector.reset();
    const notPlainText = "\u0000\u0001PK\u0003\u0004\u0000\u0000 not a notice";
    await postActivity(
      h.url,
      cardSubmit(h.connector.serviceUrl, RECRUITER, { ...data, notice: notPlainText }),
    );
    const expected = parseNotice(notPlainText, { source: "probe" });
    expect(expected.ok).toBe(false);
    const [reply] = h.connector.posted();
    expect(reply?.body.text).toMatch(/could not read that notice/);
    if (!expected.ok) expect(reply?.body.text).toContain(expected.error.message);
    expect(h.store.list()).toHaveLength(3);
  });

  it("previews, then a double Confirm stores once, announces once and updates the preview to Posted", async () => {
    const harness = await start();
    h = harness;
    const data = await openForm(harness);
    harness.connector.reset();
    await postActivity(
      harness.url,
      cardSubmit(harness.connector.serviceUrl, RECRUITER, { ...data, notice: NOTICE }),
    );
    const previewCall = h.connector.posted().find((c) => c.body.attachments?.length) as ConnectorCall;
    expect(previewCall).toBeDefined();
    const confirm = buttonData(previewCall.body.attachments[0].content, "draft.confirm");
    expect(confirm).toMatchObject({ kind: "draft.confirm" });
    const before = h.store.list().length;
    h.connector.reset();

    // Two clicks arriving together, as a double-click on a slow network does.
    const click = () =>
      postActivity(
        harness.url,
        cardSubmit(harness.connector.serviceUrl, RECRUITER, confirm, {
          replyToId: previewCall.id as string,
          conversationId: previewCall.conversationId as string,
        }),
      );
    const results = await Promise.all([click(), click()]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);

    expect(h.store.list()).toHaveLength(before + 1);
    const stored = h.store.list().find((v) => v.title === "Satellite Communications Engineer");
    expect(stored).toBeDefined();
    expect(await h.store.history(stored?.id ?? "")).toHaveLength(1);
    const announcements = h.connector.posted().filter((c) => c.body.attachments?.length);
    expect(announcements).toHaveLength(1);
    expect(JSON.stringify(announcements[0]?.body.attachments[0].content)).toContain(
      "Satellite Communications Engineer",
    );
    const updates = h.connector.updated();
    expect(updates).toHaveLength(1);
    expect(updates[0]?.activityId).toBe(previewCall.id);
    // The updated card no longer offers Confirm.
    expect(buttonData(updates[0]?.body.attachments[0].content, "draft.confirm")).toBeUndefined();

    // A third, later click does nothing either.
    h.connector.reset();
    await click();
    expect(h.connector.calls).toHaveLength(0);
    expect(h.store.list()).toHaveLength(before + 1);
  });

  it("announces in the configured conversation through its stored conversation reference", async () => {
    h = await start({ TEAMS_ANNOUNCE_CONVERSATION_ID: TEAM_CHANNEL_ID });
    // The bot hears from the announcement channel once (any mention), which stores its reference.
    await postActivity(h.url, channelMention(h.connector.serviceUrl, STAFF, "help"));
    const data = await openForm(h);
    await postActivity(h.url, cardSubmit(h.connector.serviceUrl, RECRUITER, { ...data, notice: NOTICE }));
    const previewCall = h.connector.posted().findLast((c) => c.body.attachments?.length) as ConnectorCall;
    const confirm = buttonData(previewCall.body.attachments[0].content, "draft.confirm");
    h.connector.reset();
    await postActivity(
      h.url,
      cardSubmit(h.connector.serviceUrl, RECRUITER, confirm, { replyToId: previewCall.id as string }),
    );
    const inChannel = h.connector.posted().filter((c) => c.conversationId === TEAM_CHANNEL_ID);
    expect(inChannel).toHaveLength(1);
    expect(inChannel[0]?.body.attachments).toHaveLength(1);
  });

  it("Cancel marks the preview cancelled in place; a later Confirm stores nothing", async () => {
    const harness = await start();
    h = harness;
    const data = await openForm(harness);
    harness.connector.reset();
    await postActivity(
      harness.url,
      cardSubmit(harness.connector.serviceUrl, RECRUITER, { ...data, notice: NOTICE }),
    );
    const previewCall = harness.connector.posted().find((c) => c.body.attachments?.length) as ConnectorCall;
    const preview = previewCall.body.attachments[0].content;
    const cancel = buttonData(preview, "draft.cancel");
    const confirm = buttonData(preview, "draft.confirm");
    expect(cancel).toMatchObject({ kind: "draft.cancel" });
    const before = harness.store.list().length;
    harness.connector.reset();

    await postActivity(harness.url, cardSubmit(harness.connector.serviceUrl, RECRUITER, cancel));
    const [update] = harness.connector.updated();
    expect(update?.activityId).toBe(previewCall.id);
    expect(buttonData(update?.body.attachments[0].content, "draft.confirm")).toBeUndefined();

    harness.connector.reset();
    await postActivity(harness.url, cardSubmit(harness.connector.serviceUrl, RECRUITER, confirm));
    expect(harness.connector.posted()[0]?.body.text).toMatch(/cancelled/);
    expect(harness.store.list()).toHaveLength(before);
  });

  it("lets a recruiter close a vacancy from its card; a non-recruiter's click changes nothing", async () => {
    const harness = await start();
    h = harness;
    const id = "operator-technical-security";
    await postActivity(
      harness.url,
      cardSubmit(harness.connector.serviceUrl, STAFF, { kind: "close", vacancyId: id }),
    );
    expect(harness.store.get(id)?.state).toBe("published");
    expect(harness.connector.posted()[0]?.body.text).toMatch(/Only recruiters can close vacancies/);

    harness.connector.reset();
    await postActivity(
      harness.url,
      cardSubmit(harness.connector.serviceUrl, RECRUITER, { kind: "close", vacancyId: id }),
    );
    expect(harness.store.get(id)?.state).toBe("closed");
    const [reply] = harness.connector.posted();
    expect(reply?.body.attachments).toHaveLength(1);
  });

  it("announces where the recruiter confirmed, and says so, while the announcement channel is unknown", async () => {
    const harness = await start({ TEAMS_ANNOUNCE_CONVERSATION_ID: "19:never-seen@thread.tacv2" });
    h = harness;
    const data = await openForm(harness);
    await postActivity(
      harness.url,
      cardSubmit(harness.connector.serviceUrl, RECRUITER, { ...data, notice: NOTICE }),
    );
    const previewCall = harness.connector
      .posted()
      .findLast((c) => c.body.attachments?.length) as ConnectorCall;
    const confirm = buttonData(previewCall.body.attachments[0].content, "draft.confirm");
    harness.connector.reset();
    await postActivity(harness.url, cardSubmit(harness.connector.serviceUrl, RECRUITER, confirm));
    const posted = harness.connector.posted();
    expect(posted.every((c) => c.conversationId === previewCall.conversationId)).toBe(true);
    expect(posted.filter((c) => c.body.attachments?.length)).toHaveLength(1);
    expect(
      posted.some((c) => /not been added to the announcement conversation/.test(c.body.text ?? "")),
    ).toBe(true);
  });

  it("Edit discards the draft and offers the form again, filled with the notice", async () => {
    const harness = await start();
    h = harness;
    const data = await openForm(harness);
    await postActivity(
      harness.url,
      cardSubmit(harness.connector.serviceUrl, RECRUITER, { ...data, notice: NOTICE }),
    );
    const previewCall = harness.connector
      .posted()
      .findLast((c) => c.body.attachments?.length) as ConnectorCall;
    const edit = buttonData(previewCall.body.attachments[0].content, "draft.edit");
    expect(edit).toMatchObject({ kind: "draft.edit" });
    harness.connector.reset();
    await postActivity(harness.url, cardSubmit(harness.connector.serviceUrl, RECRUITER, edit));
    expect(harness.connector.updated()).toHaveLength(1);
    const form = harness.connector.posted()[0]?.body.attachments[0].content;
    const input = findElement(form, (e) => e.type === "Input.Text" && e.id === "notice");
    expect(input?.value).toBe(NOTICE.trim());
  });

  it("refuses a forged Confirm from a non-recruiter and stores nothing", async () => {
    h = await start();
    const before = h.store.list().length;
    await postActivity(
      h.url,
      cardSubmit(h.connector.serviceUrl, STAFF, { kind: "draft.confirm", draftId: "0f0e0d0c-forged" }),
    );
    expect(h.store.list()).toHaveLength(before);
    const posted = h.connector.posted();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body.text).toMatch(/expired|Only recruiters/);
  });
});
