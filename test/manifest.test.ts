/**
 * Offline checks of manifest.xml (Microsoft's validator needs its online
 * service): it parses, every resid resolves, the custom functions and the
 * task pane share one long-lived runtime, and every URL points at files the
 * build emits.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";

const xml = readFileSync(resolve(__dirname, "../manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const manifest = parser.parse(xml).OfficeApp;

/** Every object in the tree, depth first. */
function* nodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (value && typeof value === "object") {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* nodes(v);
  }
}
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const resources = manifest.VersionOverrides.Resources;
const defined = new Map<string, string>();
for (const group of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) {
  const inner = resources[group];
  for (const key of Object.keys(inner)) {
    for (const item of list(inner[key] as Record<string, string>[])) defined.set(item["@id"], item["@DefaultValue"]);
  }
}
const host = manifest.VersionOverrides.Hosts.Host;

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks", () => {
    expect(manifest["@xsi:type"]).toBe("TaskPaneApp");
    expect(manifest.Hosts.Host["@Name"]).toBe("Workbook");
    expect(manifest.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("resolves every resid", () => {
    const used = [...nodes(manifest)].map((n) => n["@resid"]).filter((r): r is string => typeof r === "string");
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect(defined.has(resid) ? resid : `missing: ${resid}`).toBe(resid);
  });

  it("uses one shared, long-lived runtime for the pane and the functions", () => {
    const runtime = host.Runtimes.Runtime;
    expect(runtime["@lifetime"]).toBe("long");
    const cf = list(host.AllFormFactors.ExtensionPoint).find((e: any) => e["@xsi:type"] === "CustomFunctions");
    expect(cf.Page.SourceLocation["@resid"]).toBe(runtime["@resid"]);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(runtime["@resid"]);
    expect(manifest.Requirements.Sets.Set["@Name"]).toBe("SharedRuntime");
    const button = [...nodes(host.DesktopFormFactor)].find((n) => n["@xsi:type"] === "ShowTaskpane") as any;
    expect(button.SourceLocation["@resid"]).toBe(runtime["@resid"]);
  });

  it("declares the MDI namespace and points at the built functions.js, functions.json and functions-nl.json", () => {
    const cf = list(host.AllFormFactors.ExtensionPoint).find((e: any) => e["@xsi:type"] === "CustomFunctions");
    expect(defined.get(cf.Namespace["@resid"])).toBe("MDI");
    expect(defined.get(cf.Script.SourceLocation["@resid"])).toMatch(/\/functions\.js$/);
    expect(defined.get(cf.Metadata.SourceLocation["@resid"])).toMatch(/\/functions\.json$/);
    const url = list(resources["bt:Urls"]["bt:Url"]).find(
      (u: any) => u["@id"] === cf.Metadata.SourceLocation["@resid"],
    ) as any;
    expect(url["bt:Override"]["@Locale"]).toBe("nl-NL");
    expect(url["bt:Override"]["@Value"]).toMatch(/\/functions-nl\.json$/);
  });

  it("serves everything from one https origin", () => {
    const urls = [...nodes(manifest)]
      .flatMap((n) => [n["@DefaultValue"], n["@Value"]])
      .filter((v): v is string => typeof v === "string" && v.startsWith("http"));
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect([...origins]).toEqual(["https://localhost:3000"]);
    expect(manifest.DefaultSettings.SourceLocation["@DefaultValue"]).toBe(defined.get("Taskpane.Url"));
  });

  it("has Dutch overrides for the display name and description", () => {
    expect(manifest.DisplayName.Override["@Locale"]).toBe("nl-NL");
    expect(manifest.DisplayName.Override["@Value"]).toBe("MDI voor Excel");
    expect(manifest.Description.Override["@Locale"]).toBe("nl-NL");
  });
});
