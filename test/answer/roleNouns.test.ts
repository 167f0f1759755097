import { describe, expect, it } from "vitest";
import { namedRoles, roleFilter } from "../../src/answer/roleNouns.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("namedRoles", () => {
  it("finds occupation words, plural or not", () => {
    expect(namedRoles("software engineers")).toEqual(["engineer"]);
    expect(namedRoles("cyber officer")).toEqual(["officer"]);
    expect(namedRoles("nurse brussels")).toEqual(["nurse"]);
  });

  it("finds none in a skill or place", () => {
    expect(namedRoles("fortigate firewall")).toEqual([]);
    expect(namedRoles("engineering degree")).toEqual([]);
    expect(namedRoles("brussels")).toEqual([]);
  });
});

describe("roleFilter", () => {
  const officer = makeVacancy({
    title: "Officer, Digital Backbone",
    summary: "Manages hardware and software packages; an engineering degree is required.",
  });
  const technicians = makeVacancy({
    id: "t",
    title: "Network Technician",
    profiles: [{ name: "Profile A", unit: null, posts: 1, reportsTo: null }],
  });

  it("keeps only posts whose title names the occupation asked for", () => {
    const engineer = roleFilter("software engineer");
    expect(engineer?.(officer)).toBe(false);
    expect(roleFilter("cyber officers")?.(officer)).toBe(true);
    expect(roleFilter("technician")?.(technicians)).toBe(true);
  });

  it("filters nothing when no occupation is named", () => {
    expect(roleFilter("software")).toBeUndefined();
  });
});

describe("roleFilter: a field named with another occupation", () => {
  const technician = makeVacancy({ title: "Network and Communications Technician" });
  const operator = makeVacancy({ id: "o", title: "Operator, Technical Security" });

  it("is not an answer, even when the field matches the title", () => {
    expect(roleFilter("network engineers")?.(technician)).toBe(false);
    expect(roleFilter("security guard")?.(operator)).toBe(false);
    expect(roleFilter("security operators")?.(operator)).toBe(true);
  });
});

describe("namedRoles: a pasted passage", () => {
  it("names no occupation when the subject is a passage that mentions one in passing", () => {
    const passage =
      "nato office resources provides independent integrated expert advice secretary general nato resource committees allies stakeholders";
    expect(namedRoles(passage)).toEqual([]);
    expect(roleFilter(passage)).toBeUndefined();
    expect(namedRoles("senior secretary jobs in brussels")).toEqual(["secretary"]);
  });
});
