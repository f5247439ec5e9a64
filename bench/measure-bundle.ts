import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Bundle analysis from the build output alone (no dependency, no browser): which chunks each page's
 * first load pulls in, their gzip sizes, which of them the shell (the console layout) already pays
 * for, and the client modules ("use client" entries, named in the client reference manifests) that
 * live in each route-specific chunk, with the bytes of their factories.
 */
export interface ChunkInfo {
  file: string;
  gzipKb: number;
  /** Client modules whose factory is in this chunk, largest first (raw kB of the factory). */
  modules: { name: string; kb: number }[];
}

export interface RouteBundle {
  route: string;
  totalKb: number;
  sharedKb: number;
  ownKb: number;
  own: ChunkInfo[];
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

function gzipKbOf(root: string, file: string, cache: Map<string, number>): number {
  let size = cache.get(file);
  if (size === undefined) {
    const local = path.join(root, ".next", file.replace(/^\/?_next\//, "").replace(/^\//, ""));
    size = existsSync(local) ? gzipSync(readFileSync(local)).length : 0;
    cache.set(file, size);
  }
  return size;
}

interface Manifest {
  clientModules: Record<string, { id: number | string; chunks: string[] }>;
  entryJSFiles?: Record<string, string[]>;
}

function readManifests(root: string): Map<string, Manifest> {
  const out = new Map<string, Manifest>();
  const dir = path.join(root, ".next", "server", "app");
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith("_client-reference-manifest.js")) {
        const text = readFileSync(full, "utf8");
        // globalThis.__RSC_MANIFEST["/route/page"] = {…};
        const at = text.indexOf("] = {");
        try {
          out.set(
            path.relative(dir, full),
            JSON.parse(
              text
                .slice(at + 4)
                .trim()
                .replace(/;$/, ""),
            ) as Manifest,
          );
        } catch {
          // an unexpected manifest shape: skip it, the totals still come from the browser
        }
      }
    }
  };
  if (existsSync(dir)) visit(dir);
  return out;
}

/** Module id → byte length of its factory, for every module of a Turbopack chunk. */
function moduleSizes(text: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const re = /[,[](\d{2,7}),(?=(?:\(?[\w$,]*\)?=>|function\b))/g;
  const starts: { id: string; at: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push({ id: m[1] as string, at: m.index });
  starts.forEach((s, i) => {
    sizes.set(s.id, (starts[i + 1]?.at ?? text.length) - s.at);
  });
  return sizes;
}

/**
 * `routes`: manifest entry keys, e.g. "[project]/app/(console)/templates/page"; the shell is
 * "[project]/app/(console)/layout". Missing routes are left out.
 */
export function analyseBundles(root: string, routes: readonly string[], shell: string): RouteBundle[] {
  const manifests = readManifests(root);
  const entries = new Map<string, string[]>();
  const names = new Map<string, string>();
  for (const m of manifests.values()) {
    for (const [k, v] of Object.entries(m.entryJSFiles ?? {})) entries.set(k, v);
    for (const [name, mod] of Object.entries(m.clientModules)) names.set(String(mod.id), name);
  }
  const cache = new Map<string, number>();
  const shellFiles = new Set(entries.get(shell) ?? []);
  const out: RouteBundle[] = [];
  for (const route of routes) {
    const files = entries.get(route);
    if (!files) continue;
    const own = files.filter((f) => !shellFiles.has(f));
    const total = files.reduce((n, f) => n + gzipKbOf(root, f, cache), 0);
    const ownBytes = own.reduce((n, f) => n + gzipKbOf(root, f, cache), 0);
    out.push({
      route,
      totalKb: kb(total),
      sharedKb: kb(total - ownBytes),
      ownKb: kb(ownBytes),
      own: own
        .map((file) => {
          const local = path.join(root, ".next", file);
          const text = existsSync(local) ? readFileSync(local, "utf8") : "";
          const modules = [...moduleSizes(text)]
            .map(([id, bytes]) => ({ name: shortName(names.get(id) ?? `module ${id}`), kb: kb(bytes) }))
            .sort((a, b) => b.kb - a.kb)
            .slice(0, 8);
          return { file, gzipKb: kb(gzipKbOf(root, file, cache)), modules };
        })
        .sort((a, b) => b.gzipKb - a.gzipKb),
    });
  }
  return out;
}

/**
 * What every console page pays: the framework's root files plus the console layout's chunks
 * (header, navigation, menus, providers), gzip kB, from the build manifests.
 */
export function shellKb(root: string, layout = "[project]/app/(console)/layout"): number {
  const build = JSON.parse(readFileSync(path.join(root, ".next", "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
  };
  const files = new Set(build.rootMainFiles ?? []);
  for (const m of readManifests(root).values()) for (const f of m.entryJSFiles?.[layout] ?? []) files.add(f);
  const cache = new Map<string, number>();
  return kb([...files].reduce((n, f) => n + gzipKbOf(root, f, cache), 0));
}

const shortName = (name: string) => name.replace(/^\[project\]\//, "").replace(/ \[.*$/, "");

export function printBundles(bundles: readonly RouteBundle[]): void {
  for (const b of bundles) {
    console.log(
      `\n${b.route.replace(/^\[project\]\//, "")}: ${b.totalKb} kB gzip (shell ${b.sharedKb} kB + own ${b.ownKb} kB)`,
    );
    for (const c of b.own) {
      const mods = c.modules.map((m) => `${m.name} ${m.kb} kB`).join(", ");
      console.log(
        `  ${c.file.replace(/^static\/chunks\//, "")} ${c.gzipKb} kB${mods ? ` — raw: ${mods}` : ""}`,
      );
    }
  }
}
