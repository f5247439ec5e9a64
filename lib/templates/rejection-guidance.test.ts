import { describe, expect, it } from "vitest";
import { KNOWN_REJECTED_REASONS } from "@/lib/nxcloud/schemas";
import { DIAGNOSTIC_IDS, diagnoseTemplate } from "./diagnostics";
import { makeTemplate } from "./preview/fixtures";
import { FORMAT_DIAGNOSTICS, likelyCauses, rejectionGuidance } from "./rejection-guidance";

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

  it("links INVALID_FORMAT to the format diagnostics only", () => {
    expect(rejectionGuidance("INVALID_FORMAT")?.relatedDiagnostics).toBe(FORMAT_DIAGNOSTICS);
    expect(rejectionGuidance("PROMOTIONAL")?.relatedDiagnostics).toEqual([]);
    for (const id of FORMAT_DIAGNOSTICS) expect(DIAGNOSTIC_IDS).toContain(id);
    expect(FORMAT_DIAGNOSTICS).not.toContain("unknownComponent");
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

  it("none for content reasons or no reason", () => {
    expect(likelyCauses("SCAM", diagnoseTemplate(broken))).toEqual([]);
    expect(likelyCauses(null, diagnoseTemplate(broken))).toEqual([]);
  });
});
