// Bot Framework authentication that builds each outbound client once. botbuilder's CloudAdapter asks
// for a new ConnectorClient (and UserTokenClient) on every turn, and each one assembles its own HTTP
// pipeline: profiled at ~200 µs per message under load. The clients hold no per-turn state and their
// credentials fetch and refresh tokens themselves, so one client per (bot app id, serviceUrl,
// audience) serves every turn, as botbuilder's older BotFrameworkAdapter kept them.
import { ConfigurationBotFrameworkAuthentication } from "botbuilder";

type Inner = ConfigurationBotFrameworkAuthentication;
type ClaimsIdentity = Parameters<Inner["createConnectorFactory"]>[0];
type ConnectorFactory = ReturnType<Inner["createConnectorFactory"]>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory["create"]>>;
type UserTokenClient = Awaited<ReturnType<Inner["createUserTokenClient"]>>;

/** Distinct serviceUrls are few (one per Teams region); the bound keeps a misbehaving peer from growing the cache. */
export const MAX_REUSED_CLIENTS = 64;

/**
 * The bot's app id as botbuilder reads it from a turn's claims: the token's audience for the
 * channel, the appid claim for the Emulator, none when authentication is off.
 */
function botAppId(claims: ClaimsIdentity): string {
  return claims.getClaimValue("aud") ?? claims.getClaimValue("appid") ?? "";
}

/** A bounded map of client promises; a failed creation is forgotten so the next turn retries it. */
class ClientCache<T> {
  readonly #entries = new Map<string, Promise<T>>();

  get size(): number {
    return this.#entries.size;
  }

  get(key: string, create: () => Promise<T>): Promise<T> {
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = create();
      entry.catch(() => this.#entries.delete(key));
      this.#entries.set(key, entry);
      // Map keeps insertion order: the oldest client goes first.
      for (const oldest of this.#entries.keys()) {
        if (this.#entries.size <= MAX_REUSED_CLIENTS) break;
        this.#entries.delete(oldest);
      }
    }
    return entry;
  }
}

export class ReusedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly #connectors = new ClientCache<ConnectorClient>();
  readonly #userTokens = new ClientCache<UserTokenClient>();

  /** How many connector clients are kept (tests). */
  get connectorClients(): number {
    return this.#connectors.size;
  }

  override async authenticateRequest(...args: Parameters<Inner["authenticateRequest"]>) {
    const result = await super.authenticateRequest(...args);
    // botbuilder's own factory here is createConnectorFactory(claimsIdentity), built anew per request.
    return { ...result, connectorFactory: this.createConnectorFactory(result.claimsIdentity) };
  }

  override createConnectorFactory(claims: ClaimsIdentity): ConnectorFactory {
    const factory = super.createConnectorFactory(claims);
    const appId = botAppId(claims);
    return {
      create: (serviceUrl: string, audience?: string) =>
        this.#connectors.get(JSON.stringify([appId, serviceUrl, audience ?? null]), () =>
          factory.create(serviceUrl, audience),
        ),
    };
  }

  override createUserTokenClient(claims: ClaimsIdentity): Promise<UserTokenClient> {
    return this.#userTokens.get(botAppId(claims), () => super.createUserTokenClient(claims));
  }
}
