import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SimConfigError } from "../config-error";
import { startSimulator } from "../server";
import { bodyFor, callGetTemplate } from "../testing/client";
import { loadDataFile } from "./load-file";

const dir = mkdtempSync(join(tmpdir(), "nxcloud-sim-"));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

const validFile = {
  accounts: [
    {
      id: "tiny",
      label: "Tiny Shop",
      appkey: "ak-tiny",
      business_phone: "8613800138000",
      templates: [
        {
          id: 900001,
          name: "hello",
          language: "en_US",
          category: "UTILITY",
          status: "APPROVED",
          components: [
            { type: "HEADER", format: "IMAGE", example: { header_handle: ["/media/product-2.png"] } },
            { type: "BODY", text: "Hello {{1}}", example: { body_text: [["Ann"]] } },
          ],
          custom_field: { kept: true },
        },
        {
          id: "900002",
          name: "hello",
          language: "zh_CN",
          category: "UTILITY",
          status: "PENDING",
          components: [],
        },
      ],
    },
    { label: "Second", appkey: "ak-second", business_phone: "447700900999", templates: [] },
  ],
};

describe("NXCLOUD_SIM_DATA files", () => {
  it("serves a valid file as written (raw objects, file order), resolving /media/ handles", async () => {
    const sim = await startSimulator({ port: 0, dataFile: write("ok.json", validFile) });
    try {
      expect(sim.dataset.source).toBe("file");
      expect(sim.dataset.accounts.map((a) => a.id)).toEqual(["tiny", "account-2"]);
      const { json } = await callGetTemplate(
        sim.url,
        bodyFor({ appkey: "ak-tiny", business_phone: "8613800138000" }),
      );
      expect(json.code).toBe(0);
      const [first, second] = json.data?.data ?? [];
      expect(first?.id).toBe(900001); // numeric id passes through untouched
      expect(first?.custom_field).toEqual({ kept: true });
      expect(JSON.stringify(first)).toContain(`"${sim.publicUrl}/media/product-2.png"`);
      expect(second?.language).toBe("zh_CN");
      const empty = await callGetTemplate(
        sim.url,
        bodyFor({ appkey: "ak-second", business_phone: "447700900999" }),
      );
      expect(empty.json.data?.data).toEqual([]);
    } finally {
      await sim.close();
    }
  });

  it.each([
    [
      "a template missing its name",
      {
        accounts: [
          {
            label: "x",
            appkey: "k",
            business_phone: "123456",
            templates: [{ id: "1", language: "en", category: "U", status: "A" }],
          },
        ],
      },
      /accounts\[0\]\.templates\[0\]\.name/,
    ],
    [
      "a template without a language",
      {
        accounts: [
          {
            label: "x",
            appkey: "k",
            business_phone: "123456",
            templates: [{ id: "1", name: "n", category: "U", status: "A" }],
          },
        ],
      },
      /accounts\[0\]\.templates\[0\]\.language/,
    ],
    [
      "a bad business_phone",
      { accounts: [{ label: "x", appkey: "k", business_phone: "+1 555", templates: [] }] },
      /accounts\[0\]\.business_phone/,
    ],
    ["no accounts", { accounts: [] }, /accounts/],
    [
      "a duplicate phone",
      {
        accounts: [
          { label: "a", appkey: "k1", business_phone: "123456", templates: [] },
          { label: "b", appkey: "k2", business_phone: "123456", templates: [] },
        ],
      },
      /accounts\[1\]\.business_phone: "123456" is used by another account/,
    ],
    [
      "a duplicate template id",
      {
        accounts: [
          {
            label: "a",
            appkey: "k1",
            business_phone: "123456",
            templates: [
              { id: "7", name: "a", language: "en", category: "U", status: "A" },
              { id: 7, name: "b", language: "en", category: "U", status: "A" },
            ],
          },
        ],
      },
      /accounts\[0\]\.templates\[1\]\.id: duplicate template id "7"/,
    ],
  ])("rejects %s, naming the file and the path", (_label, content, pattern) => {
    const path = write("bad.json", content);
    expect(() => loadDataFile(path)).toThrow(SimConfigError);
    expect(() => loadDataFile(path)).toThrow(pattern);
    expect(() => loadDataFile(path)).toThrow(path);
  });

  it("accepts templates the console cannot fully read, with one warning each", async () => {
    const path = write("odd.json", {
      accounts: [
        {
          label: "odd",
          appkey: "k",
          business_phone: "123456",
          templates: [
            { id: "1", name: "n", language: "en", category: "U", status: "A", components: "BODY" },
            { id: "2", name: "m", language: "en", status: "approved", add_security_recommendation: "True" },
            { id: "3", name: "ok", language: "en", category: "UTILITY", status: "APPROVED" },
          ],
        },
      ],
    });
    const file = loadDataFile(path);
    expect(file.templates[0]).toHaveLength(3);
    expect(file.warnings).toEqual([
      "accounts[0].templates[0] (n): the console cannot fully read components (invalid)",
      "accounts[0].templates[1] (m): the console cannot fully read category (missing)",
    ]);
    const sim = await startSimulator({ port: 0, dataFile: path });
    try {
      expect(sim.warnings).toEqual(file.warnings);
      const { json } = await callGetTemplate(sim.url, bodyFor({ appkey: "k", business_phone: "123456" }));
      expect(json.data?.data?.[0]?.components).toBe("BODY");
      expect(json.data?.data?.[1]?.status).toBe("approved");
    } finally {
      await sim.close();
    }
  });

  it("rejects unreadable and non-JSON files", () => {
    expect(() => loadDataFile(join(dir, "missing.json"))).toThrow(/cannot read file/);
    expect(() => loadDataFile(write("broken.json", "{"))).toThrow(/not valid JSON/);
  });

  it("startSimulator fails before listening when the file is invalid", async () => {
    await expect(
      startSimulator({ port: 0, dataFile: write("bad2.json", { accounts: "nope" }) }),
    ).rejects.toThrow(/NXCLOUD_SIM_DATA=.*bad2\.json is invalid:\n {2}- accounts: /);
  });
});
