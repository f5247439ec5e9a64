import * as icons from "lucide-react";
import { describe, expect, it } from "vitest";
import { KNOWN_CATEGORIES, KNOWN_STATUSES, LEGACY_CATEGORIES } from "@/lib/nxcloud/schemas";
import { normalizeQualityScore, qualitySeverity, qualityTone } from "./quality-scale";
import {
  categoryLabel,
  categoryLabelKey,
  currentCategoryFor,
  isCurrentCategory,
  isLegacyCategory,
  managerLabel,
  managerLabelKey,
  qualityInfo,
  statusInfo,
  statusLabelKey,
} from "./status-info";

describe("statusInfo", () => {
  it.each([
    ["APPROVED", true, true, "success"],
    ["PENDING", false, false, "info"],
    ["REJECTED", false, true, "danger"],
    ["PAUSED", false, true, "warning"],
    ["DISABLED", false, false, "danger"],
    ["IN_APPEAL", false, false, "info"],
    ["ARCHIVED", false, false, "neutral"],
    ["LIMIT_EXCEEDED", false, false, "warning"],
    ["PENDING_DELETION", false, false, "neutral"],
    ["DELETED", false, false, "neutral"],
    ["FLAGGED", true, false, "warning"],
    ["LOCKED", true, false, "info"],
    ["REINSTATED", true, true, "success"],
  ] as const)("%s: send %s, edit %s, tone %s", (status, canSend, canEdit, tone) => {
    expect(statusInfo(status)).toMatchObject({
      status,
      known: true,
      canSend,
      canEdit,
      tone,
      label: { key: `status.label.${status}` },
      meaning: { key: `status.meaning.${status}` },
    });
  });

  it("covers every known status", () => {
    for (const s of KNOWN_STATUSES) expect(statusInfo(s).known).toBe(true);
  });

  it("only APPROVED-like statuses can be sent; edits only where Meta allows", () => {
    const sendable = KNOWN_STATUSES.filter((s) => statusInfo(s).canSend);
    expect(sendable).toEqual(["APPROVED", "FLAGGED", "LOCKED", "REINSTATED"]);
    const editable = KNOWN_STATUSES.filter((s) => statusInfo(s).canEdit);
    expect(editable).toEqual(["APPROVED", "REJECTED", "PAUSED", "REINSTATED"]);
  });

  it("is case-insensitive", () => {
    expect(statusInfo("approved")).toMatchObject({ status: "APPROVED", canSend: true });
  });

  it("gives unknown statuses a neutral default with the raw value", () => {
    expect(statusInfo("TIME_TRAVELLING")).toEqual({
      status: "TIME_TRAVELLING",
      known: false,
      canSend: false,
      canEdit: false,
      tone: "neutral",
      icon: "HelpCircle",
      label: { key: "status.label.UNKNOWN", params: { status: "TIME_TRAVELLING" } },
      meaning: { key: "status.meaning.UNKNOWN", params: { status: "TIME_TRAVELLING" } },
    });
    expect(statusInfo(null).known).toBe(false);
    expect(statusLabelKey("weird")).toBe("status.label.UNKNOWN");
  });

  it("uses icon names that lucide-react exports", () => {
    const names = [...KNOWN_STATUSES, "UNKNOWN_THING"].map((s) => statusInfo(s).icon);
    names.push(...["GREEN", "YELLOW", "RED", "UNKNOWN", null, "PURPLE"].map((q) => qualityInfo(q).icon));
    for (const name of names) expect(icons, name).toHaveProperty(name);
  });
});

