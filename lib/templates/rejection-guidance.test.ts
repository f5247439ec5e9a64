import { describe, expect, it } from "vitest";
import { KNOWN_REJECTED_REASONS } from "@/lib/nxcloud/schemas";
import { DIAGNOSTIC_IDS, diagnoseTemplate } from "./diagnostics";
import { makeTemplate } from "./preview/fixtures";
import { likelyCauses, rejectionGuidance } from "./rejection-guidance";

describe("rejectionGuidance", () => {
  it.each(KNOWN_REJECTED_REASONS.map((r) => [r]))("%s has title, meaning and fix keys", (reason) => {
    expect(rejectionGuidance(reason)).toMatchObject({
      reason,
      known: true,
      keyBase: `status.rejection.${reason}`,
      title: { key: `status.rejection.${reason}.title` },
      meaning: { key: `status.rejection.${reason}.meaning` },
      fix: { key: `status.rejection.${reason}.fix` },
    });
  });

  it("NONE is not a rejection", () => {
    expect(rejectionGuidance("NONE")?.isRejection).toBe(false);
    expect(rejectionGuidance("SCAM")?.isRejection).toBe(true);
  });

  it("is case-insensitive and null for no reason", () => {
    expect(rejectionGuidance("invalid_format")?.known).toBe(true);
    expect(rejectionGuidance(null)).toBeNull();
    expect(rejectionGuidance(undefined)).toBeNull();
    expect(rejectionGuidance("")).toBeNull();
  });

  it("falls back for unknown reasons with a {reason} param", () => {
    expect(rejectionGuidance("NEW_REASON")).toEqual({
      reason: "NEW_REASON",
      known: false,
      isRejection: true,
      keyBase: "status.rejection.UNKNOWN",
      title: { key: "status.rejection.UNKNOWN.title", params: { reason: "NEW_REASON" } },
      meaning: { key: "status.rejection.UNKNOWN.meaning", params: { reason: "NEW_REASON" } },
      fix: { key: "status.rejection.UNKNOWN.fix", params: { reason: "NEW_REASON" } },
      relatedDiagnostics: [],
    });
  });

  it("links INVALID_FORMAT to the format rules of every kind, and nothing else to anything", () => {
    const related = rejectionGuidance("invalid_format")?.relatedDiagnostics ?? [];
    // One rule of each kind Meta lists as a cause of INVALID_FORMAT: variables, media, lengths, structure.
    expect(related).toEqual(
      expect.arrayContaining(["danglingVariable", "missingHeaderMedia", "bodyTooLong", "tooManyButtons"]),
    );
    // Shapes the console cannot read are not format rules.
    expect(related).not.toContain("unknownComponent");
    expect(related).not.toContain("unknownButtonType");
    for (const id of related) expect(DIAGNOSTIC_IDS).toContain(id);
    expect(new Set(related).size).toBe(related.length);
    for (const reason of ["PROMOTIONAL", "SCAM", "INCORRECT_CATEGORY", "NONE", "NEW_REASON"])
      expect(rejectionGuidance(reason)?.relatedDiagnostics).toEqual([]);
  });
});

describe("likelyCauses", () => {
  const broken = makeTemplate({
    status: "REJECTED",
    rejected_reason: "INVALID_FORMAT",
    components: [{ type: "BODY", text: "{{1}}{{2}}" }, { type: "HOLOGRAM" }],
  });

  it("picks the format findings for INVALID_FORMAT", () => {
    const causes = likelyCauses(broken.rejected_reason, diagnoseTemplate(broken)).map((d) => d.id);
    expect(causes).toContain("danglingVariable");
    expect(causes).toContain("adjacentVariables");
    expect(causes).not.toContain("unknownComponent");
  });

  it("picks a length finding and keeps the order of diagnoseTemplate (errors first)", () => {
    const long = makeTemplate({
      status: "REJECTED",
      rejected_reason: "INVALID_FORMAT",
      components: [
        { type: "BODY", text: "x".repeat(1100) },
        { type: "FOOTER", text: "y".repeat(61) },
      ],
    });
    const all = diagnoseTemplate(long);
    const causes = likelyCauses("INVALID_FORMAT", all);
    expect(causes.map((d) => d.id)).toEqual(expect.arrayContaining(["bodyTooLong", "footerTooLong"]));
    expect(causes).toEqual(all.filter((d) => causes.includes(d)));
  });

  it("none for content reasons or no reason", () => {
    expect(likelyCauses("SCAM", diagnoseTemplate(broken))).toEqual([]);
    expect(likelyCauses(null, diagnoseTemplate(broken))).toEqual([]);
  });
});
