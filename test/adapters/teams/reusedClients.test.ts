// Outbound Bot Framework clients are built once and reused by later turns (and by proactive sends),
// per serviceUrl and audience, within a bound; the replies still reach the connector.
import type { Activity } from "botbuilder";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_REUSED_CLIENTS, ReusedClientsAuthentication } from "../../../adapters/teams/reusedClients.ts";
import { personalMessage, postActivity, STAFF } from "../../fakes/teamsActivities.ts";
import { startTeamsHarness, type TeamsHarness } from "./helpers.ts";

const SERVICE_URL = "http://127.0.0.1:1/teams/";

function openAuthentication(): ReusedClientsAuthentication {
  return new ReusedClientsAuthentication({ MicrosoftAppId: "", MicrosoftAppPassword: "" });
}

async function authenticated(auth: ReusedClientsAuthentication, serviceUrl = SERVICE_URL) {
  const activity = personalMessage(serviceUrl, STAFF, "what's open?") as Activity;
  return auth.authenticateRequest(activity, "");
}

describe("ReusedClientsAuthentication", () => {
  it("gives every turn to the same serviceUrl and audience the same connector client", async () => {
    const auth = openAuthentication();
    const first = await authenticated(auth);
    const second = await authenticated(auth);
    expect(first.connectorFactory).toBeDefined();
    const a = await first.connectorFactory?.create(SERVICE_URL, first.audience);
    const b = await second.connectorFactory?.create(SERVICE_URL, second.audience);
    expect(a).toBeDefined();
    expect(b).toBe(a);
    // Proactive sends (continueConversationAsync) go through createConnectorFactory: same client.
    const proactive = await auth
      .createConnectorFactory(first.claimsIdentity)
      .create(SERVICE_URL, first.audience);
    expect(proactive).toBe(a);
    expect(auth.connectorClients).toBe(1);
  });

  it("keeps serviceUrls and audiences apart", async () => {
    const auth = openAuthentication();
    const { connectorFactory, audience } = await authenticated(auth);
    const emea = await connectorFactory?.create("http://127.0.0.1:1/emea/", audience);
    const amer = await connectorFactory?.create("http://127.0.0.1:1/amer/", audience);
    const other = await connectorFactory?.create("http://127.0.0.1:1/emea/", "https://api.botframework.us");
    expect(amer).not.toBe(emea);
    expect(other).not.toBe(emea);
    expect(auth.connectorClients).toBe(3);
  });

  it("reuses the user token client", async () => {
    const auth = openAuthentication();
    const { claimsIdentity } = await authenticated(auth);
    expect(await auth.createUserTokenClient(claimsIdentity)).toBe(
      await auth.createUserTokenClient(claimsIdentity),
    );
  });

  it("keeps at most MAX_REUSED_CLIENTS clients", async () => {
    const auth = openAuthentication();
    const { connectorFactory, audience } = await authenticated(auth);
    const first = await connectorFactory?.create("http://127.0.0.1:1/0/", audience);
    for (let i = 1; i <= MAX_REUSED_CLIENTS; i++) {
      await connectorFactory?.create(`http://127.0.0.1:1/${i}/`, audience);
    }
    expect(auth.connectorClients).toBe(MAX_REUSED_CLIENTS);
    // The oldest was dropped: asking again builds a new one.
    expect(await connectorFactory?.create("http://127.0.0.1:1/0/", audience)).not.toBe(first);
  });
});

describe("Teams adapter with reused clients", () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("answers consecutive and concurrent messages, one reply each", async () => {
    const activities = Array.from({ length: 6 }, (_, i) => ({
      ...personalMessage(h.connector.serviceUrl, STAFF, "what's open?"),
      id: `reuse-${i}`,
    }));
    expect((await postActivity(h.url, activities[0] ?? {})).status).toBe(200);
    const statuses = await Promise.all(activities.slice(1).map((a) => postActivity(h.url, a)));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
    const replied = h.connector.posted().map((c) => String(c.activityId ?? c.body?.replyToId ?? ""));
    expect(replied.sort()).toEqual(activities.map((a) => a.id).sort());
  });
});
