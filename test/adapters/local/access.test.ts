// Who may use the recruiter preview: loopback socket, loopback Host/Origin, no proxy, the token.
import { describe, expect, it } from "vitest";
import { checkRecruiterAccess, isLoopbackAddress, isLoopbackHost } from "../../../adapters/local/access.ts";

const local = { remoteAddress: "127.0.0.1", headers: { host: "localhost:3978" } };

describe("isLoopbackAddress", () => {
  it("accepts IPv4 loopback, IPv6 loopback and the IPv4-mapped form", () => {
    for (const a of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"])
      expect(isLoopbackAddress(a)).toBe(true);
  });
  it("refuses everything else", () => {
    for (const a of [
      undefined,
      "",
      "10.0.0.5",
      "::ffff:192.168.1.2",
      "128.0.0.1",
      "fe80::1",
      "127.0.0.1.evil",
    ]) {
      expect(isLoopbackAddress(a)).toBe(false);
    }
  });
});

describe("isLoopbackHost", () => {
  it("accepts this machine's names with any port, and origins", () => {
    for (const h of ["localhost", "localhost:3978", "127.0.0.1:80", "[::1]:3978", "http://localhost:3978"]) {
      expect(isLoopbackHost(h)).toBe(true);
    }
  });
  it("refuses other names, including look-alikes", () => {
    for (const h of [undefined, "example.org", "localhost.example.org:3978", "127.0.0.1.nip.io", "null"]) {
      expect(isLoopbackHost(h)).toBe(false);
    }
  });
});

describe("checkRecruiterAccess", () => {
  it("lets a local request through when no token is configured", () => {
    expect(checkRecruiterAccess(local, undefined)).toEqual({ ok: true });
  });
  it("refuses another machine, a proxy, a foreign Host and a foreign Origin", () => {
    expect(checkRecruiterAccess({ ...local, remoteAddress: "192.168.1.20" }, undefined)).toMatchObject({
      code: "not_local",
    });
    expect(
      checkRecruiterAccess({ ...local, headers: { ...local.headers, forwarded: "for=1.2.3.4" } }, undefined),
    ).toMatchObject({ code: "proxied" });
    expect(checkRecruiterAccess({ ...local, headers: { host: "evil.example" } }, undefined)).toMatchObject({
      code: "foreign_host",
    });
    expect(
      checkRecruiterAccess(
        { ...local, headers: { ...local.headers, origin: "https://evil.example" } },
        undefined,
      ),
    ).toMatchObject({ code: "foreign_host" });
  });
  it("requires the exact token when one is configured", () => {
    expect(checkRecruiterAccess(local, "tok")).toMatchObject({ ok: false, code: "token_required" });
    expect(
      checkRecruiterAccess({ ...local, headers: { ...local.headers, "x-local-admin-token": "to" } }, "tok"),
    ).toMatchObject({ code: "token_invalid" });
    expect(
      checkRecruiterAccess({ ...local, headers: { ...local.headers, "x-local-admin-token": "tok" } }, "tok"),
    ).toEqual({ ok: true });
  });
});