describe("managerLabelKey (WhatsApp Manager wording)", () => {
  it.each([
    ["APPROVED", "UNKNOWN", "status.manager.activeQualityPending"],
    ["APPROVED", null, "status.manager.activeQualityPending"],
    ["APPROVED", undefined, "status.manager.activeQualityPending"],
    ["APPROVED", "GREEN", "status.manager.activeHigh"],
    ["APPROVED", "YELLOW", "status.manager.activeMedium"],
    ["APPROVED", "RED", "status.manager.activeLow"],
    ["approved", "green", "status.manager.activeHigh"],
    ["REINSTATED", "GREEN", "status.manager.activeHigh"],
    ["PENDING", null, "status.manager.inReview"],
    ["REJECTED", null, "status.manager.rejected"],
    ["PAUSED", "RED", "status.manager.paused"],
    ["DISABLED", null, "status.manager.disabled"],
    ["IN_APPEAL", null, "status.manager.appealRequested"],
    ["ARCHIVED", null, "status.label.ARCHIVED"],
    ["NEW_THING", null, "status.label.UNKNOWN"],
  ])("%s + %s → %s", (status, score, key) => {
    expect(managerLabelKey(status, score)).toBe(key);
  });

  it("accepts the quality_score object", () => {
    expect(managerLabelKey("APPROVED", { score: "YELLOW" })).toBe("status.manager.activeMedium");
    expect(managerLabelKey("APPROVED", { score: null })).toBe("status.manager.activeQualityPending");
  });

  it("managerLabel carries the status param for the fallback", () => {
    expect(managerLabel("NEW_THING")).toEqual({
      key: "status.label.UNKNOWN",
      params: { status: "NEW_THING" },
    });
  });
});

describe("quality", () => {
  it("orders RED > YELLOW > UNKNOWN > GREEN > none", () => {
    const order = ["RED", "YELLOW", "UNKNOWN", "GREEN", null].map(qualitySeverity);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(new Set(order).size).toBe(5);
    expect(qualitySeverity(null)).toBe(0);
    expect(qualitySeverity(undefined)).toBe(0);
    expect(qualitySeverity("")).toBe(0);
    expect(qualitySeverity("NONE")).toBe(0);
    expect(qualitySeverity({ score: "RED" })).toBe(qualitySeverity("RED"));
    expect(qualitySeverity("PURPLE")).toBe(qualitySeverity("UNKNOWN"));
  });

  it("normalises scores, including NxCloud's UNKNOW spelling", () => {
    expect(normalizeQualityScore("green")).toBe("GREEN");
    expect(normalizeQualityScore("UNKNOW")).toBe("UNKNOWN");
    expect(normalizeQualityScore(null)).toBe("NONE");
    expect(normalizeQualityScore({ score: "red" })).toBe("RED");
  });

  it.each([
    ["GREEN", "success"],
    ["YELLOW", "warning"],
    ["RED", "danger"],
    ["UNKNOWN", "neutral"],
    [null, "neutral"],
    ["PURPLE", "neutral"],
  ])("tone of %s is %s", (score, tone) => {
    expect(qualityTone(score)).toBe(tone);
  });

  it("labels and meanings", () => {
    expect(qualityInfo("GREEN")).toMatchObject({
      known: true,
      label: { key: "status.quality.GREEN.label" },
      meaning: { key: "status.quality.GREEN.meaning" },
    });
    expect(qualityInfo(null).label).toEqual({ key: "status.quality.NONE.label" });
    expect(qualityInfo("PURPLE")).toMatchObject({
      known: false,
      label: { key: "status.quality.OTHER.label", params: { score: "PURPLE" } },
    });
  });
});

describe("categories", () => {
  it("knows legacy categories", () => {
    for (const c of LEGACY_CATEGORIES) expect(isLegacyCategory(c)).toBe(true);
    expect(isLegacyCategory("otp")).toBe(true);
    for (const c of KNOWN_CATEGORIES) {
      expect(isLegacyCategory(c)).toBe(false);
      expect(isCurrentCategory(c)).toBe(true);
    }
    expect(isLegacyCategory(null)).toBe(false);
    expect(isLegacyCategory("SOMETHING")).toBe(false);
  });

  it("maps legacy categories to today's", () => {
    expect(currentCategoryFor("OTP")).toBe("AUTHENTICATION");
    expect(currentCategoryFor("TRANSACTIONAL")).toBe("UTILITY");
    expect(currentCategoryFor("SHIPPING_UPDATE")).toBe("UTILITY");
    expect(currentCategoryFor("marketing")).toBe("MARKETING");
    expect(currentCategoryFor("NEW")).toBeNull();
  });

  it("labels", () => {
    expect(categoryLabelKey("marketing")).toBe("status.category.MARKETING");
    expect(categoryLabelKey("OTP")).toBe("status.category.OTP");
    expect(categoryLabel("NEW")).toEqual({ key: "status.category.UNKNOWN", params: { category: "NEW" } });
  });
});
